// Maps and writes a generated source CSV (Olist-like: comma, header, quoted ids, optionally a
// decimal comma) to a Carma file with convertToCarma, and, in the same run, a baseline:
// QTextStream::readLine + QString::split + QStringList::join. Prints MB/s of source bytes.
#include "csv/carmaconversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace cdp::csv;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void appendHex(QByteArray &out, QRandomGenerator &random)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i)
        out.append(digits[random.bounded(16)]);
}

// Olist order_items shape: "order_id",item,"product_id","seller_id",date,price,freight.
qint64 generate(const QString &path, qint64 targetBytes, bool decimalComma)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QRandomGenerator random(42);
    QByteArray block = "\"order_id\",\"order_item_id\",\"product_id\",\"seller_id\",\"shipping_limit_date\",\"price\",\"freight_value\"\n";
    qint64 written = 0;
    qint64 rows = 0;
    char date[80];
    while (written + block.size() < targetBytes) {
        block.append('"');
        appendHex(block, random);
        block.append("\",");
        block.append(QByteArray::number(1 + random.bounded(3)));
        block.append(",\"");
        appendHex(block, random);
        block.append("\",\"");
        appendHex(block, random);
        block.append("\",");
        std::snprintf(date, sizeof date, "2017-%02d-%02d %02d:%02d:%02d", 1 + random.bounded(12),
                      1 + random.bounded(28), random.bounded(24), random.bounded(60), random.bounded(60));
        block.append(date);
        const int cents = random.bounded(500000);
        const int freight = random.bounded(5000);
        if (decimalComma) {
            // "1.234,50": quoted because of the comma.
            const int units = cents / 100;
            block.append(",\"");
            if (units >= 1000)
                block.append(QByteArray::number(units / 1000) + '.' + QByteArray::number(units % 1000).rightJustified(3, '0'));
            else
                block.append(QByteArray::number(units));
            block.append(',' + QByteArray::number(cents % 100).rightJustified(2, '0') + "\",\"");
            block.append(QByteArray::number(freight / 100) + ',' + QByteArray::number(freight % 100).rightJustified(2, '0') + "\"\n");
        } else {
            block.append(',' + QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0'));
            block.append(',' + QByteArray::number(freight / 100) + '.' + QByteArray::number(freight % 100).rightJustified(2, '0') + '\n');
        }
        ++rows;
        if (block.size() >= (4 << 20)) {
            file.write(block);
            written += block.size();
            block.resize(0);
        }
    }
    file.write(block);
    return rows;
}

ColumnMapping mapping(bool decimalComma)
{
    ColumnMapping result;
    result.mapColumn(CarmaSchema::OriginalIdColumn, 0, u"order_id"_s);
    result.mapColumn(CarmaSchema::SkuColumn, 2, u"product_id"_s);
    result.mapColumn(CarmaSchema::ItemPriceColumn, 5, u"price"_s);
    FieldMapping price = result.field(CarmaSchema::ItemPriceColumn);
    price.decimal = decimalComma ? DecimalSeparator::Comma : DecimalSeparator::Point;
    result.setField(CarmaSchema::ItemPriceColumn, price);
    result.mapColumn(CarmaSchema::TransactionTimeColumn, 4, u"shipping_limit_date"_s);
    result.setSource(CarmaSchema::NoOfItemsColumn, FieldSource::CountOne);
    result.setSource(CarmaSchema::TotalPriceColumn, FieldSource::ComputedTotal);
    return result;
}

// Baseline: read lines as text, split on the delimiter, pick and join the same fields.
qint64 baseline(const QString &source, const QString &target)
{
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return -1;
    QTextStream reader(&in);
    QTextStream writer(&out);
    reader.readLine(); // header
    qint64 rows = 0;
    QString line;
    while (reader.readLineInto(&line)) {
        const QStringList fields = line.split(u',');
        if (fields.size() < 6)
            continue;
        writer << QStringList{fields.at(0), fields.at(2), fields.at(5), fields.at(4), u"1"_s}.join(u';') << '\n';
        ++rows;
    }
    return rows;
}

struct Run
{
    QString name;
    double seconds = 0;
    double cpu = 0;
    qint64 rows = 0;
};

