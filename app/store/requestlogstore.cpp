#include "requestlogstore.h"

#include "net/redact.h"
#include "net/logging.h"
#include "sqltext.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace cdp {

RequestLogStore::RequestLogStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool RequestLogStore::append(RequestLogEntry &entry)
{
    // The entry should arrive redacted; redaction is applied again so that nothing a caller
    // forgot can reach the file.
    entry.url = Redact::url(QUrl(entry.url));
    entry.outcome = Redact::text(entry.outcome);
    entry.message = Redact::text(entry.message);
    entry.connection = Redact::text(entry.connection);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();

    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("INSERT INTO request_log (time_utc, connection, method, url, http_status,"
                                 " duration_ms, attempt, bytes, outcome, message)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.time.toMSecsSinceEpoch());
    query.addBindValue(sqlText(entry.connection));
    query.addBindValue(sqlText(QString::fromLatin1(entry.method)));
    query.addBindValue(sqlText(entry.url));
    query.addBindValue(entry.httpStatus);
    query.addBindValue(entry.durationMs);
    query.addBindValue(entry.attempt);
    query.addBindValue(entry.bytesReceived);
    query.addBindValue(sqlText(entry.outcome));
    query.addBindValue(sqlText(entry.message));
    if (!query.exec()) {
        qCWarning(lcStore) << "Appending to the request log failed:" << query.lastError().text();
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    return true;
}

QList<RequestLogEntry> RequestLogStore::recent(int limit) const
{
    QList<RequestLogEntry> entries;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, time_utc, connection, method, url, http_status, duration_ms,"
                                 " attempt, bytes, outcome, message FROM request_log"
                                 " ORDER BY time_utc DESC, id DESC LIMIT ?"));
    query.addBindValue(qMax(0, limit));
    if (!query.exec()) {
        qCWarning(lcStore) << "Reading the request log failed:" << query.lastError().text();
        return entries;
    }
    while (query.next()) {
        RequestLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        entry.connection = query.value(2).toString();
        entry.method = query.value(3).toString().toLatin1();
        entry.url = query.value(4).toString();
        entry.httpStatus = query.value(5).toInt();
        entry.durationMs = query.value(6).toLongLong();
        entry.attempt = query.value(7).toInt();
        entry.bytesReceived = query.value(8).toLongLong();
        entry.outcome = query.value(9).toString();
        entry.message = query.value(10).toString();
        entries.append(entry);
    }
    return entries;
}

int RequestLogStore::count() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM request_log")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool RequestLogStore::clear()
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("DELETE FROM request_log"))) {
        qCWarning(lcStore) << "Clearing the request log failed:" << query.lastError().text();
        return false;
    }
    return true;
}

bool RequestLogStore::prune(int keepNewest)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM request_log WHERE id IN (SELECT id FROM request_log"
                                 " ORDER BY time_utc DESC, id DESC LIMIT -1 OFFSET ?)"));
    query.addBindValue(qMax(0, keepNewest));
    if (!query.exec()) {
        qCWarning(lcStore) << "Pruning the request log failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace cdp
