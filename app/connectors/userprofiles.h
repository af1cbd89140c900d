#pragma once

#include "domain/userprofile.h"
#include "net/apierror.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace cdp {

class ApiClient;
class ApiReply;
class TokenProvider;

// Algonomy / RichRelevance User Profile API (seed 002): GET {base}/rruserprofile/api/v1/<apiKey>/<userId>
// with a bearer token. Speaks domain types only.
class UserProfiles : public QObject
{
    Q_OBJECT
public:
    struct Config {
        QUrl baseUrl;            // e.g. https://gateway.richrelevance.com/ (path prefix allowed)
        QString apiKey;          // the site's API key; also the rate-limit key
        QString connectionName;
        int timeoutMs = 30000;
    };

    UserProfiles(ApiClient *client, TokenProvider *tokens, Config config, QObject *parent = nullptr);

    const Config &config() const { return m_config; }
    QUrl profileUrl(const QString &userId) const;   // userId percent-encoded as one path segment

    using ProfileCallback = std::function<void(const cdp::UserProfile &profile, const cdp::ApiError &error)>;
    // Calls back exactly once while context lives. A 404 becomes ApiError::Kind::NotFound with an
    // operator message naming the user id. Returns the reply so the caller may abort() it; returns
    // nullptr when no request was sent (incomplete config or empty user id): the callback then
    // still runs once, queued, with an ApiError::Kind::Config.
    ApiReply *fetch(const QString &userId, QObject *context, ProfileCallback callback);

    // Parses a profile document (tolerant of the seed's defects); public for tests and tools.
    static UserProfile parse(const QJsonObject &object, ApiError *error = nullptr);

    // Token endpoint URL for a base URL: path "api/v1" (default) or the legacy "v1" variant.
    static QUrl defaultTokenUrl(const QUrl &baseUrl, bool legacyPath = false);

private:
    ApiClient *m_client;
    TokenProvider *m_tokens;
    Config m_config;
};

} // namespace cdp
