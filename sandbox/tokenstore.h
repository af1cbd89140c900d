#pragma once

#include <QString>

#include <optional>

namespace cdp::sandbox {

class SandboxDatabase;

// An OAuth2 client-credentials client of one vendor service, bound to one API key (site).
struct OAuthClient
{
    QString service;
    QString clientId;
    QString clientSecret;
    QString apiKey;
};

// OAuth2 clients and the bearer tokens issued to them, in SQLite (tables oauth_clients, tokens).
class TokenStore
{
public:
    enum class Status { Valid, Unknown, Expired, Revoked };

    struct Check
    {
        Status status = Status::Unknown;
        QString clientId;
        QString apiKey;
    };

    explicit TokenStore(SandboxDatabase *database);

    bool createSchema(QString *error = nullptr);
    bool addClient(const OAuthClient &client);
    // The client when id and secret match a client of the service.
    std::optional<OAuthClient> authenticate(const QString &service, const QString &clientId,
                                            const QString &clientSecret) const;

    // A new random 32-character token valid for ttlSeconds from nowMs; empty on a database error.
    QString issue(const OAuthClient &client, int ttlSeconds, qint64 nowMs);
    Check check(const QString &service, const QString &token, qint64 nowMs) const;
    int revokeAll();

    static QString randomToken();

private:
    SandboxDatabase *m_database;
};

} // namespace cdp::sandbox
