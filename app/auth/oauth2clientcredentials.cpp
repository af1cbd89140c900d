#include "oauth2clientcredentials.h"

#include "net/apiclient.h"
#include "net/logging.h"
#include "net/redact.h"
#include "net/tolerantjson.h"

#include <QJsonObject>
#include <QMetaObject>

#include <optional>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace cdp {

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &param : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(param.first) + '=' + QUrl::toPercentEncoding(param.second);
    }
    return out;
}

// expires_in as a number, a numeric string ("28800", "28800.0"), else nullopt.
std::optional<qint64> readSeconds(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (v > 0 && v < 1e9)
            return static_cast<qint64>(v);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const double v = value.toString().trimmed().toDouble(&ok);
        if (ok && v > 0 && v < 1e9)
            return static_cast<qint64>(v);
    }
    return std::nullopt;
}

} // namespace

OAuth2ClientCredentials::OAuth2ClientCredentials(ApiClient *client, Config config, QObject *parent)
    : RenewingTokenProvider(parent)
    , m_client(client)
    , m_config(std::move(config))
{
    Redact::addSecret(m_config.clientSecret);
    setRenewMargin(m_config.renewMargin);
}

OAuth2ClientCredentials::~OAuth2ClientCredentials()
{
    cancelWaiters(ApiError::make(ApiError::Kind::Cancelled,
                                 tr("The connection was closed before an access token arrived.")));
    Redact::removeSecret(m_config.clientSecret);
}

void OAuth2ClientCredentials::setConfig(Config config)
{
    if (config.clientSecret != m_config.clientSecret) {
        Redact::removeSecret(m_config.clientSecret);
        Redact::addSecret(config.clientSecret);
    }
    m_config = std::move(config);
    setRenewMargin(m_config.renewMargin);
    resetToken();   // the answer to the old configuration no longer counts; waiters get the new one
}

OAuth2ClientCredentials::TokenResponse OAuth2ClientCredentials::parseTokenResponse(const QJsonDocument &document,
                                                                                   ApiError *error)
{
    TokenResponse result;
    QJsonObject object = document.object();
    if (!object.contains(u"access_token"_s) && object.value(u"data"_s).isObject())
        object = object.value(u"data"_s).toObject();   // {"status":"OK","data":{...}} wrappers
    const QString token = object.value(u"access_token"_s).toString().trimmed();
    if (!document.isObject() || token.isEmpty()) {
        if (error) {
            *error = ApiError::make(ApiError::Kind::BadResponse,
                                    tr("The token service answered without an access token."),
                                    document.isObject() ? tr("fields: %1").arg(object.keys().join(u", "_s))
                                                        : tr("the answer is not a JSON object"));
        }
        return result;
    }
    result.accessToken = token.toLatin1();
    result.tokenType = object.value(u"token_type"_s).toString();
    if (const std::optional<qint64> s = readSeconds(object.value(u"expires_in"_s))) {
        result.expiresIn = seconds(*s);
    } else {
        result.expiresIn = kDefaultLifetime;
        result.expiresInAssumed = true;
    }
    if (error)
        *error = ApiError();
    return result;
}

void OAuth2ClientCredentials::acceptToken(const QByteArray &token, seconds lifetime, const QDateTime &obtained)
{
    RenewingTokenProvider::acceptToken(token, lifetime.count() > 0 ? milliseconds(lifetime) : milliseconds(kDefaultLifetime),
                                       obtained);
}

ApiError OAuth2ClientCredentials::validateConfig() const
{
    const QString scheme = m_config.tokenUrl.scheme().toLower();
    if (!m_config.tokenUrl.isValid() || m_config.tokenUrl.host().isEmpty()
        || (scheme != u"http"_s && scheme != u"https"_s))
        return ApiError::make(ApiError::Kind::Config,
                              tr("The token URL of this connection is missing or not an http(s) address."));
    if (m_config.clientId.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::Config, tr("The client id of this connection is missing."));
    if (m_config.clientSecret.isEmpty())
        return ApiError::make(ApiError::Kind::Config,
                              tr("The client secret of this connection is missing. Enter it in the connection settings."));
    if (!m_client)
        return ApiError::make(ApiError::Kind::Config, tr("No HTTP client is available for the token request."));
    return {};
}

void OAuth2ClientCredentials::abandonTokenRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_reply = nullptr;
}

void OAuth2ClientCredentials::fetchToken(quint64 generation)
{
    const ApiError configError = validateConfig();
    if (configError.isError()) {
        QMetaObject::invokeMethod(
            this, [this, generation, configError] { failTokenRequest(generation, configError); },
            Qt::QueuedConnection);
        return;
    }

    const QList<QPair<QString, QString>> params{
        {u"grant_type"_s, u"client_credentials"_s},
        {u"client_id"_s, m_config.clientId},
        {u"client_secret"_s, m_config.clientSecret},
    };
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_config.tokenUrl;
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.idempotent = true;   // a client-credentials grant may safely be asked again
    request.rateLimitKey = m_config.rateLimitKey;
    request.connectionName = m_config.connectionName;
    request.auth = nullptr;      // the token endpoint itself takes no bearer token
    if (m_config.style == ParameterStyle::FormBody) {
        request.body = formEncode(params);
    } else {
        const QString existing = m_config.tokenUrl.query(QUrl::FullyEncoded);
        const QString query = (existing.isEmpty() ? QString() : existing + u'&') + QString::fromLatin1(formEncode(params));
        request.url.setQuery(query, QUrl::StrictMode);
    }

    qCDebug(lcAuth).noquote() << "requesting an access token from" << Redact::url(request.url);
    ApiReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        onTokenReply(reply->response(), generation);
    });
}

void OAuth2ClientCredentials::onTokenReply(const ApiResponse &response, quint64 generation)
{
    m_reply = nullptr;
    if (!response.ok()) {
        ApiError error = response.error;
        const QByteArray body = response.body.toLower();
        const bool rejected = error.kind == ApiError::Kind::Unauthorized
            || (response.httpStatus == 400
                && (body.contains("invalid_client") || body.contains("unauthorized_client")
                    || body.contains("invalid_grant")));
        if (rejected) {
            error.kind = ApiError::Kind::Unauthorized;
            error.message = tr("The token service rejected the client id or secret of this connection. Check them in the connection settings.");
        } else if (error.kind != ApiError::Kind::Cancelled) {
            error.message = tr("No access token could be obtained. %1").arg(error.message);
        }
        failTokenRequest(generation, error);
        return;
    }
    ApiError parseError;
    const QJsonDocument document = response.json.isNull() ? TolerantJson::parse(response.body).document : response.json;
    const TokenResponse parsed = parseTokenResponse(document, &parseError);
    if (parseError.isError()) {
        parseError.httpStatus = response.httpStatus;
        failTokenRequest(generation, parseError);
        return;
    }
    if (parsed.expiresInAssumed)
        qCInfo(lcAuth) << "the token response has no usable expires_in; assuming" << kDefaultLifetime.count() << "s";
    qCInfo(lcAuth).noquote() << "access token obtained for" << Redact::url(m_config.tokenUrl) << "valid for"
                             << parsed.expiresIn.count() << "s";
    completeTokenRequest(generation, parsed.accessToken, milliseconds(parsed.expiresIn));
}

} // namespace cdp
