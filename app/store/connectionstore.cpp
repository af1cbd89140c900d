#include "connectionstore.h"

#include "net/logging.h"
#include "sqltext.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cdp {

namespace {

const QString kColumns = QStringLiteral("id, name, vendor, base_url, settings_json");

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

std::optional<ConnectionProfile> fromQuery(const QSqlQuery &query)
{
    ConnectionProfile profile;
    profile.id = query.value(0).toLongLong();
    profile.name = query.value(1).toString();
    if (!vendorFromKey(query.value(2).toString(), &profile.vendor)) {
        qCWarning(lcStore) << "Skipping connection" << profile.id << "of unknown vendor" << query.value(2).toString();
        return std::nullopt;
    }
    profile.baseUrl = query.value(3).toString();
    const QJsonDocument settings = QJsonDocument::fromJson(query.value(4).toString().toUtf8());
    profile.settings = settings.object().toVariantMap();
    // Belt and braces: a secret that reached an old file by other means is not handed out either.
    profile.stripSecretLookingSettings();
    return profile;
}

} // namespace

ConnectionStore::ConnectionStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<ConnectionProfile> ConnectionStore::list() const
{
    QList<ConnectionProfile> profiles;
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT ") + kColumns
                    + QStringLiteral(" FROM connections ORDER BY vendor, name"))) {
        qCWarning(lcStore) << "Listing connections failed:" << query.lastError().text();
        return profiles;
    }
    while (query.next()) {
        if (std::optional<ConnectionProfile> profile = fromQuery(query))
            profiles.append(*profile);
    }
    return profiles;
}

std::optional<ConnectionProfile> ConnectionStore::byName(const QString &name) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM connections WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromQuery(query);
}

std::optional<ConnectionProfile> ConnectionStore::byId(qint64 id) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM connections WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromQuery(query);
}

bool ConnectionStore::save(ConnectionProfile &profile, QString *error)
{
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty()) {
        setError(error, tr("A connection needs a name."));
        return false;
    }
    const QStringList stripped = profile.stripSecretLookingSettings();
    if (!stripped.isEmpty())
        qCWarning(lcStore) << "Not storing secret-looking settings of connection" << profile.name << ":" << stripped;

    const std::optional<ConnectionProfile> sameName = byName(profile.name);
    if (sameName && sameName->id != profile.id) {
        setError(error, tr("A connection named “%1” already exists.").arg(sameName->name));
        return false;
    }

    const QString settingsJson = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(profile.settings)).toJson(QJsonDocument::Compact));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_workspace.database());
    if (profile.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO connections (name, vendor, base_url, settings_json, created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(profile.name);
        query.addBindValue(vendorKey(profile.vendor));
        query.addBindValue(sqlText(profile.baseUrl));
        query.addBindValue(settingsJson);
        query.addBindValue(now);
        query.addBindValue(now);
    } else {
        query.prepare(QStringLiteral("UPDATE connections SET name = ?, vendor = ?, base_url = ?, settings_json = ?,"
                                     " updated_at = ? WHERE id = ?"));
        query.addBindValue(profile.name);
        query.addBindValue(vendorKey(profile.vendor));
        query.addBindValue(sqlText(profile.baseUrl));
        query.addBindValue(settingsJson);
        query.addBindValue(now);
        query.addBindValue(profile.id);
    }
    if (!query.exec()) {
        setError(error, tr("Saving the connection “%1” failed: %2").arg(profile.name, query.lastError().text()));
        return false;
    }
    if (profile.id == 0) {
        profile.id = query.lastInsertId().toLongLong();
    } else if (query.numRowsAffected() == 0) {
        setError(error, tr("The connection “%1” no longer exists.").arg(profile.name));
        return false;
    }
    return true;
}

bool ConnectionStore::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM connections WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, tr("Removing the connection failed: %1").arg(query.lastError().text()));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error, tr("The connection no longer exists."));
        return false;
    }
    return true;
}

} // namespace cdp
