#include "importledger.h"

#include "net/logging.h"
#include "sqltext.h"
#include "workspace.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

struct StateName
{
    ImportState state;
    const char *key;
};

constexpr StateName kStates[] = {
    {ImportState::Journalled, "journalled"},
    {ImportState::CreatingImport, "creating-import"},
    {ImportState::Uploading, "uploading"},
    {ImportState::Polling, "polling"},
    {ImportState::Finished, "finished"},
    {ImportState::Failed, "failed"},
    {ImportState::Cancelled, "cancelled"},
    {ImportState::Unknown, "unknown"},
};

const QString kColumns = u"id, file_path, file_name, source_path, file_size, sha256, row_count, total_value,"
                         " connection_id, connection_name, base_url, customer_id, list_id, import_id, batch_id,"
                         " batch_status, processed, affected, total, batch_start, batch_end, state, error_text,"
                         " override_note, overridden_entry, poll_interval, created_at, updated_at, finished_at"_s;

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

ImportLedgerEntry fromQuery(const QSqlQuery &q)
{
    ImportLedgerEntry e;
    int i = 0;
    e.id = q.value(i++).toLongLong();
    e.filePath = q.value(i++).toString();
    e.fileName = q.value(i++).toString();
    e.sourcePath = q.value(i++).toString();
    e.fileSize = q.value(i++).toLongLong();
    e.sha256 = QByteArray::fromHex(q.value(i++).toString().toLatin1());
    e.rows = q.value(i++).toLongLong();
    e.totalValue = q.value(i++).toString();
    e.connectionId = q.value(i++).toLongLong();
    e.connectionName = q.value(i++).toString();
    e.baseUrl = q.value(i++).toString();
    e.customerId = q.value(i++).toString();
    e.listId = q.value(i++).toString();
    e.importId = q.value(i++).toString();
    e.batchId = q.value(i++).toString();
    e.batchStatus = q.value(i++).toString();
    e.processed = q.value(i++).toLongLong();
    e.affected = q.value(i++).toLongLong();
    e.total = q.value(i++).toLongLong();
    e.batchStartTime = fromMs(q.value(i++).toLongLong());
    e.batchEndTime = fromMs(q.value(i++).toLongLong());
    const QString state = q.value(i++).toString();
    if (!importStateFromKey(state, &e.state)) {
        qCWarning(lcStore) << "Import ledger entry" << e.id << "has the unknown state" << state;
        e.state = ImportState::Unknown;
    }
    e.errorText = q.value(i++).toString();
    e.overrideNote = q.value(i++).toString();
    e.overriddenEntryId = q.value(i++).toLongLong();
    e.pollIntervalSeconds = q.value(i++).toInt();
    e.createdAt = fromMs(q.value(i++).toLongLong());
    e.updatedAt = fromMs(q.value(i++).toLongLong());
    e.finishedAt = fromMs(q.value(i++).toLongLong());
    return e;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

QString importStateKey(ImportState state)
{
    for (const StateName &name : kStates) {
        if (name.state == state)
            return QString::fromLatin1(name.key);
    }
    return u"unknown"_s;
}

bool importStateFromKey(const QString &key, ImportState *state)
{
    for (const StateName &name : kStates) {
        if (key == QLatin1String(name.key)) {
            *state = name.state;
            return true;
        }
    }
    return false;
}

QString importStateDisplayName(ImportState state)
{
    switch (state) {
    case ImportState::Journalled: return ImportLedgerEntry::tr("Journalled");
    case ImportState::CreatingImport: return ImportLedgerEntry::tr("Creating import");
    case ImportState::Uploading: return ImportLedgerEntry::tr("Uploading");
    case ImportState::Polling: return ImportLedgerEntry::tr("Polling");
    case ImportState::Finished: return ImportLedgerEntry::tr("Finished");
    case ImportState::Failed: return ImportLedgerEntry::tr("Failed");
    case ImportState::Cancelled: return ImportLedgerEntry::tr("Cancelled");
    case ImportState::Unknown: return ImportLedgerEntry::tr("Outcome unknown");
    }
    return {};
}

bool isActiveImportState(ImportState state)
{
    switch (state) {
    case ImportState::Journalled:
    case ImportState::CreatingImport:
    case ImportState::Uploading:
    case ImportState::Polling:
        return true;
    default:
        return false;
    }
}

bool mayHaveImportedData(ImportState state)
{
    switch (state) {
    case ImportState::Uploading:
    case ImportState::Polling:
    case ImportState::Finished:
    case ImportState::Unknown:
        return true;
    default:
        return false;
    }
}

QString ImportLedgerEntry::sha256Hex() const
{
    return QString::fromLatin1(sha256.toHex());
}

QString ImportLedgerEntry::targetText() const
{
    return tr("%1 · customer %2 · list %3").arg(connectionName, customerId, listId);
}

QString ImportLedgerEntry::progressText() const
{
    if (total >= 0 && processed >= 0) {
        const QLocale locale;
        return tr("%1 of %2 rows processed (%3)")
            .arg(locale.toString(processed), locale.toString(total),
                 batchStatus.isEmpty() ? importStateDisplayName(state) : batchStatus);
    }
    return importStateDisplayName(state);
}

ImportLedger::ImportLedger(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool ImportLedger::save(ImportLedgerEntry &entry, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_workspace.database());
    const bool insert = entry.id == 0;
    if (insert) {
        q.prepare(u"INSERT INTO import_ledger (file_path, file_name, source_path, file_size, sha256, row_count,"
                  " total_value, connection_id, connection_name, base_url, customer_id, list_id, import_id, batch_id,"
                  " batch_status, processed, affected, total, batch_start, batch_end, state, error_text, override_note,"
                  " overridden_entry, poll_interval, created_at, updated_at, finished_at) VALUES"
                  " (:file_path, :file_name, :source_path, :file_size, :sha256, :row_count, :total_value,"
                  " :connection_id, :connection_name, :base_url, :customer_id, :list_id, :import_id, :batch_id,"
                  " :batch_status, :processed, :affected, :total, :batch_start, :batch_end, :state, :error_text,"
                  " :override_note, :overridden_entry, :poll_interval, :created_at, :updated_at, :finished_at)"_s);
    } else {
        q.prepare(u"UPDATE import_ledger SET file_path = :file_path, file_name = :file_name,"
                  " source_path = :source_path, file_size = :file_size, sha256 = :sha256, row_count = :row_count,"
                  " total_value = :total_value, connection_id = :connection_id, connection_name = :connection_name,"
                  " base_url = :base_url, customer_id = :customer_id, list_id = :list_id, import_id = :import_id,"
                  " batch_id = :batch_id, batch_status = :batch_status, processed = :processed,"
                  " affected = :affected, total = :total, batch_start = :batch_start, batch_end = :batch_end,"
                  " state = :state, error_text = :error_text, override_note = :override_note,"
                  " overridden_entry = :overridden_entry, poll_interval = :poll_interval,"
                  " created_at = :created_at, updated_at = :updated_at, finished_at = :finished_at"
                  " WHERE id = :id"_s);
        q.bindValue(u":id"_s, entry.id);
    }
    const QDateTime created = entry.createdAt.isValid() ? entry.createdAt : now;
    q.bindValue(u":file_path"_s, sqlText(entry.filePath));
    q.bindValue(u":file_name"_s, sqlText(entry.fileName));
    q.bindValue(u":source_path"_s, sqlText(entry.sourcePath));
    q.bindValue(u":file_size"_s, entry.fileSize);
    q.bindValue(u":sha256"_s, QString::fromLatin1(entry.sha256.toHex()));
    q.bindValue(u":row_count"_s, entry.rows);
    q.bindValue(u":total_value"_s, sqlText(entry.totalValue));
    q.bindValue(u":connection_id"_s, entry.connectionId);
    q.bindValue(u":connection_name"_s, sqlText(entry.connectionName));
    q.bindValue(u":base_url"_s, sqlText(entry.baseUrl));
    q.bindValue(u":customer_id"_s, sqlText(entry.customerId));
    q.bindValue(u":list_id"_s, sqlText(entry.listId));
    q.bindValue(u":import_id"_s, sqlText(entry.importId));
    q.bindValue(u":batch_id"_s, sqlText(entry.batchId));
    q.bindValue(u":batch_status"_s, sqlText(entry.batchStatus));
    q.bindValue(u":processed"_s, entry.processed);
    q.bindValue(u":affected"_s, entry.affected);
    q.bindValue(u":total"_s, entry.total);
    q.bindValue(u":batch_start"_s, toMs(entry.batchStartTime));
    q.bindValue(u":batch_end"_s, toMs(entry.batchEndTime));
    q.bindValue(u":state"_s, importStateKey(entry.state));
    q.bindValue(u":error_text"_s, sqlText(entry.errorText));
    q.bindValue(u":override_note"_s, sqlText(entry.overrideNote));
    q.bindValue(u":overridden_entry"_s, entry.overriddenEntryId);
    q.bindValue(u":poll_interval"_s, entry.pollIntervalSeconds);
    q.bindValue(u":created_at"_s, toMs(created));
    q.bindValue(u":updated_at"_s, toMs(now));
    q.bindValue(u":finished_at"_s, toMs(entry.finishedAt));
    if (!q.exec()) {
        qCWarning(lcStore) << "Saving import ledger entry failed:" << q.lastError().text();
        setError(error, tr("The import ledger in the workspace could not be written (%1). Nothing was sent.")
                            .arg(q.lastError().text()));
        return false;
    }
    if (insert)
        entry.id = q.lastInsertId().toLongLong();
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(toMs(created), Qt::UTC);
    entry.updatedAt = QDateTime::fromMSecsSinceEpoch(toMs(now), Qt::UTC);
    return true;
}

std::optional<ImportLedgerEntry> ImportLedger::entry(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kColumns + u" FROM import_ledger WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<ImportLedgerEntry> ImportLedger::entries(int limit) const
{
    QList<ImportLedgerEntry> list;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kColumns + u" FROM import_ledger ORDER BY id DESC LIMIT :limit"_s);
    q.bindValue(u":limit"_s, limit > 0 ? limit : 1000);
    if (!q.exec()) {
        qCWarning(lcStore) << "Listing the import ledger failed:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

QList<ImportLedgerEntry> ImportLedger::activeEntries() const
{
    QList<ImportLedgerEntry> list;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM import_ledger WHERE state IN ('journalled', 'creating-import', 'uploading',"
                " 'upload-unconfirmed', 'polling') ORDER BY id"_s);
    if (!q.exec()) {
        qCWarning(lcStore) << "Reading active imports failed:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

QList<ImportLedgerEntry> ImportLedger::sameContent(const QByteArray &sha256, const QString &baseUrl,
                                                   const QString &customerId, const QString &listId) const
{
    QList<ImportLedgerEntry> list;
    if (sha256.isEmpty())
        return list;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM import_ledger WHERE sha256 = :sha AND list_id = :list AND customer_id = :customer"
                " AND base_url = :base ORDER BY id DESC"_s);
    q.bindValue(u":sha"_s, QString::fromLatin1(sha256.toHex()));
    q.bindValue(u":list"_s, sqlText(listId.trimmed()));
    q.bindValue(u":customer"_s, sqlText(customerId.trimmed()));
    q.bindValue(u":base"_s, sqlText(baseUrl));
    if (!q.exec()) {
        qCWarning(lcStore) << "Reading the import ledger failed:" << q.lastError().text();
        return list;
    }
    while (q.next()) {
        ImportLedgerEntry e = fromQuery(q);
        if (mayHaveImportedData(e.state) || isActiveImportState(e.state))
            list.append(e);
    }
    return list;
}

bool ImportLedger::remove(qint64 id, QString *error)
{
    const std::optional<ImportLedgerEntry> e = entry(id);
    if (!e) {
        setError(error, tr("No import ledger entry %1 exists.").arg(id));
        return false;
    }
    if (isActiveImportState(e->state)) {
        setError(error, tr("An import that is still running cannot be removed from the ledger."));
        return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM import_ledger WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec()) {
        setError(error, tr("The import ledger entry could not be removed (%1).").arg(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace cdp
