#include "carmastore.h"

#include "sandboxdatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

constexpr qint64 kFirstBatchId = 101111;   // the seed's example batchId

// QSqlQuery binds a null QString as NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<qint64> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

const QString kBatchColumns =
        u"id, customer_id, list_id, import_id, status, start_ms, end_ms, total, processed, affected, reason"_s;

CarmaBatch batchFrom(const QSqlQuery &query)
{
    CarmaBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.customerId = query.value(1).toLongLong();
    batch.listId = query.value(2).toString();
    batch.importId = query.value(3).toString();
    batch.status = query.value(4).toString();
    batch.startMs = optionalFrom(query.value(5));
    batch.endMs = optionalFrom(query.value(6));
    batch.total = query.value(7).toLongLong();
    batch.processed = query.value(8).toLongLong();
    batch.affected = query.value(9).toLongLong();
    batch.reason = query.value(10).toString();
    return batch;
}

CarmaImport importFrom(const QSqlQuery &query)
{
    return CarmaImport{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toByteArray(), query.value(4).toLongLong(), optionalFrom(query.value(5))};
}

} // namespace

bool CarmaBatch::isFinished() const
{
    return status == u"FINISHED" || status == u"ERROR";
}

CarmaStore::CarmaStore(SandboxDatabase *database)
    : m_database(database)
{
}

bool CarmaStore::createSchema(QString *error)
{
    return m_database->execute(
            {
                    u"CREATE TABLE IF NOT EXISTS carma_imports ("
                    "  id TEXT PRIMARY KEY,"
                    "  customer_id INTEGER NOT NULL,"
                    "  list_id TEXT NOT NULL,"
                    "  metadata BLOB NOT NULL,"
                    "  created_ms INTEGER NOT NULL,"
                    "  batch_id INTEGER)"_s,
                    u"CREATE INDEX IF NOT EXISTS carma_imports_list ON carma_imports (list_id, created_ms)"_s,
                    u"CREATE TABLE IF NOT EXISTS carma_batches ("
                    "  id INTEGER PRIMARY KEY,"
                    "  customer_id INTEGER NOT NULL,"
                    "  list_id TEXT NOT NULL,"
                    "  import_id TEXT NOT NULL REFERENCES carma_imports(id),"
                    "  status TEXT NOT NULL,"
                    "  start_ms INTEGER,"
                    "  end_ms INTEGER,"
                    "  total INTEGER NOT NULL,"
                    "  processed INTEGER NOT NULL,"
                    "  affected INTEGER NOT NULL,"
                    "  reason TEXT NOT NULL DEFAULT '')"_s,
                    u"CREATE INDEX IF NOT EXISTS carma_batches_list ON carma_batches (customer_id, list_id, status)"_s,
                    u"CREATE TABLE IF NOT EXISTS carma_rows ("
                    "  list_id TEXT NOT NULL,"
                    "  batch_id INTEGER NOT NULL,"
                    "  line INTEGER NOT NULL,"
                    "  original_id TEXT NOT NULL,"
                    "  sku TEXT NOT NULL,"
                    "  item_price TEXT NOT NULL,"
                    "  raw TEXT NOT NULL)"_s,
                    u"CREATE INDEX IF NOT EXISTS carma_rows_list ON carma_rows (list_id, batch_id, line)"_s,
            },
            error);
}

bool CarmaStore::failInterruptedBatches(qint64 nowMs)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"UPDATE carma_batches SET status = 'ERROR', end_ms = ?, "
                  "reason = 'The sandbox restarted before the batch finished' "
                  "WHERE status IN ('PENDING', 'IN_PROGRESS')"_s);
    query.addBindValue(nowMs);
    return SandboxDatabase::exec(query);
}

bool CarmaStore::addImport(const CarmaImport &import)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT INTO carma_imports (id, customer_id, list_id, metadata, created_ms, batch_id) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(import.id);
    query.addBindValue(import.customerId);
    query.addBindValue(import.listId);
    query.addBindValue(import.metadata.isNull() ? QByteArray("") : import.metadata);
    query.addBindValue(import.createdMs);
    query.addBindValue(optionalValue(import.batchId));
    return SandboxDatabase::exec(query);
}

std::optional<CarmaImport> CarmaStore::import(const QString &id) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT id, customer_id, list_id, metadata, created_ms, batch_id FROM carma_imports "
                  "WHERE id = ?"_s);
    query.addBindValue(id);
    if (!SandboxDatabase::exec(query) || !query.next())
        return std::nullopt;
    return importFrom(query);
}

QList<CarmaImport> CarmaStore::imports(const QString &listId) const
{
    QList<CarmaImport> result;
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT id, customer_id, list_id, metadata, created_ms, batch_id FROM carma_imports "
                  "WHERE list_id = ? ORDER BY created_ms, rowid"_s);
    query.addBindValue(listId);
    if (!SandboxDatabase::exec(query))
        return result;
    while (query.next())
        result.append(importFrom(query));
    return result;
}

