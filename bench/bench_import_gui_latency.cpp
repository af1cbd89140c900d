// "Import purchase history" wizard on a large source (issue 5: "The GUI stays responsive
// (event-loop latency ≤ 50 ms) throughout"): the GUI event-loop latency per phase while the wizard
// reads the whole file for the mapping, converts and validates every row, uploads the Carma file
// and polls the batch until FINISHED.
//
// One offscreen process, as `cdp-console --demo` runs: the demo sandbox in its own thread (its
// Carma module with a fast batch pace), a ConsoleSession on a memory workspace with memory secrets,
// a shown ImportWizard driven page by page as tst_importwizard drives it. The source is generated
// into a temporary directory (removed at exit) in the Olist order-items shape: the rows of the real
// olist_order_items_dataset.csv repeated, each copy with altered order ids, up to --size-mb MiB.
// XDG_DATA_HOME/XDG_CONFIG_HOME point into that directory too, so the wizard's converted file,
// the settings and the mapping profiles go away with it.
//
// A 10 ms precise timer (bench/latencyprobe.h) records how late each tick fires and the GUI
// thread's CPU time meanwhile; every tick is attributed to the phase during which it fired. The
// same probe runs in a thread of its own that does nothing else (the reference): when both are late
// at the same moment, the process had no core (a machine or process effect, not GUI work). Every
// event delivered on the GUI thread (QApplication::notify) and every wizard call the benchmark makes
// itself (next(), as a click on Next) that takes ≥ 1 ms is kept: those ≥ --trace-ms are listed,
// and those inside the worst ticks are named. Per phase it also prints the process's CPU time and
// how busy the machine was (/proc/stat). Exit code 0 when every row reached FINISHED and no tick
// after the idle baseline was more than 50 ms late, 2 otherwise, 1 when the run broke off.
//
// Usage: bench_import_gui_latency [--size-mb 256] [--idle 3] [--rows-per-second 500000]
//                                 [--poll-seconds 10] [--trace-ms 20] [--olist FILE] [--dir DIR]

#include "importwizard.h"
#include "importwizardpages.h"
#include "latencyprobe.h"
#include "sandboxserver.h"

#include "imports/importservice.h"
#include "session/consolesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPointer>
#include <QSpinBox>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using cdp::bench::LatencyProbe;
using cdp::ui::ImportWizard;

namespace {

constexpr double kStallMs = LatencyProbe::kStallMs;

// What took long on the GUI thread: an event (from notify) or a call the benchmark made.
struct SlowItem
{
    double atMs = 0;      // when it ended, ms since the probe started
    double tookMs = 0;
    QString what;
};

// Times every event delivered on the GUI thread at the outermost level; keeps those ≥ 1 ms (the
// report lists those ≥ --trace-ms, and those ≥ 1 ms inside the worst ticks).
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    void trace(const LatencyProbe *probe) { m_probe = probe; }
    std::vector<SlowItem> &slow() { return m_slow; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_probe == nullptr || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Captured before delivery: the receiver may be gone afterwards (DeferredDelete …).
        const char *className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const QObject *parent = receiver->parent();
        const char *parentClass = parent ? parent->metaObject()->className() : nullptr;
        const QString parentName = parent ? parent->objectName() : QString();
        const QEvent::Type type = event->type();
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double took = double(clock.nsecsElapsed()) / 1e6;
        if (took >= kKeepMs) {
            QString what = u"%1 event → %2"_s.arg(eventName(type), QString::fromLatin1(className));
            if (!objectName.isEmpty())
                what += u" \"%1\""_s.arg(objectName);
            if (parentClass)
                what += u" (child of %1%2)"_s.arg(QString::fromLatin1(parentClass),
                                                 parentName.isEmpty() ? QString() : u" \"%1\""_s.arg(parentName));
            m_slow.push_back({m_probe->elapsedMs(), took, what});
        }
        return result;
    }

private:
    static QString eventName(QEvent::Type type)
    {
        const QMetaEnum names = QMetaEnum::fromType<QEvent::Type>();
        const char *key = names.valueToKey(int(type));
        return key ? QString::fromLatin1(key) : QString::number(int(type));
    }

