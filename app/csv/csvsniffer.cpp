#include "csv/csvreader.h"

#include <QBuffer>
#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

constexpr int SampleRecords = 50;

QList<QList<QByteArray>> sampleRecords(QByteArrayView sample, char delimiter)
{
    // Drop a last line that the sample cut short.
    qsizetype usable = sample.size();
    const qsizetype lastNewline = sample.lastIndexOf('\n');
    if (lastNewline > 0 && lastNewline + 1 < sample.size())
        usable = lastNewline + 1;
    QByteArray bytes = sample.first(usable).toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    CsvReader reader(&buffer, dialect);
    QList<QList<QByteArray>> records;
    QList<QByteArray> fields;
    while (records.size() < SampleRecords && reader.readRawRecord(fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // blank line
        records.append(fields);
    }
    return records;
}

// Share of records with the most common field count, and that count.
std::pair<double, qsizetype> consistency(const QList<QList<QByteArray>> &records)
{
    if (records.isEmpty())
        return {0.0, 0};
    QHash<qsizetype, int> histogram;
    for (const auto &record : records)
        ++histogram[record.size()];
    qsizetype bestCount = 0;
    int bestFrequency = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        if (it.value() > bestFrequency || (it.value() == bestFrequency && it.key() > bestCount)) {
            bestFrequency = it.value();
            bestCount = it.key();
        }
    }
    return {double(bestFrequency) / double(records.size()), bestCount};
}

bool looksNumericOrDate(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return false;
    int digits = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (!(c == '.' || c == ',' || c == '-' || c == '+' || c == ':' || c == '/' || c == ' '))
            return false;
    }
    return digits > 0;
}

bool containsHeaderWord(const QByteArray &value)
{
    static const std::array<const char *, 24> words{
        "id", "name", "date", "time", "price", "qty", "quantity", "amount", "total", "sku", "product",
        "order", "customer", "category", "value", "code", "city", "state", "email", "currency",
        "count", "number", "description", "type"};
    const QByteArray lower = value.toLower();
    for (const char *word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

bool detectHeader(const QList<QList<QByteArray>> &records)
{
    if (records.isEmpty())
        return false;
    const QList<QByteArray> &first = records.first();
    for (const QByteArray &value : first) {
        if (value.trimmed().isEmpty() || looksNumericOrDate(value))
            return false;
    }
    // A column that is numeric below the first row but text in it: the first row names it.
    for (qsizetype column = 0; column < first.size(); ++column) {
        int numeric = 0;
        int present = 0;
        for (qsizetype row = 1; row < records.size(); ++row) {
            if (column < records.at(row).size()) {
                ++present;
                numeric += looksNumericOrDate(records.at(row).at(column)) ? 1 : 0;
            }
        }
        if (present > 0 && numeric * 2 > present)
            return true;
    }
    // All-text files: column titles usually use words like "name", "id", "category".
    int titled = 0;
    for (const QByteArray &value : first)
        titled += containsHeaderWord(value) ? 1 : 0;
    return titled * 2 > first.size();
}

} // namespace

CsvDialect sniffCsvDialect(QByteArrayView sample)
{
    CsvDialect dialect;
    const EncodingGuess encoding = detectEncoding(sample);
    dialect.encoding = encoding.encoding;
    dialect.byteOrderMark = encoding.byteOrderMark;

    double bestScore = -1.0;
    QList<QList<QByteArray>> bestRecords;
    for (const char delimiter : {',', ';', '\t', '|'}) {
        const QList<QList<QByteArray>> records = sampleRecords(sample, delimiter);
        const auto [share, count] = consistency(records);
        if (count < 2)
            continue;
        // Consistency first, more columns as a tie-breaker.
        const double score = share * 1000.0 + double(std::min<qsizetype>(count, 999));
        if (score > bestScore) {
            bestScore = score;
            dialect.delimiter = delimiter;
            bestRecords = records;
        }
    }
    dialect.hasHeader = detectHeader(bestRecords);
    return dialect;
}

CsvDialect sniffCsvDialect(QIODevice *device, qsizetype sampleBytes)
{
    const qint64 start = device->pos();
    const QByteArray sample = device->read(sampleBytes);
    if (!device->isSequential())
        device->seek(start);
    return sniffCsvDialect(sample);
}

} // namespace cdp::csv