bool CarmaStore::addBatch(const CarmaBatch &batch)
{
    if (!m_database->transaction())
        return false;
    QSqlQuery insert(m_database->database());
    insert.prepare(u"INSERT INTO carma_batches (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kBatchColumns));
    for (const QVariant &value : {QVariant(batch.id), QVariant(batch.customerId), QVariant(batch.listId),
                                  QVariant(batch.importId), QVariant(batch.status), optionalValue(batch.startMs),
                                  optionalValue(batch.endMs), QVariant(batch.total), QVariant(batch.processed),
                                  QVariant(batch.affected), QVariant(text(batch.reason))}) {
        insert.addBindValue(value);
    }
    QSqlQuery link(m_database->database());
    link.prepare(u"UPDATE carma_imports SET batch_id = ? WHERE id = ? AND batch_id IS NULL"_s);
    link.addBindValue(batch.id);
    link.addBindValue(batch.importId);
    if (!SandboxDatabase::exec(insert) || !SandboxDatabase::exec(link) || link.numRowsAffected() != 1) {
        m_database->rollback();
        return false;
    }
    return m_database->commit();
}

bool CarmaStore::updateBatch(const CarmaBatch &batch)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"UPDATE carma_batches SET status = ?, start_ms = ?, end_ms = ?, total = ?, processed = ?, "
                  "affected = ?, reason = ? WHERE id = ?"_s);
    query.addBindValue(batch.status);
    query.addBindValue(optionalValue(batch.startMs));
    query.addBindValue(optionalValue(batch.endMs));
    query.addBindValue(batch.total);
    query.addBindValue(batch.processed);
    query.addBindValue(batch.affected);
    query.addBindValue(text(batch.reason));
    query.addBindValue(batch.id);
    return SandboxDatabase::exec(query);
}

std::optional<CarmaBatch> CarmaStore::batch(qint64 id) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT %1 FROM carma_batches WHERE id = ?"_s.arg(kBatchColumns));
    query.addBindValue(id);
    if (!SandboxDatabase::exec(query) || !query.next())
        return std::nullopt;
    return batchFrom(query);
}

std::optional<CarmaBatch> CarmaStore::unfinishedBatch(qint64 customerId, const QString &listId) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT %1 FROM carma_batches WHERE customer_id = ? AND list_id = ? "
                  "AND status IN ('PENDING', 'IN_PROGRESS') ORDER BY id LIMIT 1"_s.arg(kBatchColumns));
    query.addBindValue(customerId);
    query.addBindValue(listId);
    if (!SandboxDatabase::exec(query) || !query.next())
        return std::nullopt;
    return batchFrom(query);
}

qint64 CarmaStore::nextBatchId() const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT MAX(id) FROM carma_batches"_s);
    if (!SandboxDatabase::exec(query) || !query.next() || query.value(0).isNull())
        return kFirstBatchId;
    return query.value(0).toLongLong() + 1;
}

bool CarmaStore::appendRows(const QString &listId, qint64 batchId, qint64 firstLine, const QByteArrayList &lines)
{
    if (!m_database->transaction())
        return false;
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT INTO carma_rows (list_id, batch_id, line, original_id, sku, item_price, raw) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    qint64 line = firstLine;
    for (const QByteArray &bytes : lines) {
        const QString raw = QString::fromUtf8(bytes);
        const QStringList fields = raw.split(u';');
        query.addBindValue(listId);
        query.addBindValue(batchId);
        query.addBindValue(line++);
        query.addBindValue(text(fields.value(0)));
        query.addBindValue(text(fields.value(1)));
        query.addBindValue(text(fields.value(2)));
        query.addBindValue(text(raw));
        if (!SandboxDatabase::exec(query)) {
            m_database->rollback();
            return false;
        }
    }
    return m_database->commit();
}

qint64 CarmaStore::rowCount(const QString &listId) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT COUNT(*) FROM carma_rows WHERE list_id = ?"_s);
    query.addBindValue(listId);
    if (!SandboxDatabase::exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<CarmaRow> CarmaStore::rows(const QString &listId, int limit) const
{
    QList<CarmaRow> result;
    if (limit <= 0)
        return result;
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT batch_id, line, original_id, sku, item_price, raw FROM carma_rows WHERE list_id = ? "
                  "ORDER BY rowid LIMIT ?"_s);
    query.addBindValue(listId);
    query.addBindValue(limit);
    if (!SandboxDatabase::exec(query))
        return result;
    while (query.next()) {
        result.append(CarmaRow{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                               query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return result;
}

} // namespace cdp::sandbox