    const LatencyProbe *m_probe = nullptr;
    static constexpr double kKeepMs = 1.0;
    int m_depth = 0;
    std::vector<SlowItem> m_slow;
};

// Machine-wide CPU counters (/proc/stat, in clock ticks) and this process's CPU time.
struct CpuSample
{
    qint64 busy = 0, idle = 0, steal = 0;
    double processSeconds = 0;

    static CpuSample now()
    {
        CpuSample c;
        QFile stat(u"/proc/stat"_s);
        if (stat.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> f = stat.readLine().simplified().split(' ');   // cpu user nice system idle iowait irq softirq steal
            if (f.size() >= 9) {
                c.busy = f[1].toLongLong() + f[2].toLongLong() + f[3].toLongLong() + f[6].toLongLong() + f[7].toLongLong();
                c.idle = f[4].toLongLong() + f[5].toLongLong();
                c.steal = f[8].toLongLong();
            }
        }
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        c.processSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        return c;
    }
};

// The same probe in a thread of its own that does nothing else: when it is late at the same time
// as the GUI thread, the cause is the machine (no free core), not work on the GUI thread.
class ReferenceProbe : public QThread
{
public:
    ~ReferenceProbe() override
    {
        quit();
        wait();
    }
    void begin()
    {
        start();
        m_started.acquire();
    }
    void end()
    {
        quit();
        wait();
    }
    const LatencyProbe &probe() const { return *m_probe; }

protected:
    void run() override
    {
        m_probe = std::make_unique<LatencyProbe>();
        m_probe->start();
        m_started.release();
        exec();
        m_probe->stop();
    }

private:
    std::unique_ptr<LatencyProbe> m_probe;
    QSemaphore m_started;
};

struct Phase
{
    QString name;
    double fromMs = 0;
    double toMs = 0;
    CpuSample cpuFrom, cpuTo;
};

// Runs the event loop until `done` or `timeoutMs`, as QApplication::exec() runs it: the thread
// sleeps until the next event (a spin on processEvents() would keep the GUI thread on a core and
// compete with the workers). `done` is checked every 5 ms.
template <typename Predicate>
bool spinUntil(Predicate done, qint64 timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QElapsedTimer clock;
    clock.start();
    bool reached = false;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            reached = true;
            loop.quit();
        } else if (clock.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    check.start();
    loop.exec();
    return reached;
}

// The offscreen platform warns on every window resize of the wizard; nothing else is dropped.
QtMessageHandler g_previousHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == u"This plugin does not support propagateSizeHints()"_s)
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_import_gui_latency: %s\n", qPrintable(what));
    return 1;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

struct Generated
{
    qint64 bytes = 0;
    qint64 rows = 0;
    int copies = 0;
    QString error;
};

