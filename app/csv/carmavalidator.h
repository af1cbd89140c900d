#pragma once

#include "csv/carmaproblem.h"
#include "csv/carmarules.h"
#include "csv/carmaschema.h"
#include "csv/carmavalues.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace cdp::csv {

struct CarmaValidationOptions
{
    CarmaLayout layout = CarmaLayout::Seed;
    int threads = 2;                  // byte ranges validated in parallel (1 = sequential)
    qsizetype maxStoredProblems = 10000; // counts stay exact beyond it
    qsizetype maxLineBytes = 1 << 20;
    qsizetype blockBytes = 4 << 20;   // read() size per thread
    bool computeContentHash = true;   // SHA-256 of the bytes, for the import ledger
    QString rejectedRowsPath;         // when set: the invalid lines, in file order, LF-terminated
    // Called on the calling thread about every 50 ms and once at the end. With the content hash,
    // bytesTotal is twice the file size: the validation and the hash each read the file once.
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct CarmaValidationResult
{
    enum class Outcome { Completed, Cancelled, Failed };

    Outcome outcome = Outcome::Completed;
    QString errorString; // when Failed
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 validRows = 0;
    qint64 invalidRows = 0;
    qint64 rowsWithWarnings = 0;
    qint64 crlfLines = 0; // lines ending in CRLF (accepted)
    CarmaRuleCounts ruleCounts{};
    QList<CarmaProblem> problems; // in line order, at most maxStoredProblems
    CarmaAmount totalValue;       // sum over valid rows of Total price (or itemPrice × No of Items)
    QByteArray sha256;            // raw 32 bytes; empty when not computed or not completed

    qint64 count(CarmaRule rule) const { return ruleCounts[static_cast<std::size_t>(rule)]; }
    qint64 errorCount() const;
    qint64 warningCount() const;
    bool problemsTruncated() const { return errorCount() + warningCount() > problems.size(); }
    // Completed and without any error: the file can be uploaded as it is.
    bool isAcceptable() const { return outcome == Outcome::Completed && errorCount() == 0; }
};

// Validates a Carma purchase-history file against every rule of seed 001 (see carmarules.h).
// Streaming: memory stays flat (about threads × (blockBytes + maxLineBytes)); errors as values.
class CarmaValidator
{
public:
    static CarmaValidationResult validateFile(const QString &path, const CarmaValidationOptions &options = {});
    static CarmaValidationResult validateData(QByteArrayView data, const CarmaValidationOptions &options = {});
};

} // namespace cdp::csv
