#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cdp::sandbox {

class SandboxDatabase;

// One entry of a behaviour list: when, in which session, and the list-specific fields
// (e.g. {"channel","itemId"} for viewedItems).
struct ProfileEvent
{
    qint64 timestampMs = 0;
    QString sessionId;
    QJsonObject payload;
};

// The top-level fields of a profile that are not behaviour lists.
struct ProfileUser
{
    QString userId;
    QString mostRecentRRUserGuid;
    qint64 timeOfFirstEventMs = 0;        // 0 = no event recorded yet
    QJsonObject batchAttributes;
};

// User Profile API data in SQLite: sites (API keys), profile_users, profile_linked_ids and
// profile_events (user, list name, timestamp, session, JSON payload). Like the vendor, each
// behaviour list keeps only its kListCap most recent entries; timeOfFirstEvent survives the cap.
class UserProfileStore
{
public:
    static constexpr int kListCap = 50;
    // The behaviour lists of a profile, in the order the vendor documents them.
    static const QStringList &eventLists();

    explicit UserProfileStore(SandboxDatabase *database);

    bool createSchema(QString *error = nullptr);

    bool addSite(const QString &apiKey, const QString &siteName);
    bool hasSite(const QString &apiKey) const;
    int userCount(const QString &apiKey) const;

    bool upsertUser(const QString &apiKey, const ProfileUser &user);
    bool addLinkedId(const QString &apiKey, const QString &userId, const QString &linkedId);
    // Appends entries to one list of an existing user, trims the list to its kListCap newest
    // entries and moves timeOfFirstEvent back when needed. Runs inside the caller's transaction.
    bool appendEvents(const QString &apiKey, const QString &userId, const QString &list,
                      const QList<ProfileEvent> &events);

    std::optional<ProfileUser> user(const QString &apiKey, const QString &userId) const;
    QStringList linkedIds(const QString &apiKey, const QString &userId) const;
    // Every list of the user, newest first, at most kListCap entries each.
    QHash<QString, QList<ProfileEvent>> events(const QString &apiKey, const QString &userId) const;

private:
    SandboxDatabase *m_database;
};

} // namespace cdp::sandbox
