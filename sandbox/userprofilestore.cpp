#include "userprofilestore.h"

#include "sandboxdatabase.h"
#include "sandboxlogging.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

const QStringList &UserProfileStore::eventLists()
{
    static const QStringList lists{
            u"viewedItems"_s,      u"clickedItems"_s,     u"orders"_s,          u"addedToCartItems"_s,
            u"searchedTerms"_s,    u"viewedCategories"_s, u"viewedBrands"_s,    u"referrerUrls"_s,
            u"userSegments"_s,     u"userAttributes"_s,   u"verbNouns"_s,       u"countedEvents"_s,
    };
    return lists;
}

UserProfileStore::UserProfileStore(SandboxDatabase *database)
    : m_database(database)
{
}

bool UserProfileStore::createSchema(QString *error)
{
    return m_database->execute(
            {
                    u"CREATE TABLE IF NOT EXISTS sites ("
                    "  api_key TEXT PRIMARY KEY,"
                    "  name TEXT NOT NULL)"_s,
                    u"CREATE TABLE IF NOT EXISTS profile_users ("
                    "  api_key TEXT NOT NULL REFERENCES sites(api_key) ON DELETE CASCADE,"
                    "  user_id TEXT NOT NULL,"
                    "  rr_user_guid TEXT NOT NULL DEFAULT '',"
                    "  time_of_first_event_ms INTEGER,"
                    "  batch_attributes TEXT NOT NULL DEFAULT '{}',"
                    "  PRIMARY KEY (api_key, user_id))"_s,
                    u"CREATE TABLE IF NOT EXISTS profile_linked_ids ("
                    "  api_key TEXT NOT NULL,"
                    "  user_id TEXT NOT NULL,"
                    "  linked_id TEXT NOT NULL,"
                    "  PRIMARY KEY (api_key, user_id, linked_id),"
                    "  FOREIGN KEY (api_key, user_id) REFERENCES profile_users(api_key, user_id) ON DELETE CASCADE)"_s,
                    u"CREATE TABLE IF NOT EXISTS profile_events ("
                    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    "  api_key TEXT NOT NULL,"
                    "  user_id TEXT NOT NULL,"
                    "  list_name TEXT NOT NULL,"
                    "  timestamp_ms INTEGER NOT NULL,"
                    "  session_id TEXT NOT NULL,"
                    "  payload TEXT NOT NULL,"
                    "  FOREIGN KEY (api_key, user_id) REFERENCES profile_users(api_key, user_id) ON DELETE CASCADE)"_s,
                    u"CREATE INDEX IF NOT EXISTS profile_events_by_list "
                    "ON profile_events (api_key, user_id, list_name, timestamp_ms DESC, id DESC)"_s,
            },
            error);
}

bool UserProfileStore::addSite(const QString &apiKey, const QString &siteName)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT INTO sites (api_key, name) VALUES (?, ?) "
                  "ON CONFLICT (api_key) DO UPDATE SET name = excluded.name"_s);
    query.addBindValue(apiKey);
    query.addBindValue(siteName);
    return SandboxDatabase::exec(query);
}

bool UserProfileStore::hasSite(const QString &apiKey) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT 1 FROM sites WHERE api_key = ?"_s);
    query.addBindValue(apiKey);
    return SandboxDatabase::exec(query) && query.next();
}

int UserProfileStore::userCount(const QString &apiKey) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT COUNT(*) FROM profile_users WHERE api_key = ?"_s);
    query.addBindValue(apiKey);
    if (!SandboxDatabase::exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool UserProfileStore::upsertUser(const QString &apiKey, const ProfileUser &user)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT INTO profile_users (api_key, user_id, rr_user_guid, time_of_first_event_ms, batch_attributes) "
                  "VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (api_key, user_id) DO UPDATE SET rr_user_guid = excluded.rr_user_guid, "
                  "batch_attributes = excluded.batch_attributes"_s);
    query.addBindValue(apiKey);
    query.addBindValue(user.userId);
    query.addBindValue(user.mostRecentRRUserGuid);
    query.addBindValue(user.timeOfFirstEventMs > 0 ? QVariant(user.timeOfFirstEventMs) : QVariant());
    query.addBindValue(toJsonText(user.batchAttributes));
    return SandboxDatabase::exec(query);
}

