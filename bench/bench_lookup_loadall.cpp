// Customer lookup, "Load all" over the sandbox's 100 000-purchase demo customer (issue 4): the GUI
// event loop must never be blocked more than 50 ms and the client must stay under the rate limit
// (no HTTP 429). Offscreen, in one process: the demo sandbox in its own thread (as cdp-console
// --demo), a ConsoleSession on a memory workspace with memory secrets, a shown CustomerLookupPane.
//
// A 10 ms precise timer records (actual interval - 10 ms) as the event-loop latency, first while
// idle (the baseline, before the lookup) and then from the lookup until every row is loaded.
//
// Usage: bench_lookup_loadall [idle-seconds]   (default 15)

#include "customerlookuppane.h"
#include "latencyprobe.h"
#include "sandboxserver.h"

#include "models/purchasesmodel.h"
#include "net/apiclient.h"
#include "net/requestlogentry.h"
#include "session/consolesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using cdp::bench::LatencyProbe;
constexpr double kStallMs = LatencyProbe::kStallMs;

void print(const char *label, const LatencyProbe::Summary &s, double seconds)
{
    std::printf("%-9s %6.1f s  ticks %6zu  latency max %7.1f ms  p99 %6.1f ms  p50 %5.2f ms  stalls>50ms %d\n",
                label, seconds, s.ticks, s.maxMs, s.p99Ms, s.p50Ms, s.stalls);
    std::printf("          worst ticks (late ms @ ms since start):");
    for (const auto &[late, at] : s.worst)
        std::printf("  %.1f @ %.0f", late, at);
    std::printf("\n");
}

// Spins the event loop until `done` or `timeoutMs`.
template <typename Predicate>
bool spinUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

int fail(const char *what)
{
    std::fprintf(stderr, "bench_lookup_loadall: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"cdp-console-bench"_s);
    QApplication::setApplicationName(u"bench_lookup_loadall"_s);
    QStandardPaths::setTestModeEnabled(true);
    const double idleSeconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 15.0;

    auto sandbox = std::make_unique<cdp::sandbox::SandboxThread>();
    cdp::sandbox::Options options;
    options.port = 0;
    options.demo = true;
    QString error;
    if (!sandbox->start(options, &error))
        return fail(qPrintable(error));
    const cdp::DemoEndpoint endpoint = cdp::DemoEndpoint::fromAnnouncement(sandbox->announcement());
    const QUrl sandboxUrl = sandbox->baseUrl();
    const cdp::DemoEndpoint::RcdpCustomer big = endpoint.rcdpCustomer(u"big"_s);
    if (big.key.isEmpty())
        return fail("the sandbox has no \"big\" demo customer");
    const QString identifier = !big.gcrId.isEmpty() ? big.gcrId : !big.email.isEmpty() ? big.email : big.customerCode;

    cdp::ConsoleSession session;
    if (!session.openWorkspace(cdp::ConsoleSession::memoryWorkspacePath(), &error))
        return fail(qPrintable(error));
    int requests = 0;
    int tooMany = 0;
    QObject::connect(&session.apiClient(), &cdp::ApiClient::requestLogged, &app,
                     [&requests, &tooMany](const cdp::RequestLogEntry &entry) {
        ++requests;
        if (entry.httpStatus == 429)
            ++tooMany;
    });
    session.startDemo(endpoint, sandbox.release());   // the session owns (and stops) the sandbox
    if (!spinUntil([&session] { return session.isReady(); }, 20000))
        return fail("the session did not become ready");

    cdp::ui::CustomerLookupPane pane(&session);
    pane.resize(1300, 800);
    pane.show();
    spinUntil([] { return false; }, 300);   // first paint

    LatencyProbe probe;
    // Baseline: the idle event loop (pane shown, nothing loading).
    probe.start();
    spinUntil([] { return false; }, int(idleSeconds * 1000));
    probe.stop();
    const LatencyProbe::Summary idle = probe.summary();
    const double idleElapsed = probe.elapsedSeconds();

    // The lookup, then Load all, measured throughout.
    bool firstPage = false, firstOk = false, allDone = false, complete = false;
    QObject::connect(&pane, &cdp::ui::CustomerLookupPane::lookupFinished, &app, [&](bool ok, const QString &) {
        firstPage = true;
        firstOk = ok;
    });
    QObject::connect(&pane, &cdp::ui::CustomerLookupPane::loadAllFinished, &app, [&](bool whole) {
        allDone = true;
        complete = whole;
    });
    const int requestsBefore = requests;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    pane.lookUp(identifier);
    if (!spinUntil([&firstPage] { return firstPage; }, 30000) || !firstOk)
        return fail("the lookup of the big customer failed");
    const qint64 firstPageMs = clock.elapsed();
    QElapsedTimer loadClock;
    loadClock.start();
    pane.loadAll();
    if (!spinUntil([&allDone] { return allDone; }, 600000))
        return fail("Load all did not finish in 10 minutes");
    const qint64 loadAllMs = loadClock.elapsed();
    const qint64 totalMs = clock.elapsed();
    probe.stop();
    const LatencyProbe::Summary busy = probe.summary();
    const double busyElapsed = probe.elapsedSeconds();
    const int rows = pane.model()->rowCount();

    // The sandbox's own count of rate-limited answers.
    QNetworkAccessManager manager;
    QNetworkReply *statsReply = manager.get(QNetworkRequest(sandboxUrl.resolved(QUrl(u"sandbox/stats"_s))));
    spinUntil([statsReply] { return statsReply->isFinished(); }, 10000);
    const QJsonObject stats = QJsonDocument::fromJson(statsReply->readAll()).object();
    statsReply->deleteLater();

    std::printf("customer \"big\" (%s): %d of %d rows, Load all %s\n", qPrintable(big.label), rows, big.purchases,
                complete ? "complete" : "INCOMPLETE");
    print("idle", idle, idleElapsed);
    print("load all", busy, busyElapsed);
    std::printf("first page %lld ms; Load all %lld ms (%.0f rows/s); lookup to last row %lld ms\n",
                static_cast<long long>(firstPageMs), static_cast<long long>(loadAllMs),
                loadAllMs > 0 ? double(rows) * 1000.0 / double(loadAllMs) : 0.0, static_cast<long long>(totalMs));
    std::printf("HTTP requests %d (lookup + Load all), 429 received %d; sandbox stats: rateLimited %lld, requests %lld\n",
                requests - requestsBefore, tooMany, static_cast<long long>(stats.value(u"rateLimited"_s).toInteger(-1)),
                static_cast<long long>(stats.value(u"requests"_s).toInteger(-1)));
    const bool pass = complete && rows == big.purchases && busy.maxMs <= kStallMs && tooMany == 0;
    std::printf("%s (GUI never blocked > 50 ms, every row, no 429)\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 2;
}
