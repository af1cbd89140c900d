#pragma once

#include "csv/csvreader.h"
#include "csv/datetransform.h"
#include "csv/decimaltransform.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cdp::csv {

// What one pass over a source file learned about each column: header name, a few sample values,
// date and decimal evidence. The mapping's suggestions and its open questions come from here.
struct SourceColumnStats
{
    QString header;       // decoded header name; empty without a header row
    QStringList samples;  // the first non-empty values (decoded), at most SampleCount
    qint64 nonEmpty = 0;
    DateScan dates;
    DecimalScan decimals;

    static constexpr int SampleCount = 5;
};

struct SourceAnalysis
{
    QList<SourceColumnStats> columns;
    qint64 records = 0; // data records analysed (the header not counted)
    bool complete = false; // the whole file was read (not stopped at maxRecords)
    QString errorString;   // reading failed (file, line and reason)

    // Display name of a source column: its header, or "column N" (1-based).
    QString columnName(int index) const;
};

// Reads up to maxRecords data records (-1: all; the evidence is then over the whole column).
SourceAnalysis analyzeSource(QIODevice *device, const CsvDialect &dialect, qint64 maxRecords = -1);
SourceAnalysis analyzeSourceFile(const QString &path, const CsvDialect &dialect, qint64 maxRecords = -1);

} // namespace cdp::csv