// The Olist order-items file repeated up to `target` bytes (whole lines): copy k > 0 has the first
// four hex digits of every order id replaced by k in hex, so each copy is a different set of orders.
Generated generateSource(const QString &olistPath, const QString &path, qint64 target)
{
    Generated g;
    QFile in(olistPath);
    if (!in.open(QIODevice::ReadOnly)) {
        g.error = u"cannot read %1: %2"_s.arg(olistPath, in.errorString());
        return g;
    }
    const QByteArray all = in.readAll();
    const qsizetype headerEnd = all.indexOf('\n');
    if (headerEnd < 0 || !all.startsWith("\"order_id\"")) {
        g.error = u"%1 does not look like olist_order_items_dataset.csv"_s.arg(olistPath);
        return g;
    }
    const QByteArray header = all.left(headerEnd + 1);
    QByteArray body = all.mid(headerEnd + 1);
    if (!body.endsWith('\n'))
        body.append('\n');
    // Where each line starts and where its order id's hex digits start.
    std::vector<qsizetype> lineStart;
    std::vector<qsizetype> idStart;
    for (qsizetype pos = 0; pos < body.size();) {
        const qsizetype id = body.at(pos) == '"' ? pos + 1 : pos;
        lineStart.push_back(pos);
        idStart.push_back(id + 4 <= body.size() && isHex(body.at(id)) && isHex(body.at(id + 1)) && isHex(body.at(id + 2))
                                  && isHex(body.at(id + 3))
                              ? id
                              : -1);
        const qsizetype nl = body.indexOf('\n', pos);
        pos = nl < 0 ? body.size() : nl + 1;
    }
    lineStart.push_back(body.size());

    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        g.error = u"cannot write %1: %2"_s.arg(path, out.errorString());
        return g;
    }
    out.write(header);
    g.bytes = header.size();
    static const char digits[] = "0123456789abcdef";
    QByteArray copy = body;
    const size_t lines = lineStart.size() - 1;
    for (int k = 0; g.bytes < target && k < 0x10000; ++k) {
        if (k > 0) {
            for (const qsizetype id : idStart) {
                if (id < 0)
                    continue;
                copy[id] = digits[(k >> 12) & 15];
                copy[id + 1] = digits[(k >> 8) & 15];
                copy[id + 2] = digits[(k >> 4) & 15];
                copy[id + 3] = digits[k & 15];
            }
        }
        qsizetype length = copy.size();
        size_t rows = lines;
        if (g.bytes + length > target) {   // the last copy: whole lines up to the target
            const auto end = std::upper_bound(lineStart.begin(), lineStart.end(), target - g.bytes);
            rows = size_t(std::max<std::ptrdiff_t>(1, (end - lineStart.begin()) - 1));
            length = lineStart[rows];
        }
        if (out.write(copy.constData(), length) != length) {
            g.error = u"write failed: %1"_s.arg(out.errorString());
            return g;
        }
        g.bytes += length;
        g.rows += qint64(rows);
        g.copies = k + 1;
    }
    if (!out.flush()) {
        g.error = u"write failed: %1"_s.arg(out.errorString());
        return g;
    }
    return g;
}

double uptimeLoad()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