template<typename Work>
Run measure(const QString &name, Work work)
{
    Run run;
    run.name = name;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    run.rows = work();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpu = cpuSeconds() - cpuBefore;
    return run;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Map and write a source CSV to a Carma file (issue 5: >= 300 MB/s)."_s);
    parser.addHelpOption();
    const QCommandLineOption sizeOption(u"size-mb"_s, u"Generated source size in MiB (default 1024)."_s, u"mb"_s, u"1024"_s);
    const QCommandLineOption commaOption(u"decimal-comma"_s, u"Generate prices with a decimal comma (\"1.234,50\")."_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the temporary files (default /tmp)."_s, u"dir"_s, u"/tmp"_s);
    const QCommandLineOption noBaselineOption(u"no-baseline"_s, u"Skip the QTextStream baseline."_s);
    const QCommandLineOption sourceOption(u"source"_s, u"Use an existing Olist-shaped file (kept) instead of generating one."_s, u"file"_s);
    parser.addOptions({sizeOption, commaOption, dirOption, noBaselineOption, sourceOption});
    parser.process(app);
    const bool decimalComma = parser.isSet(commaOption);
    const qint64 size = parser.value(sizeOption).toLongLong() << 20;
    const bool generateSource = !parser.isSet(sourceOption);
    const QString source = generateSource ? parser.value(dirOption) + u"/bench_carma_convert_source.csv"_s
                                          : parser.value(sourceOption);
    const QString output = parser.value(dirOption) + u"/bench_carma_convert_output.txt"_s;

    print(u"load before: %1"_s.arg(loadAverage()));
    const qint64 generated = generateSource ? generate(source, size, decimalComma) : 0;
    if (generated < 0) {
        print(u"cannot write %1"_s.arg(source));
        return 1;
    }
    const qint64 bytes = QFile(source).size();
    print(u"source: %1 bytes, %2 rows, %3"_s.arg(bytes).arg(generated).arg(decimalComma ? u"decimal comma"_s : u"decimal point"_s));
    // Warm the page cache.
    {
        QFile warm(source);
        if (warm.open(QIODevice::ReadOnly)) {
            while (!warm.read(8 << 20).isEmpty()) {
            }
        }
    }
    CsvDialect dialect;
    dialect.hasHeader = true;
    QList<Run> runs;
    QString failure;
    auto convert = [&](bool hash) {
        ConversionOptions options;
        options.outputPath = output;
        options.computeContentHash = hash;
        const ConversionResult result = convertToCarma(source, dialect, mapping(decimalComma), options);
        if (!result.isSuccess() || result.rowsRejected != 0)
            failure = result.errorString + u" rejected %1"_s.arg(result.rowsRejected);
        return result.rowsWritten;
    };
    runs.append(measure(u"convertToCarma, SHA-256 off"_s, [&] { return convert(false); }));
    runs.append(measure(u"convertToCarma, SHA-256 on (own thread)"_s, [&] { return convert(true); }));
    if (!parser.isSet(noBaselineOption))
        runs.append(measure(u"QTextStream::readLine + split + join"_s, [&] { return baseline(source, output); }));
    if (generateSource)
        QFile::remove(source);
    QFile::remove(output);
    if (!failure.isEmpty()) {
        print(u"conversion failed: %1"_s.arg(failure));
        return 1;
    }
    print(u"| approach | wall s | MB/s | CPU s | MB per CPU s | rows | convertToCarma (hash off) is … faster |"_s);
    print(u"|---|---|---|---|---|---|---|"_s);
    for (const Run &run : std::as_const(runs)) {
        const double mb = double(bytes) / 1e6;
        print(u"| %1 | %2 | %3 | %4 | %5 | %6 | %7× |"_s.arg(run.name)
                  .arg(run.seconds, 0, 'f', 3)
                  .arg(mb / run.seconds, 0, 'f', 0)
                  .arg(run.cpu, 0, 'f', 3)
                  .arg(mb / run.cpu, 0, 'f', 0)
                  .arg(run.rows)
                  .arg(run.seconds / runs.first().seconds, 0, 'f', 2));
    }
    print(u"peak RSS (VmHWM): %1 MiB; load after: %2"_s.arg(double(peakRssKiB()) / 1024.0, 0, 'f', 1).arg(loadAverage()));
    return 0;
}