bool UserProfileStore::addLinkedId(const QString &apiKey, const QString &userId, const QString &linkedId)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT OR IGNORE INTO profile_linked_ids (api_key, user_id, linked_id) VALUES (?, ?, ?)"_s);
    query.addBindValue(apiKey);
    query.addBindValue(userId);
    query.addBindValue(linkedId);
    return SandboxDatabase::exec(query);
}

bool UserProfileStore::appendEvents(const QString &apiKey, const QString &userId, const QString &list,
                                    const QList<ProfileEvent> &events)
{
    if (events.isEmpty())
        return true;

    QSqlQuery insert(m_database->database());
    insert.prepare(u"INSERT INTO profile_events (api_key, user_id, list_name, timestamp_ms, session_id, payload) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    qint64 earliest = events.first().timestampMs;
    for (const ProfileEvent &event : events) {
        insert.bindValue(0, apiKey);
        insert.bindValue(1, userId);
        insert.bindValue(2, list);
        insert.bindValue(3, event.timestampMs);
        insert.bindValue(4, event.sessionId);
        insert.bindValue(5, toJsonText(event.payload));
        if (!SandboxDatabase::exec(insert))
            return false;
        earliest = qMin(earliest, event.timestampMs);
    }

    QSqlQuery trim(m_database->database());
    trim.prepare(u"DELETE FROM profile_events WHERE api_key = ? AND user_id = ? AND list_name = ? "
                 "AND id NOT IN (SELECT id FROM profile_events WHERE api_key = ? AND user_id = ? "
                 "AND list_name = ? ORDER BY timestamp_ms DESC, id DESC LIMIT ?)"_s);
    for (int round = 0; round < 2; ++round) {
        trim.addBindValue(apiKey);
        trim.addBindValue(userId);
        trim.addBindValue(list);
    }
    trim.addBindValue(kListCap);
    if (!SandboxDatabase::exec(trim))
        return false;

    QSqlQuery first(m_database->database());
    first.prepare(u"UPDATE profile_users SET time_of_first_event_ms = ? WHERE api_key = ? AND user_id = ? "
                  "AND (time_of_first_event_ms IS NULL OR time_of_first_event_ms > ?)"_s);
    first.addBindValue(earliest);
    first.addBindValue(apiKey);
    first.addBindValue(userId);
    first.addBindValue(earliest);
    return SandboxDatabase::exec(first);
}

std::optional<ProfileUser> UserProfileStore::user(const QString &apiKey, const QString &userId) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT rr_user_guid, time_of_first_event_ms, batch_attributes FROM profile_users "
                  "WHERE api_key = ? AND user_id = ?"_s);
    query.addBindValue(apiKey);
    query.addBindValue(userId);
    if (!SandboxDatabase::exec(query) || !query.next())
        return std::nullopt;
    ProfileUser user;
    user.userId = userId;
    user.mostRecentRRUserGuid = query.value(0).toString();
    user.timeOfFirstEventMs = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    user.batchAttributes = fromJsonText(query.value(2).toString());
    return user;
}

QStringList UserProfileStore::linkedIds(const QString &apiKey, const QString &userId) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT linked_id FROM profile_linked_ids WHERE api_key = ? AND user_id = ? ORDER BY linked_id"_s);
    query.addBindValue(apiKey);
    query.addBindValue(userId);
    QStringList ids;
    if (!SandboxDatabase::exec(query))
        return ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QHash<QString, QList<ProfileEvent>> UserProfileStore::events(const QString &apiKey, const QString &userId) const
{
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT list_name, timestamp_ms, session_id, payload FROM profile_events "
                  "WHERE api_key = ? AND user_id = ? ORDER BY list_name, timestamp_ms DESC, id DESC"_s);
    query.addBindValue(apiKey);
    query.addBindValue(userId);
    QHash<QString, QList<ProfileEvent>> lists;
    if (!SandboxDatabase::exec(query))
        return lists;
    while (query.next()) {
        QList<ProfileEvent> &list = lists[query.value(0).toString()];
        if (list.size() >= kListCap)
            continue;
        list.append(ProfileEvent{query.value(1).toLongLong(), query.value(2).toString(),
                                 fromJsonText(query.value(3).toString())});
    }
    return lists;
}

} // namespace cdp::sandbox