qint64 peakRssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything the run writes lives in one temporary directory, removed when main returns
    // (declared before the application, the session and the wizard: destroyed after them).
    QString dirArg;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--dir") == 0)
            dirArg = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir work(dirArg.isEmpty() ? QDir::tempPath() + u"/bench-import-XXXXXX"_s : dirArg + u"/bench-import-XXXXXX"_s);
    if (!work.isValid())
        return fail(u"no temporary directory: "_s + work.errorString());
    qputenv("XDG_DATA_HOME", QFile::encodeName(work.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(work.filePath(u"config"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(work.filePath(u"cache"_s)));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("CDP_SECRET_BACKEND"))
        qputenv("CDP_SECRET_BACKEND", "memory");

    g_previousHandler = qInstallMessageHandler(quietMessages);
    BenchApplication app(argc, argv);
    QApplication::setOrganizationName(u"cdp-console-bench"_s);
    QApplication::setApplicationName(u"bench_import_gui_latency"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"GUI event-loop latency while the import wizard works on a large file"_s);
    parser.addHelpOption();
    const QCommandLineOption sizeOption(u"size-mb"_s, u"Size of the generated source in MiB (default 256)."_s, u"N"_s, u"256"_s);
    const QCommandLineOption idleOption(u"idle"_s, u"Seconds of idle baseline first (default 3)."_s, u"S"_s, u"3"_s);
    const QCommandLineOption paceOption(u"rows-per-second"_s, u"Sandbox Carma batch pace (default 500000)."_s, u"N"_s,
                                        u"500000"_s);
    const QCommandLineOption pollOption(u"poll-seconds"_s, u"Poll interval chosen on the target page (default 10, the minimum)."_s,
                                        u"S"_s, u"10"_s);
    const QCommandLineOption traceOption(u"trace-ms"_s, u"List GUI-thread events taking at least this long (default 20)."_s,
                                         u"MS"_s, u"20"_s);
    const QCommandLineOption olistOption(u"olist"_s, u"The Olist order-items file used as the row source."_s, u"FILE"_s,
                                         QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/olist_order_items_dataset.csv"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the temporary directory is made (default: the system's)."_s, u"DIR"_s);
    parser.addOptions({sizeOption, idleOption, paceOption, pollOption, traceOption, olistOption, dirOption});
    parser.process(app);
    const qint64 sizeMiB = parser.value(sizeOption).toLongLong();
    const double idleSeconds = parser.value(idleOption).toDouble();
    const int pace = parser.value(paceOption).toInt();
    const int pollSeconds = parser.value(pollOption).toInt();
    const double traceMs = parser.value(traceOption).toDouble();
    const QString olist = parser.value(olistOption);
    if (sizeMiB <= 0 || pace <= 0)
        return fail(u"--size-mb and --rows-per-second must be positive"_s);

    std::printf("load average at start: %.2f\n", uptimeLoad());
    std::fflush(stdout);

    // The source (not measured).
    const QString source = work.filePath(u"olist_order_items_big.csv"_s);
    QElapsedTimer generation;
    generation.start();
    const Generated generated = generateSource(olist, source, sizeMiB << 20);
    if (!generated.error.isEmpty())
        return fail(generated.error);
    std::printf("source: %.1f MB (%lld MiB asked), %lld rows, %d copies of %s, generated in %.1f s (in the page cache)\n",
                double(generated.bytes) / 1e6, static_cast<long long>(sizeMiB), static_cast<long long>(generated.rows),
                generated.copies, qPrintable(QFileInfo(olist).fileName()), double(generation.elapsed()) / 1e3);
    std::fflush(stdout);

    // The demo sandbox in its own thread, with a quick Carma.
    auto sandbox = std::make_unique<cdp::sandbox::SandboxThread>();
    cdp::sandbox::Options options;
    options.port = 0;
    options.demo = true;
    options.carma.pendingMs = 150;
    options.carma.rowsPerSecond = pace;
    QString error;
    if (!sandbox->start(options, &error))
        return fail(error);
    const cdp::DemoEndpoint endpoint = cdp::DemoEndpoint::fromAnnouncement(sandbox->announcement());
    if (!endpoint.carmaBaseUrl.isValid())
        return fail(u"the sandbox announced no Carma module"_s);

    cdp::ConsoleSession session;
    if (!session.openWorkspace(cdp::ConsoleSession::memoryWorkspacePath(), &error))
        return fail(error);
    session.startDemo(endpoint, sandbox.release());   // the session owns (and stops) the sandbox
    if (!spinUntil([&session] { return session.isReady(); }, 20000))
        return fail(u"the session did not become ready"_s);
    if (!session.imports() || session.imports()->carmaConnections().isEmpty())
        return fail(u"the session has no Carma connection"_s);

    auto wizard = std::make_unique<ImportWizard>(&session);
    wizard->setProfileDirectory(work.filePath(u"profiles"_s));
    wizard->resize(1120, 780);
    wizard->show();
    spinUntil([] { return false; }, 300);   // first paint

    LatencyProbe probe;
    std::vector<Phase> phases;
    std::vector<SlowItem> calls;   // the benchmark's own calls into the wizard that took ≥ 1 ms
    auto begin = [&phases, &probe](const QString &name) {
        const CpuSample cpu = CpuSample::now();
        if (!phases.empty()) {
            phases.back().toMs = probe.elapsedMs();
            phases.back().cpuTo = cpu;
        }
        phases.push_back({name, probe.elapsedMs(), 0, cpu, {}});
    };
    auto call = [&calls, &probe](const QString &what, auto &&function) {
        QElapsedTimer clock;
        clock.start();
        function();
        const double took = double(clock.nsecsElapsed()) / 1e6;
        if (took >= 1.0)
            calls.push_back({probe.elapsedMs(), took, what});
    };
    const double loadBefore = uptimeLoad();
    ReferenceProbe reference;
    reference.begin();
    probe.start();
    app.trace(&probe);

    // Baseline: the wizard shown on its first page, nothing running.
    begin(u"idle"_s);
    spinUntil([] { return false; }, qint64(idleSeconds * 1000));

    // Pages 1-2: the file, the preview (a 256 KiB sample read on the GUI thread).
    begin(u"file + preview"_s);
    call(u"filePage()->setPath"_s, [&] { wizard->filePage()->setPath(source); });
    call(u"next() → preview"_s, [&] { wizard->next(); });
    if (wizard->currentId() != ImportWizard::PreviewPageId)
        return fail(u"the preview page did not open"_s);
    spinUntil([] { return false; }, 200);

    // Page 3: the mapping page reads the whole file on a worker (analysis for the suggestions).
    begin(u"analyse (mapping)"_s);
    call(u"next() → mapping"_s, [&] { wizard->next(); });
    if (wizard->currentId() != ImportWizard::MappingPageId)
        return fail(u"the mapping page did not open"_s);
    if (!spinUntil([&] { return !wizard->mappingPage()->isAnalysing(); }, 3600000))
        return fail(u"the analysis did not end"_s);
    if (!wizard->mappingPage()->isComplete())
        return fail(u"the mapping is not complete: "_s + wizard->mappingPage()->issuesLabel()->text());
    spinUntil([] { return false; }, 200);   // the page shown with its suggestions

    // Page 4: convert + validate every row on workers (written Carma file, SHA-256).
    begin(u"validate + convert"_s);
    call(u"next() → validate"_s, [&] { wizard->next(); });
    if (wizard->currentId() != ImportWizard::ValidatePageId)
        return fail(u"the validation page did not open"_s);
    if (!spinUntil([&] { return !wizard->validatePage()->isRunning() && wizard->state().conversion; }, 3600000))
        return fail(u"the conversion did not end"_s);
    const cdp::csv::ConversionResult conversion = *wizard->state().conversion;
    if (!conversion.isSuccess())
        return fail(u"the conversion failed: "_s + conversion.errorString);
    spinUntil([] { return false; }, 200);   // the result shown
    if (!wizard->validatePage()->isComplete())
        return fail(u"the validation page is not complete (%1 rejected rows)"_s.arg(conversion.rowsRejected));

    // Pages 5-6: target (list, poll interval) and the ledger's verdict.
    begin(u"target + confirm"_s);
    call(u"next() → target"_s, [&] { wizard->next(); });
    if (wizard->currentId() != ImportWizard::TargetPageId)
        return fail(u"the target page did not open"_s);
    wizard->targetPage()->listEdit()->setText(u"4242"_s);
    wizard->targetPage()->pollSpin()->setValue(pollSeconds);
    spinUntil([] { return false; }, 200);
    call(u"next() → confirm"_s, [&] { wizard->next(); });
    if (wizard->currentId() != ImportWizard::ConfirmPageId || wizard->confirmPage()->isDuplicate())
        return fail(u"the confirmation page did not open (or the content is a duplicate)"_s);
    spinUntil([] { return false; }, 200);

    // Page 7: the upload, until the batch is with Carma (the wizard moves on to polling by itself).
    begin(u"upload"_s);
    double uploadingAtMs = -1, pollingAtMs = -1;
    call(u"next() → upload"_s, [&] { wizard->next(); });
    QPointer<cdp::ImportJob> job = wizard->state().job;
    if (!job)
        return fail(u"no import job started"_s);
    int polls = 0;
    qint64 progressSignals = 0;
    QObject::connect(job, &cdp::ImportJob::batchProgress, &app, [&polls] { ++polls; });
    QObject::connect(job, &cdp::ImportJob::uploadProgress, &app, [&progressSignals] { ++progressSignals; });
    QObject::connect(job, &cdp::ImportJob::stageChanged, &app, [&](cdp::ImportStage stage) {
        if (stage == cdp::ImportStage::Uploading && uploadingAtMs < 0)
            uploadingAtMs = probe.elapsedMs();
        if (stage == cdp::ImportStage::Polling && pollingAtMs < 0)
            pollingAtMs = probe.elapsedMs();
    });
    if (job->stage() == cdp::ImportStage::Uploading)
        uploadingAtMs = probe.elapsedMs();
    if (!spinUntil([&] { return job->isDone() || wizard->currentId() == ImportWizard::PollPageId; }, 3600000))
        return fail(u"the upload did not end"_s);
    if (job->stage() == cdp::ImportStage::Failed || job->stage() == cdp::ImportStage::Cancelled)
        return fail(u"the import failed: "_s + job->errorText());

    // Page 8: polling every --poll-seconds until FINISHED.
    begin(u"poll"_s);
    if (!spinUntil([&] { return wizard->pollPage()->isComplete(); }, 3600000))
        return fail(u"polling did not end"_s);
    const cdp::ImportLedgerEntry entry = job->entry();

    // Page 9: the summary.
    begin(u"summary"_s);
    call(u"next() → summary"_s, [&] { wizard->next(); });
    spinUntil([] { return false; }, 500);
    phases.back().toMs = probe.elapsedMs();
    phases.back().cpuTo = CpuSample::now();
    probe.stop();
    reference.end();
    // The reference's ticks on the GUI probe's time line.
    const double refOffsetMs = reference.probe().startMonotonicMs() - probe.startMonotonicMs();
    auto referenceSummary = [&reference, refOffsetMs](double fromMs, double toMs) {
        return reference.probe().summary(fromMs - refOffsetMs, toMs - refOffsetMs, 1);
    };
    app.trace(nullptr);
    const double loadAfter = uptimeLoad();

    // Report.
    const double uploadSeconds = pollingAtMs > uploadingAtMs && uploadingAtMs >= 0 ? (pollingAtMs - uploadingAtMs) / 1e3 : 0;
    std::printf("\nconversion: %lld rows read, %lld written, %lld rejected, Carma file %.1f MB; batch %s: %lld of %lld rows, %d polls\n",
                static_cast<long long>(conversion.rowsRead), static_cast<long long>(conversion.rowsWritten),
                static_cast<long long>(conversion.rowsRejected), double(conversion.bytesWritten) / 1e6,
                qPrintable(entry.batchStatus), static_cast<long long>(entry.processed), static_cast<long long>(entry.total),
                polls);
    if (uploadSeconds > 0)
        std::printf("upload: %.1f MB in %.1f s (%.0f MB/s, Uploading → Polling), %lld uploadProgress signals\n",
                    double(conversion.bytesWritten) / 1e6, uploadSeconds, double(conversion.bytesWritten) / 1e6 / uploadSeconds,
                    static_cast<long long>(progressSignals));
    std::printf("load average: %.2f before the wizard, %.2f after; peak RSS (console + sandbox) %lld MiB\n\n", loadBefore,
                loadAfter, static_cast<long long>(peakRssMiB()));

    std::printf("| phase | wall s | latency max ms | p99 ms | p50 ms | ticks > 50 ms | GUI thread CPU s | process CPU s | machine busy %% | reference thread max / p99 ms |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
    bool blocked = false;
    auto row = [&referenceSummary](const QString &name, double fromMs, double toMs, const LatencyProbe::Summary &s,
                                   const CpuSample &from, const CpuSample &to) {
        const double ticks = double(std::max<qint64>(1, (to.busy - from.busy) + (to.idle - from.idle) + (to.steal - from.steal)));
        const LatencyProbe::Summary ref = referenceSummary(fromMs, toMs);
        // A tick can fire a fraction of a millisecond early: shown as 0.
        std::printf("| %s | %.1f | %.1f | %.1f | %.2f | %d | %.2f | %.2f | %.0f | %.1f / %.1f |\n", qPrintable(name),
                    (toMs - fromMs) / 1e3, std::max(0.0, s.maxMs), std::max(0.0, s.p99Ms), std::max(0.0, s.p50Ms), s.stalls,
                    s.cpuMs / 1e3, to.processSeconds - from.processSeconds, 100.0 * double(to.busy - from.busy) / ticks,
                    std::max(0.0, ref.maxMs), std::max(0.0, ref.p99Ms));
    };
    for (const Phase &phase : phases) {
        const LatencyProbe::Summary s = probe.summary(phase.fromMs, phase.toMs);
        row(phase.name, phase.fromMs, phase.toMs, s, phase.cpuFrom, phase.cpuTo);
        if (phase.name != u"idle"_s && s.maxMs > kStallMs)
            blocked = true;
    }
    const Phase &first = phases.size() > 1 ? phases[1] : phases[0];
    const LatencyProbe::Summary overall = probe.summary(first.fromMs, phases.back().toMs);
    row(u"**overall** (file → summary)"_s, first.fromMs, phases.back().toMs, overall, first.cpuFrom, phases.back().cpuTo);

    std::printf("\nphase starts on CLOCK_MONOTONIC (for perf record -k CLOCK_MONOTONIC):");
    for (const Phase &phase : phases)
        std::printf("  %s %.3f", qPrintable(phase.name), (probe.startMonotonicMs() + phase.fromMs) / 1e3);
    std::printf("  end %.3f\n", (probe.startMonotonicMs() + phases.back().toMs) / 1e3);
    std::vector<SlowItem> slow = app.slow();
    slow.insert(slow.end(), calls.begin(), calls.end());
    std::sort(slow.begin(), slow.end(), [](const SlowItem &a, const SlowItem &b) { return a.atMs < b.atMs; });
    std::printf("\nworst ticks per phase (late ms @ s since start, GUI-thread CPU ms in that interval):\n");
    for (const Phase &phase : phases) {
        const LatencyProbe::Summary s = probe.summary(phase.fromMs, phase.toMs, 5);
        std::printf("  %-20s", qPrintable(phase.name));
        for (size_t i = 0; i < s.worst.size(); ++i)
            std::printf("  %.1f @ %.2f (cpu %.1f)", s.worst[i].first, s.worst[i].second / 1e3, s.worstCpuMs[i]);
        std::printf("\n");
        // What the GUI thread did (events ≥ 1 ms) during the ticks more than 20 ms late.
        for (const auto &[late, at] : s.worst) {
            if (late < 20.0)
                continue;
            const LatencyProbe::Summary ref = referenceSummary(at - late - LatencyProbe::kTickMs, at + LatencyProbe::kTickMs);
            std::printf("      tick @ %.3f s, %.1f ms late (reference thread meanwhile: %.1f ms late):", at / 1e3, late,
                        std::max(0.0, ref.maxMs));
            int shown = 0;
            for (const SlowItem &item : slow) {
                if (item.atMs > at - late - LatencyProbe::kTickMs && item.atMs <= at + 0.5) {
                    std::printf("%s %.1f ms %s", shown++ ? ";" : "", item.tookMs, qPrintable(item.what));
                }
            }
            std::printf("%s\n", shown ? "" : " no event ≥ 1 ms");
        }
    }
    std::printf("\nGUI-thread work ≥ %.0f ms (events via notify, and the benchmark's own wizard calls):\n", traceMs);
    if (std::none_of(slow.begin(), slow.end(), [traceMs](const SlowItem &item) { return item.tookMs >= traceMs; }))
        std::printf("  none\n");
    for (const SlowItem &item : slow) {
        if (item.tookMs < traceMs)
            continue;
        QString phaseName;
        for (const Phase &phase : phases) {
            if (item.atMs >= phase.fromMs && item.atMs < phase.toMs)
                phaseName = phase.name;
        }
        std::printf("  %7.1f ms ending @ %.2f s [%s] %s\n", item.tookMs, item.atMs / 1e3, qPrintable(phaseName),
                    qPrintable(item.what));
    }

    const bool finished = entry.batchStatus == u"FINISHED"_s && entry.processed == conversion.rowsWritten
        && conversion.rowsRead == generated.rows && conversion.rowsRejected == 0;
    std::printf("\n%s (every row FINISHED: %s; GUI never blocked > 50 ms: %s)\n", finished && !blocked ? "PASS" : "FAIL",
                finished ? "yes" : "NO", blocked ? "NO" : "yes");
    std::fflush(stdout);

    wizard.reset();
    return finished && !blocked ? 0 : 2;
}
