#include "outbox.h"

#include "store/sqltext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

const QString kColumns = u"id, created_at, connection, event_type, external_order_id, key_value, body, state,"
                         " attempts, http_status, server_text, next_attempt_at, last_attempt_at, updated_at, batch_id"_s;

qint64 ms(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 value)
{
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}

OutboxEntry readEntry(const QSqlQuery &query)
{
    OutboxEntry e;
    e.id = query.value(0).toLongLong();
    e.createdAt = fromMs(query.value(1).toLongLong());
    e.connectionName = query.value(2).toString();
    e.eventTypeKey = query.value(3).toString();
    e.externalOrderId = query.value(4).toString();
    e.keyValue = query.value(5).toString();
    e.body = query.value(6).toByteArray();
    e.state = outboxStateFromKey(query.value(7).toString()).value_or(OutboxState::Unconfirmed);
    e.attempts = query.value(8).toInt();
    e.httpStatus = query.value(9).toInt();
    e.serverText = query.value(10).toString();
    e.nextAttemptAt = fromMs(query.value(11).toLongLong());
    e.lastAttemptAt = fromMs(query.value(12).toLongLong());
    e.updatedAt = fromMs(query.value(13).toLongLong());
    e.batchId = query.value(14).toString();
    return e;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString stateList(const QList<OutboxState> &states)
{
    QStringList keys;
    for (const OutboxState s : states)
        keys.append(u"'"_s + outboxStateKey(s) + u"'"_s);
    return keys.join(u',');
}

} // namespace

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return u"queued"_s;
    case OutboxState::Sending: return u"sending"_s;
    case OutboxState::Delivered: return u"delivered"_s;
    case OutboxState::Rejected: return u"rejected"_s;
    case OutboxState::FailedWillRetry: return u"failed"_s;
    case OutboxState::Unconfirmed: return u"unconfirmed"_s;
    case OutboxState::Discarded: return u"discarded"_s;
    }
    return {};
}

