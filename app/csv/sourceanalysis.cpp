#include "csv/sourceanalysis.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace cdp::csv {

QString SourceAnalysis::columnName(int index) const
{
    if (index >= 0 && index < columns.size() && !columns.at(index).header.isEmpty())
        return columns.at(index).header;
    return QCoreApplication::translate("SourceAnalysis", "column %1").arg(index + 1);
}

SourceAnalysis analyzeSource(QIODevice *device, const CsvDialect &dialect, qint64 maxRecords)
{
    SourceAnalysis analysis;
    CsvReader reader(device, dialect);
    QList<QByteArray> fields;
    bool header = dialect.hasHeader;
    while (maxRecords < 0 || analysis.records < maxRecords) {
        if (!reader.readRawRecord(fields)) {
            if (reader.error() != CsvReadError::None)
                analysis.errorString = reader.errorString();
            else
                analysis.complete = true;
            return analysis;
        }
        while (analysis.columns.size() < fields.size())
            analysis.columns.append(SourceColumnStats{});
        if (header) {
            header = false;
            for (qsizetype i = 0; i < fields.size(); ++i)
                analysis.columns[i].header = decodeText(fields.at(i), dialect.encoding).trimmed();
            continue;
        }
        ++analysis.records;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QByteArray &value = fields.at(i);
            if (value.trimmed().isEmpty())
                continue;
            SourceColumnStats &column = analysis.columns[i];
            ++column.nonEmpty;
            if (column.samples.size() < SourceColumnStats::SampleCount)
                column.samples.append(decodeText(value, dialect.encoding));
            column.dates.add(value);
            column.decimals.add(value);
        }
    }
    analysis.complete = false;
    return analysis;
}

SourceAnalysis analyzeSourceFile(const QString &path, const CsvDialect &dialect, qint64 maxRecords)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SourceAnalysis analysis;
        analysis.errorString = QCoreApplication::translate("SourceAnalysis", "Cannot open %1: %2")
                                   .arg(path, file.errorString());
        return analysis;
    }
    return analyzeSource(&file, dialect, maxRecords);
}

} // namespace cdp::csv
