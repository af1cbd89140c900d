#include "userprofiles.h"

#include "auth/tokenprovider.h"
#include "net/apiclient.h"

#include <QStringList>

namespace cdp {

namespace {

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// base + "/" + the already-encoded segments; the base keeps its own path prefix, loses its
// query and fragment, and any number of trailing slashes.
QUrl appendPath(const QUrl &base, const QStringList &encodedSegments)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QString &s : encodedSegments)
        path += QLatin1Char('/') + s;
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

ApiError checkConfig(const UserProfiles::Config &config, const QString &userId)
{
    const QUrl &base = config.baseUrl;
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        return ApiError::make(ApiError::Kind::Config,
                              UserProfiles::tr("The connection “%1” has no valid base URL; set one such as "
                                 "https://gateway.richrelevance.com/ in Connections.")
                                  .arg(config.connectionName));
    }
    if (config.apiKey.trimmed().isEmpty()) {
        return ApiError::make(ApiError::Kind::Config,
                              UserProfiles::tr("The connection “%1” has no API key; add the site's API key in Connections.")
                                  .arg(config.connectionName));
    }
    if (userId.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::Config, UserProfiles::tr("Enter a user id to look up."));
    return ApiError();
}

// The response of one profile fetch as a profile or an error (never both).
ApiError interpret(const ApiResponse &response, const QString &userId, UserProfile *profile)
{
    if (!response.ok()) {
        if (response.error.kind == ApiError::Kind::NotFound || response.httpStatus == 404) {
            return ApiError::make(ApiError::Kind::NotFound,
                                  UserProfiles::tr("No profile exists for user id “%1”. Check the id and that the "
                                     "connection's API key belongs to the right site.")
                                      .arg(userId),
                                  response.error.detail, response.httpStatus);
        }
        return response.error;
    }
    if (!response.json.isObject()) {
        const QString what = response.json.isArray() ? UserProfiles::tr("a JSON array")
                             : response.body.trimmed().isEmpty() ? UserProfiles::tr("an empty body")
                                                                 : UserProfiles::tr("something that is not a JSON object");
        return ApiError::make(ApiError::Kind::BadResponse,
                              UserProfiles::tr("The profile service answered with %1 instead of a profile.").arg(what),
                              QString(), response.httpStatus);
    }
    ApiError error;
    *profile = UserProfiles::parse(response.json.object(), &error);
    if (error) {
        error.httpStatus = response.httpStatus;
        *profile = UserProfile();
        return error;
    }
    profile->fetchedAt = QDateTime::currentDateTimeUtc();
    return ApiError();
}

} // namespace

UserProfiles::UserProfiles(ApiClient *client, TokenProvider *tokens, Config config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_config(std::move(config))
{
}

QUrl UserProfiles::profileUrl(const QString &userId) const
{
    return appendPath(m_config.baseUrl,
                      {QStringLiteral("rruserprofile"), QStringLiteral("api"), QStringLiteral("v1"),
                       segment(m_config.apiKey.trimmed()), segment(userId)});
}

ApiReply *UserProfiles::fetch(const QString &userId, QObject *context, ProfileCallback callback)
{
    const ApiError configError = checkConfig(m_config, userId);
    if (configError) {
        QMetaObject::invokeMethod(
            context, [callback, configError] { callback(UserProfile(), configError); }, Qt::QueuedConnection);
        return nullptr;
    }

    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = profileUrl(userId);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.timeoutMs = m_config.timeoutMs;
    request.rateLimitKey = m_config.apiKey.trimmed();
    request.auth = m_tokens;
    request.connectionName = m_config.connectionName;

    ApiReply *reply = m_client->send(request);
    connect(reply, &ApiReply::finished, context, [reply, userId, callback] {
        UserProfile profile;
        const ApiError error = interpret(reply->response(), userId, &profile);
        callback(profile, error);
    });
    return reply;
}

QUrl UserProfiles::defaultTokenUrl(const QUrl &baseUrl, bool legacyPath)
{
    QStringList segments = {QStringLiteral("rruserprofile")};
    if (!legacyPath)
        segments.append(QStringLiteral("api"));
    segments << QStringLiteral("v1") << QStringLiteral("oauth2") << QStringLiteral("token");
    return appendPath(baseUrl, segments);
}

} // namespace cdp
