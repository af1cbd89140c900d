#include "tokenstore.h"

#include "sandboxdatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

constexpr int kTokenLength = 32;

// Compares secrets without an early exit, as a real gateway would.
bool equalSecrets(const QString &a, const QString &b)
{
    const QByteArray left = a.toUtf8();
    const QByteArray right = b.toUtf8();
    int difference = int(left.size() ^ right.size());
    for (qsizetype i = 0; i < qMin(left.size(), right.size()); ++i)
        difference |= left.at(i) ^ right.at(i);
    return difference == 0;
}

} // namespace

TokenStore::TokenStore(SandboxDatabase *database)
    : m_database(database)
{
}

bool TokenStore::createSchema(QString *error)
{
    return m_database->execute(
            {
                    u"CREATE TABLE IF NOT EXISTS oauth_clients ("
                    "  service TEXT NOT NULL,"
                    "  client_id TEXT NOT NULL,"
                    "  client_secret TEXT NOT NULL,"
                    "  api_key TEXT NOT NULL,"
                    "  PRIMARY KEY (service, client_id))"_s,
                    u"CREATE TABLE IF NOT EXISTS tokens ("
                    "  token TEXT PRIMARY KEY,"
                    "  service TEXT NOT NULL,"
                    "  client_id TEXT NOT NULL,"
                    "  api_key TEXT NOT NULL,"
                    "  issued_ms INTEGER NOT NULL,"
                    "  expires_ms INTEGER NOT NULL,"
                    "  revoked INTEGER NOT NULL DEFAULT 0)"_s,
            },
            error);
}

bool TokenStore::addClient(const OAuthClient &client)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT OR REPLACE INTO oauth_clients (service, client_id, client_secret, api_key) "
                  "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(client.service);
    query.addBindValue(client.clientId);
    query.addBindValue(client.clientSecret);
    query.addBindValue(client.apiKey);
    return SandboxDatabase::exec(query);
}

std::optional<OAuthClient> TokenStore::authenticate(const QString &service, const QString &clientId,
                                                    const QString &clientSecret) const
{
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT client_secret, api_key FROM oauth_clients WHERE service = ? AND client_id = ?"_s);
    query.addBindValue(service);
    query.addBindValue(clientId);
    if (!SandboxDatabase::exec(query) || !query.next())
        return std::nullopt;
    if (!equalSecrets(query.value(0).toString(), clientSecret))
        return std::nullopt;
    return OAuthClient{service, clientId, clientSecret, query.value(1).toString()};
}

QString TokenStore::randomToken()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QString token;
    token.reserve(kTokenLength);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < kTokenLength; ++i)
        token.append(QLatin1Char(alphabet[random->bounded(alphabetSize)]));
    return token;
}

QString TokenStore::issue(const OAuthClient &client, int ttlSeconds, qint64 nowMs)
{
    const QString token = randomToken();
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT INTO tokens (token, service, client_id, api_key, issued_ms, expires_ms) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(token);
    query.addBindValue(client.service);
    query.addBindValue(client.clientId);
    query.addBindValue(client.apiKey);
    query.addBindValue(nowMs);
    query.addBindValue(nowMs + qint64(ttlSeconds) * 1000);
    return SandboxDatabase::exec(query) ? token : QString();
}

TokenStore::Check TokenStore::check(const QString &service, const QString &token, qint64 nowMs) const
{
    Check result;
    if (token.isEmpty())
        return result;
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT client_id, api_key, expires_ms, revoked FROM tokens WHERE token = ? AND service = ?"_s);
    query.addBindValue(token);
    query.addBindValue(service);
    if (!SandboxDatabase::exec(query) || !query.next())
        return result;
    result.clientId = query.value(0).toString();
    result.apiKey = query.value(1).toString();
    if (query.value(3).toInt() != 0)
        result.status = Status::Revoked;
    else if (query.value(2).toLongLong() <= nowMs)
        result.status = Status::Expired;
    else
        result.status = Status::Valid;
    return result;
}

int TokenStore::revokeAll()
{
    QSqlQuery query(m_database->database());
    query.prepare(u"UPDATE tokens SET revoked = 1 WHERE revoked = 0"_s);
    if (!SandboxDatabase::exec(query))
        return 0;
    return query.numRowsAffected();
}

} // namespace cdp::sandbox
