// Validates a generated (or given) Carma file and, in the same run, measures two baselines:
// QTextStream::readLine + QString::split, and Python's csv module. Prints MB/s and ratios.
#include "carmagenerator.h"

#include "csv/carmavalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using cdp::csv::CarmaValidationOptions;
using cdp::csv::CarmaValidationResult;
using cdp::csv::CarmaValidator;

namespace {

struct Measurement
{
    QString name;
    double seconds = 0;
    double cpuSeconds = 0; // user + system CPU time of all threads (or of the child process)
    qint64 rows = 0;
};

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs `work` and fills in wall and CPU time.
template<typename Work>
Measurement measure(const QString &name, int who, Work work)
{
    Measurement m;
    m.name = name;
    const double cpuBefore = cpuSeconds(who);
    QElapsedTimer timer;
    timer.start();
    m.rows = work();
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.cpuSeconds = cpuSeconds(who) - cpuBefore;
    return m;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString readStatus(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(qsizetype(qstrlen(key))).trimmed());
    }
    return {};
}

Measurement runValidator(const QString &path, int threads, bool hash, CarmaValidationResult *out)
{
    CarmaValidationOptions options;
    options.threads = threads;
    options.computeContentHash = hash;
    const QString name = u"cdpcsv validator, %1 thread(s)%2"_s.arg(threads).arg(hash ? u", + SHA-256"_s : QString());
    return measure(name, RUSAGE_SELF, [&] {
        CarmaValidationResult result = CarmaValidator::validateFile(path, options);
        const qint64 lines = result.lines;
        if (out != nullptr)
            *out = std::move(result);
        return lines;
    });
}

Measurement runQTextStream(const QString &path)
{
    return measure(u"QTextStream::readLine + QString::split"_s, RUSAGE_SELF, [&]() -> qint64 {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        QTextStream stream(&file);
        qint64 rows = 0;
        qint64 fields = 0;
        QString line;
        while (stream.readLineInto(&line)) {
            fields += line.split(u';').size();
            ++rows;
        }
        return fields >= rows ? rows : 0;
    });
}

Measurement runPythonCsv(const QString &path)
{
    const QString script = u"import csv,sys\n"
                           "n=0\n"
                           "with open(sys.argv[1], newline='', encoding='utf-8', errors='replace') as f:\n"
                           "    for row in csv.reader(f, delimiter=';'):\n"
                           "        n += 1\n"
                           "print(n)\n"_s;
    return measure(u"Python csv.reader (count rows)"_s, RUSAGE_CHILDREN, [&]() -> qint64 {
        QProcess python;
        python.start(u"python3"_s, {u"-c"_s, script, path});
        if (!python.waitForFinished(-1) || python.exitCode() != 0) {
            print(u"python3 failed: "_s + QString::fromLocal8Bit(python.readAllStandardError()));
            return 0;
        }
        return python.readAllStandardOutput().trimmed().toLongLong();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Carma validator benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption sizeOption(u"size-mb"_s, u"Size of the generated file in MiB (default 1024)."_s, u"MiB"_s, u"1024"_s);
    const QCommandLineOption fileOption(u"file"_s, u"Use this Carma file instead of generating one."_s, u"path"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the generated file."_s);
    const QCommandLineOption validatorOnlyOption(u"validator-only"_s, u"Skip the baselines (for the RSS run)."_s);
    const QCommandLineOption threadsOption(u"threads"_s, u"Only this thread count (default: 2 and 1)."_s, u"n"_s);
    parser.addOptions({sizeOption, fileOption, keepOption, validatorOnlyOption, threadsOption});
    parser.process(app);

    QString path = parser.value(fileOption);
    const bool generated = path.isEmpty();
    if (generated) {
        const qint64 bytes = parser.value(sizeOption).toLongLong() << 20;
        path = u"/tmp/bench-carma-%1.txt"_s.arg(QCoreApplication::applicationPid());
        QElapsedTimer timer;
        timer.start();
        const auto stats = cdp::bench::generateCarmaFile(path, bytes);
        if (!stats.error.isEmpty()) {
            print(u"generation failed: "_s + stats.error);
            QFile::remove(path);
            return 1;
        }
        print(u"generated %1: %2 bytes, %3 rows, %4 broken, %5 s"_s.arg(path)
                  .arg(stats.bytes).arg(stats.rows).arg(stats.brokenRows)
                  .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2));
    }
    const qint64 size = QFileInfo(path).size();
    const double megabytes = double(size) / 1e6;

    QList<Measurement> results;
    CarmaValidationResult validation;
    if (parser.isSet(threadsOption)) {
        results.append(runValidator(path, parser.value(threadsOption).toInt(), false, &validation));
    } else {
        results.append(runValidator(path, 2, false, &validation));
        results.append(runValidator(path, 1, false, nullptr));
        results.append(runValidator(path, 2, true, nullptr));
    }
    print(u"validator: %1 lines, %2 valid, %3 invalid, %4 errors, %5 warnings, total value %6"_s
              .arg(validation.lines).arg(validation.validRows).arg(validation.invalidRows)
              .arg(validation.errorCount()).arg(validation.warningCount()).arg(validation.totalValue.toString()));
    const QString validatorHwm = readStatus("VmHWM:");
    if (!parser.isSet(validatorOnlyOption)) {
        results.append(runQTextStream(path));
        results.append(runPythonCsv(path));
    }

    print(u"wall ratio: wall time / wall time of the first line (the 2-thread validator)"_s);
    print(u"file: %1 MB (%2 bytes)"_s.arg(megabytes, 0, 'f', 1).arg(size));
    const double reference = results.first().seconds;
    for (const Measurement &m : results) {
        print(u"%1: %2 s wall, %3 MB/s, %4 CPU s, %5 MB per CPU s, %6 rows, wall ratio %7x"_s.arg(m.name, -44)
                  .arg(m.seconds, 0, 'f', 3).arg(m.seconds > 0 ? megabytes / m.seconds : 0.0, 0, 'f', 0)
                  .arg(m.cpuSeconds, 0, 'f', 3).arg(m.cpuSeconds > 0 ? megabytes / m.cpuSeconds : 0.0, 0, 'f', 0)
                  .arg(m.rows).arg(reference > 0 ? m.seconds / reference : 0.0, 0, 'f', 2));
    }
    print(u"peak RSS after the validator runs (VmHWM): "_s + validatorHwm);
    print(u"peak RSS at the end (VmHWM): "_s + readStatus("VmHWM:"));
    if (generated && !parser.isSet(keepOption))
        QFile::remove(path);
    return 0;
}
