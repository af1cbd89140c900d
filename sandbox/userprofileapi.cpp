#include "userprofileapi.h"

#include "httprouter.h"
#include "ratelimiter.h"
#include "sandboxstats.h"
#include "tokenstore.h"
#include "userprofilejson.h"
#include "userprofilestore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

const HttpHeaders kBearerChallenge{
        {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"rruserprofile\"")}};

struct TokenParameters
{
    QString grantType;
    QString clientId;
    QString clientSecret;
};

QString formValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// Query string first, then the body (form or JSON object) overrides what it carries.
TokenParameters tokenParameters(const HttpExchange &exchange)
{
    TokenParameters parameters;
    auto take = [&parameters](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        if (key == u"grant_type")
            parameters.grantType = value;
        else if (key == u"client_id")
            parameters.clientId = value;
        else if (key == u"client_secret")
            parameters.clientSecret = value;
    };
    const QStringList keys{u"grant_type"_s, u"client_id"_s, u"client_secret"_s};

    const QUrlQuery query = exchange.query();
    for (const QString &key : keys)
        take(key, formValue(query, key));

    const QByteArray body = exchange.body().trimmed();
    if (body.isEmpty())
        return parameters;
    const QByteArray contentType = exchange.header(QByteArrayLiteral("Content-Type")).toLower();
    if (contentType.startsWith("application/json")) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (const QString &key : keys)
            take(key, object.value(key).toString());
    } else {
        // application/x-www-form-urlencoded (curl -d): '+' stands for a space.
        QByteArray form = body;
        form.replace('+', "%20");
        const QUrlQuery formQuery(QString::fromUtf8(form));
        for (const QString &key : keys)
            take(key, formValue(formQuery, key));
    }
    return parameters;
}

QString bearerToken(const HttpExchange &exchange)
{
    const QByteArray value = exchange.header(QByteArrayLiteral("Authorization"));
    const QByteArray scheme = QByteArrayLiteral("bearer");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    const char separator = value.at(scheme.size());
    if (separator != ' ' && separator != '\t')
        return {};
    return QString::fromUtf8(value.mid(scheme.size()).trimmed());
}

} // namespace

UserProfileApi::UserProfileApi(UserProfileStore *profiles, TokenStore *tokens, RateLimiter *rateLimiter,
                               SandboxStats *stats, int tokenTtlSeconds)
    : m_profiles(profiles)
    , m_tokens(tokens)
    , m_rateLimiter(rateLimiter)
    , m_stats(stats)
    , m_tokenTtlSeconds(tokenTtlSeconds)
{
}

QString UserProfileApi::name() const
{
    return QString::fromUtf16(kService);
}

QStringList UserProfileApi::tokenPaths()
{
    return {u"/rruserprofile/api/v1/oauth2/token"_s, u"/rruserprofile/v1/oauth2/token"_s};
}

QString UserProfileApi::profilePathTemplate()
{
    return u"/rruserprofile/api/v1/{apiKey}/{userId}"_s;
}

void UserProfileApi::registerRoutes(HttpRouter &router)
{
    const QStringList paths = tokenPaths();
    for (const QString &path : paths) {
        router.add(QByteArrayLiteral("POST"), path, RouteKind::Api,
                   [this](HttpExchange exchange, const QStringList &) { issueToken(exchange); });
    }
    router.add(QByteArrayLiteral("GET"), u"/rruserprofile/api/v1/{}/{}"_s, RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &params) {
                   serveProfile(exchange, params.at(0), params.at(1));
               });
}

bool UserProfileApi::admit(HttpExchange &exchange, const QString &bucket)
{
    const qint64 waitMs = m_rateLimiter->acquire(bucket);
    if (waitMs == 0)
        return true;
    const qint64 retryAfter = RateLimiter::retryAfterSeconds(waitMs);
    exchange.respondJson(429,
                         QJsonObject{{u"error"_s, u"too_many_requests"_s},
                                     {u"error_description"_s,
                                      u"Rate limit of %1 requests per %2 ms exceeded"_s
                                              .arg(m_rateLimiter->limit())
                                              .arg(m_rateLimiter->windowMs())},
                                     {u"status"_s, 429},
                                     {u"retryAfterSeconds"_s, retryAfter}},
                         {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)}});
    return false;
}

void UserProfileApi::issueToken(HttpExchange &exchange)
{
    const TokenParameters parameters = tokenParameters(exchange);
    const QString bucket = u"token:"_s + (parameters.clientId.isEmpty()
                                                  ? exchange.remoteAddress().toString()
                                                  : parameters.clientId);
    if (!admit(exchange, bucket))
        return;

    if (parameters.grantType.isEmpty()) {
        exchange.respondError(400, u"invalid_request"_s, u"grant_type is required"_s);
        return;
    }
    if (parameters.grantType != u"client_credentials") {
        exchange.respondError(400, u"unsupported_grant_type"_s, u"Only client_credentials is supported"_s);
        return;
    }
    const std::optional<OAuthClient> client = m_tokens->authenticate(
            name(), parameters.clientId, parameters.clientSecret);
    if (!client) {
        exchange.respondError(401, u"invalid_client"_s, u"Client authentication failed"_s);
        return;
    }
    const QString token = m_tokens->issue(*client, m_tokenTtlSeconds, QDateTime::currentMSecsSinceEpoch());
    if (token.isEmpty()) {
        exchange.respondError(500, u"server_error"_s, u"Could not store the token"_s);
        return;
    }
    ++m_stats->tokensIssued;
    exchange.respondJson(200,
                         QJsonObject{{u"token_type"_s, u"bearer"_s},
                                     {u"access_token"_s, token},
                                     {u"expires_in"_s, m_tokenTtlSeconds}},
                         {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                          {QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")}});
}

void UserProfileApi::serveProfile(HttpExchange &exchange, const QString &apiKey, const QString &userId)
{
    if (!admit(exchange, u"apiKey:"_s + apiKey))
        return;

    const QString token = bearerToken(exchange);
    if (token.isEmpty()) {
        exchange.respondError(401, u"invalid_token"_s, u"Missing bearer token"_s, kBearerChallenge);
        return;
    }
    const TokenStore::Check check = m_tokens->check(name(), token, QDateTime::currentMSecsSinceEpoch());
    switch (check.status) {
    case TokenStore::Status::Valid:
        break;
    case TokenStore::Status::Unknown:
        exchange.respondError(401, u"invalid_token"_s, u"Unknown bearer token"_s, kBearerChallenge);
        return;
    case TokenStore::Status::Expired:
        exchange.respondError(401, u"invalid_token"_s, u"The bearer token has expired"_s, kBearerChallenge);
        return;
    case TokenStore::Status::Revoked:
        exchange.respondError(401, u"invalid_token"_s, u"The bearer token has been revoked"_s, kBearerChallenge);
        return;
    }

    if (!m_profiles->hasSite(apiKey) || check.apiKey != apiKey) {
        exchange.respondError(403, u"forbidden"_s, u"The token does not grant access to this API key"_s);
        return;
    }

    const std::optional<ProfileUser> user = m_profiles->user(apiKey, userId);
    if (!user) {
        exchange.respondError(404, u"not_found"_s, u"No profile for this user id"_s);
        return;
    }
    ++m_stats->profilesServed;
    exchange.respondJson(200, UserProfileJson::profile(*user, m_profiles->linkedIds(apiKey, userId),
                                                       m_profiles->events(apiKey, userId)));
}

} // namespace cdp::sandbox
