#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

#include <optional>

namespace cdp::sandbox {

class SandboxDatabase;

struct CarmaImport
{
    QString id;                        // a UUID without braces
    qint64 customerId = 0;
    QString listId;
    QByteArray metadata;               // the JSON body of the creation request, as sent ("" = none)
    qint64 createdMs = 0;
    std::optional<qint64> batchId;     // set once data was uploaded
};

struct CarmaBatch
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString listId;
    QString importId;
    QString status;                    // PENDING, IN_PROGRESS, FINISHED, ERROR
    std::optional<qint64> startMs;     // set when processing starts
    std::optional<qint64> endMs;       // set on FINISHED / ERROR
    qint64 total = 0;                  // lines of the uploaded file
    qint64 processed = 0;
    qint64 affected = 0;               // rows appended to the list
    QString reason;                    // ERROR only

    bool isFinished() const;           // FINISHED or ERROR
};

// One purchase-history row as stored (seed 001 columns 0-2 plus the whole line).
struct CarmaRow
{
    qint64 batchId = 0;
    qint64 line = 0;                   // 1-based line of the uploaded file
    QString originalId;
    QString sku;
    QString itemPrice;
    QString raw;
};

// SQLite tables carma_imports, carma_batches and carma_rows (one table for every list, keyed by
// list id; rows are only ever appended, duplicates kept, as upstream).
class CarmaStore
{
public:
    explicit CarmaStore(SandboxDatabase *database);

    bool createSchema(QString *error = nullptr);
    // Batches left PENDING/IN_PROGRESS by an earlier run lost their in-memory body: ERROR.
    bool failInterruptedBatches(qint64 nowMs);

    bool addImport(const CarmaImport &import);
    std::optional<CarmaImport> import(const QString &id) const;
    QList<CarmaImport> imports(const QString &listId) const;

    // Creates the batch (id from nextBatchId) and links it to its import in one transaction.
    bool addBatch(const CarmaBatch &batch);
    bool updateBatch(const CarmaBatch &batch);
    std::optional<CarmaBatch> batch(qint64 id) const;
    std::optional<CarmaBatch> unfinishedBatch(qint64 customerId, const QString &listId) const;
    qint64 nextBatchId() const;        // 101111 (the seed's example) for the first batch

    bool appendRows(const QString &listId, qint64 batchId, qint64 firstLine, const QByteArrayList &lines);
    qint64 rowCount(const QString &listId) const;
    QList<CarmaRow> rows(const QString &listId, int limit) const;

private:
    SandboxDatabase *m_database;
};

} // namespace cdp::sandbox
