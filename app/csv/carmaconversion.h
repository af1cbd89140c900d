#pragma once

#include "csv/carmarules.h"
#include "csv/carmavalues.h"
#include "csv/columnmapping.h"
#include "csv/csvreader.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace cdp::csv {

struct ConversionOptions
{
    QString outputPath;        // empty: <source dir>/<source base name>.carma.txt
    // true: rows with errors are left out (and listed); false: any row error fails the whole
    // conversion and nothing is written (the Carma import would fail on such a file anyway).
    bool validRowsOnly = true;
    QString rejectedRowsPath;  // when set: header (if any) + rejected source records, source dialect
    bool computeContentHash = true; // SHA-256 of the written file, for the import ledger
    qsizetype maxStoredProblems = 10000; // counts stay exact beyond it
    // Called on the calling thread about every 50 ms and once at the end (source bytes).
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

// A problem of one source row: where it is in the source, which Carma field, which rule.
struct ConversionProblem
{
    qint64 sourceLine = 0;   // 1-based physical line where the record starts
    QString sourceColumn;    // header name or "column N"; empty for constants/computed values
    int carmaColumn = -1;    // -1: the whole line
    QString field;           // Carma field name
    QString rule;            // a conversionrule id or a Carma rule id (ruleId())
    CarmaSeverity severity = CarmaSeverity::Error;
    QString value;           // at most 80 bytes of the value
    QString message;
};

struct ConversionResult
{
    enum class Outcome { Completed, Cancelled, Failed };

    Outcome outcome = Outcome::Completed;
    QString errorString;          // when Failed (or why nothing was written)
    qint64 rowsRead = 0;          // data records (header not counted)
    qint64 rowsWritten = 0;
    qint64 rowsRejected = 0;
    qint64 rowsWithWarnings = 0;  // written rows with Carma warnings
    qint64 bytesWritten = 0;
    QMap<QString, qint64> ruleCounts; // rule id -> problems (exact)
    QList<ConversionProblem> problems; // in source order, at most maxStoredProblems
    QList<MappingDecision> pendingDecisions; // when Failed because the operator must choose
    CarmaAmount totalValue;       // sum over written rows (Total price, else price × items, else price)
    QString outputPath;           // the written file; empty unless Completed
    QByteArray sha256;            // raw 32 bytes of the written file; empty unless computed

    bool isSuccess() const { return outcome == Outcome::Completed; }
};

// The headless entry point of the purchase import (wizard, CLI and tests): streams the source with
// CsvReader, maps and converts each record, checks every line with the validator's line checker and
// writes the Carma file (semicolon, no header, UTF-8, LF) atomically (QSaveFile). Refuses to start
// while the mapping has structural issues or open decisions (day/month order, decimal separator).
ConversionResult convertToCarma(const QString &sourcePath, const CsvDialect &dialect,
                                const ColumnMapping &mapping, const ConversionOptions &options = {});

} // namespace cdp::csv