std::optional<OutboxState> outboxStateFromKey(const QString &key)
{
    for (const OutboxState s : {OutboxState::Queued, OutboxState::Sending, OutboxState::Delivered, OutboxState::Rejected,
                                OutboxState::FailedWillRetry, OutboxState::Unconfirmed, OutboxState::Discarded}) {
        if (outboxStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString outboxStateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return OutboxStore::tr("Queued");
    case OutboxState::Sending: return OutboxStore::tr("Sending");
    case OutboxState::Delivered: return OutboxStore::tr("Delivered");
    case OutboxState::Rejected: return OutboxStore::tr("Rejected");
    case OutboxState::FailedWillRetry: return OutboxStore::tr("Failed — will retry");
    case OutboxState::Unconfirmed: return OutboxStore::tr("Unconfirmed — check and decide");
    case OutboxState::Discarded: return OutboxStore::tr("Discarded");
    }
    return {};
}

bool isFinalOutboxState(OutboxState state)
{
    return state == OutboxState::Delivered || state == OutboxState::Rejected || state == OutboxState::Discarded;
}

OutboxStore::OutboxStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool OutboxStore::enqueue(OutboxEntry &entry, QString *error)
{
    QList<OutboxEntry> list{entry};
    if (!enqueue(list, error))
        return false;
    entry = list.constFirst();
    return true;
}

bool OutboxStore::enqueue(QList<OutboxEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    if (!m_db.transaction()) {
        setError(error, m_db.lastError().text());
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO event_outbox (created_at, connection, event_type, external_order_id, key_value, body,"
                  " state, updated_at, batch_id) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)"_s);
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const OutboxEntry &e : std::as_const(entries)) {
        query.bindValue(0, ms(now));
        query.bindValue(1, sqlText(e.connectionName));
        query.bindValue(2, sqlText(e.eventTypeKey));
        query.bindValue(3, sqlText(e.externalOrderId));
        query.bindValue(4, sqlText(e.keyValue));
        query.bindValue(5, e.body.isNull() ? QByteArray("") : e.body);
        query.bindValue(6, ms(now));
        query.bindValue(7, sqlText(e.batchId));
        if (!query.exec()) {
            setError(error, query.lastError().text());
            m_db.rollback();
            return false;
        }
        ids.append(query.lastInsertId().toLongLong());
    }
    if (!m_db.commit()) {
        setError(error, m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        OutboxEntry &e = entries[i];
        e.id = ids.at(i);
        e.createdAt = QDateTime::fromMSecsSinceEpoch(ms(now), Qt::UTC);
        e.updatedAt = e.createdAt;
        e.state = OutboxState::Queued;
        e.attempts = 0;
        e.httpStatus = 0;
        e.serverText.clear();
        e.nextAttemptAt = QDateTime();
        e.lastAttemptAt = QDateTime();
    }
    return true;
}

int OutboxStore::recoverInterrupted(QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE event_outbox SET state = 'unconfirmed', next_attempt_at = 0, updated_at = ?,"
                  " server_text = ? WHERE state = 'sending'"_s);
    query.addBindValue(ms(QDateTime::currentDateTimeUtc()));
    query.addBindValue(tr("The console stopped while this event was being sent; it may or may not have reached "
                          "eSputnik (v1/event cannot be asked). Check in eSputnik, then confirm it as delivered "
                          "or send it again."));
    if (!query.exec()) {
        setError(error, query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

QList<OutboxEntry> OutboxStore::due(const QDateTime &now, int limit, const QString &connectionName) const
{
    // Two index walks (state, next_attempt_at, id): queued entries (next_attempt_at = 0) and failed
    // ones whose retry time has come, each in id order; merged by id.
    // Per order, events go in order: an entry waits while an older one of the same order is
    // still on its way (queued, sending, failed or unconfirmed).
    const QString orderGuard = u" AND (e.external_order_id = '' OR NOT EXISTS (SELECT 1 FROM event_outbox o"
                               " WHERE o.external_order_id = e.external_order_id AND o.id < e.id"
                               " AND o.state IN ('queued', 'sending', 'failed', 'unconfirmed')))"_s;
    const QString connectionGuard = connectionName.isEmpty() ? QString() : u" AND (e.connection = ? OR e.connection = '')"_s;
    auto run = [&](const QString &where, bool bindNow) {
        QList<OutboxEntry> out;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT "_s + kColumns + u" FROM event_outbox e WHERE "_s + where + orderGuard + connectionGuard
                      + u" ORDER BY e.state, e.next_attempt_at, e.id LIMIT ?"_s);
        if (bindNow)
            query.addBindValue(ms(now));
        if (!connectionName.isEmpty())
            query.addBindValue(connectionName);
        query.addBindValue(std::max(0, limit));
        if (!query.exec())
            return out;
        while (query.next())
            out.append(readEntry(query));
        return out;
    };
    QList<OutboxEntry> out = run(u"e.state = 'queued' AND e.next_attempt_at = 0"_s, false);
    const QList<OutboxEntry> retries = run(u"e.state = 'failed' AND e.next_attempt_at > 0 AND e.next_attempt_at <= ?"_s, true);
    if (!retries.isEmpty()) {
        out += retries;
        std::sort(out.begin(), out.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
        if (out.size() > limit)
            out.resize(std::max(0, limit));
    }
    return out;
}

bool OutboxStore::commitBatch(const QList<Outcome> &outcomes, const QList<qint64> &toSend, QList<qint64> *marked,
                              QString *error)
{
    if (marked)
        marked->clear();
    if (outcomes.isEmpty() && toSend.isEmpty())
        return true;
    if (!m_db.transaction()) {
        setError(error, m_db.lastError().text());
        return false;
    }
    const qint64 now = ms(QDateTime::currentDateTimeUtc());
    QSqlQuery record(m_db);
    record.prepare(u"UPDATE event_outbox SET state = ?, http_status = ?, server_text = ?, next_attempt_at = ?,"
                   " updated_at = ? WHERE id = ? AND state = 'sending'"_s);
    for (const Outcome &o : outcomes) {
        record.bindValue(0, outboxStateKey(o.state));
        record.bindValue(1, o.httpStatus);
        record.bindValue(2, sqlText(o.state == OutboxState::Delivered ? QString() : o.text));
        record.bindValue(3, o.state == OutboxState::FailedWillRetry ? ms(o.nextAttemptAt) : 0);
        record.bindValue(4, now);
        record.bindValue(5, o.id);
        if (!record.exec()) {
            setError(error, record.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    QSqlQuery mark(m_db);
    mark.prepare(u"UPDATE event_outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ?,"
                 " next_attempt_at = 0, updated_at = ? WHERE id = ? AND state IN ('queued', 'failed')"_s);
    QList<qint64> done;
    for (const qint64 id : toSend) {
        mark.bindValue(0, now);
        mark.bindValue(1, now);
        mark.bindValue(2, id);
        if (!mark.exec()) {
            setError(error, mark.lastError().text());
            m_db.rollback();
            return false;
        }
        if (mark.numRowsAffected() == 1)
            done.append(id);
    }
    if (!m_db.commit()) {
        setError(error, m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    if (marked)
        *marked = done;
    return true;
}

QDateTime OutboxStore::nextRetryAt(const QString &connectionName) const
{
    QSqlQuery query(m_db);
    QString sql = u"SELECT MIN(next_attempt_at) FROM event_outbox WHERE state = 'failed' AND next_attempt_at > 0"_s;
    if (!connectionName.isEmpty())
        sql += u" AND connection = ?"_s;
    query.prepare(sql);
    if (!connectionName.isEmpty())
        query.addBindValue(connectionName);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return fromMs(query.value(0).toLongLong());
}

namespace {

bool transition(QSqlDatabase &db, qint64 id, const QString &fromStates, const QString &setSql,
                const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE event_outbox SET "_s + setSql + u", updated_at = ? WHERE id = ? AND state IN ("_s + fromStates + u")"_s);
    for (const QVariant &v : values)
        query.addBindValue(v);
    query.addBindValue(ms(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        setError(error, OutboxStore::tr("Event %1 is not in a state that allows this (it may have changed meanwhile).").arg(id));
        return false;
    }
    return true;
}

} // namespace

bool OutboxStore::markSending(qint64 id, QString *error)
{
    return transition(m_db, id, stateList({OutboxState::Queued, OutboxState::FailedWillRetry}),
                      u"state = 'sending', attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = 0"_s,
                      {ms(QDateTime::currentDateTimeUtc())}, error);
}

bool OutboxStore::markDelivered(qint64 id, int httpStatus, QString *error)
{
    return transition(m_db, id, stateList({OutboxState::Sending}),
                      u"state = 'delivered', http_status = ?, server_text = ''"_s, {httpStatus}, error);
}

bool OutboxStore::markRejected(qint64 id, int httpStatus, const QString &serverText, QString *error)
{
    return transition(m_db, id, stateList({OutboxState::Sending}),
                      u"state = 'rejected', http_status = ?, server_text = ?"_s, {httpStatus, sqlText(serverText)}, error);
}

bool OutboxStore::markFailed(qint64 id, int httpStatus, const QString &text, const QDateTime &nextAttemptAt, QString *error)
{
    return transition(m_db, id, stateList({OutboxState::Sending}),
                      u"state = 'failed', http_status = ?, server_text = ?, next_attempt_at = ?"_s,
                      {httpStatus, sqlText(text), ms(nextAttemptAt)}, error);
}

bool OutboxStore::markUnconfirmed(qint64 id, const QString &text, QString *error)
{
    return transition(m_db, id, stateList({OutboxState::Sending}), u"state = 'unconfirmed', server_text = ?, next_attempt_at = 0"_s,
                      {sqlText(text)}, error);
}

bool OutboxStore::retry(qint64 id, QString *error)
{
    return transition(m_db, id,
                      stateList({OutboxState::FailedWillRetry, OutboxState::Rejected, OutboxState::Unconfirmed}),
                      u"state = 'queued', next_attempt_at = 0"_s, {}, error);
}

bool OutboxStore::discard(qint64 id, QString *error)
{
    return transition(m_db, id,
                      stateList({OutboxState::Queued, OutboxState::FailedWillRetry, OutboxState::Rejected,
                                 OutboxState::Unconfirmed}),
                      u"state = 'discarded', next_attempt_at = 0"_s, {}, error);
}

int OutboxStore::discardQueued(const QString &batchId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE event_outbox SET state = 'discarded', updated_at = ? WHERE batch_id = ? AND state = 'queued'"_s);
    query.addBindValue(ms(QDateTime::currentDateTimeUtc()));
    query.addBindValue(batchId);
    if (batchId.isEmpty() || !query.exec()) {
        setError(error, batchId.isEmpty() ? tr("No bulk run given.") : query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

bool OutboxStore::confirmDelivered(qint64 id, QString *error)
{
    return transition(m_db, id, stateList({OutboxState::Unconfirmed}), u"state = 'delivered', server_text = ?"_s,
                      {tr("Confirmed as delivered by the operator.")}, error);
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kColumns + u" FROM event_outbox WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readEntry(query);
}

QList<OutboxEntry> OutboxStore::entries(const OutboxFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.states.isEmpty())
        where.append(u"state IN ("_s + stateList(filter.states) + u")"_s);
    if (!filter.eventTypeKey.isEmpty()) {
        where.append(u"event_type = ?"_s);
        values.append(filter.eventTypeKey);
    }
    if (!filter.externalOrderId.isEmpty()) {
        where.append(u"external_order_id = ?"_s);
        values.append(filter.externalOrderId);
    }
    if (!filter.batchId.isEmpty()) {
        where.append(u"batch_id = ?"_s);
        values.append(filter.batchId);
    }
    if (!filter.text.isEmpty()) {
        where.append(u"(instr(lower(external_order_id), lower(?)) > 0 OR instr(lower(key_value), lower(?)) > 0"
                     " OR instr(lower(event_type), lower(?)) > 0 OR instr(lower(server_text), lower(?)) > 0)"_s);
        for (int i = 0; i < 4; ++i)
            values.append(filter.text);
    }
    QString sql = u"SELECT "_s + kColumns + u" FROM event_outbox"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values.append(std::max(0, filter.limit));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    QList<OutboxEntry> out;
    if (!query.exec())
        return out;
    while (query.next())
        out.append(readEntry(query));
    return out;
}

QList<OutboxEntry> OutboxStore::entriesForOrder(const QString &externalOrderId) const
{
    QList<OutboxEntry> out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns + u" FROM event_outbox WHERE external_order_id = ? ORDER BY id"_s);
    query.addBindValue(externalOrderId);
    if (!query.exec())
        return out;
    while (query.next())
        out.append(readEntry(query));
    return out;
}

QStringList OutboxStore::externalOrderIds() const
{
    QStringList out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT external_order_id FROM event_outbox WHERE external_order_id <> ''"
                    " ORDER BY external_order_id"_s))
        return out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

OutboxCounts OutboxStore::counts(const QString &batchId) const
{
    OutboxCounts c;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (batchId.isEmpty()) {
        query.prepare(u"SELECT state, COUNT(*) FROM event_outbox GROUP BY state"_s);
    } else {
        query.prepare(u"SELECT state, COUNT(*) FROM event_outbox WHERE batch_id = ? GROUP BY state"_s);
        query.addBindValue(batchId);
    }
    if (!query.exec())
        return c;
    while (query.next()) {
        const qint64 n = query.value(1).toLongLong();
        switch (outboxStateFromKey(query.value(0).toString()).value_or(OutboxState::Unconfirmed)) {
        case OutboxState::Queued: c.queued += n; break;
        case OutboxState::Sending: c.sending += n; break;
        case OutboxState::Delivered: c.delivered += n; break;
        case OutboxState::Rejected: c.rejected += n; break;
        case OutboxState::FailedWillRetry: c.failed += n; break;
        case OutboxState::Unconfirmed: c.unconfirmed += n; break;
        case OutboxState::Discarded: c.discarded += n; break;
        }
    }
    return c;
}

} // namespace cdp
