#include "rcdptokenprovider.h"

#include "net/apiclient.h"
#include "net/logging.h"
#include "net/redact.h"
#include "net/tolerantjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>

#include <optional>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace cdp {

namespace {

std::optional<qint64> readSeconds(const QJsonValue &value)
{
    double v = 0;
    bool ok = false;
    if (value.isDouble()) {
        v = value.toDouble();
        ok = true;
    } else if (value.isString()) {
        v = value.toString().trimmed().toDouble(&ok);
    }
    if (ok && v > 0 && v < 1e9)
        return static_cast<qint64>(v);
    return std::nullopt;
}

QUrl appendPath(const QUrl &base, QStringView tail)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + tail, QUrl::TolerantMode);
    return url;
}

} // namespace

RcdpTokenProvider::RcdpTokenProvider(ApiClient *client, Config config, QObject *parent)
    : RenewingTokenProvider(parent)
    , m_client(client)
    , m_config(std::move(config))
{
    Redact::addSecret(m_config.oauthKeySecret);
    setRenewMargin(m_config.renewMargin);
}

RcdpTokenProvider::~RcdpTokenProvider()
{
    cancelWaiters(ApiError::make(ApiError::Kind::Cancelled,
                                 tr("The connection was closed before an access token arrived.")));
    Redact::removeSecret(m_config.oauthKeySecret);
}

void RcdpTokenProvider::setConfig(Config config)
{
    if (config.oauthKeySecret != m_config.oauthKeySecret) {
        Redact::removeSecret(m_config.oauthKeySecret);
        Redact::addSecret(config.oauthKeySecret);
    }
    m_config = std::move(config);
    setRenewMargin(m_config.renewMargin);
    resetToken();
}

QUrl RcdpTokenProvider::tokenUrl(const QUrl &baseUrl)
{
    return appendPath(baseUrl, u"/secureApi/token/profile/create");
}

QString RcdpTokenProvider::limiterKey() const
{
    return m_config.rateLimitKey.isEmpty() ? m_config.tenantHash.trimmed() + u"/token"_s : m_config.rateLimitKey;
}

RcdpTokenProvider::TokenResponse RcdpTokenProvider::parseTokenResponse(const QJsonDocument &document, ApiError *error)
{
    TokenResponse result;
    const QJsonObject outer = document.object();
    const QString status = outer.value(u"status"_s).toString().trimmed();
    if (document.isObject() && !status.isEmpty() && status.compare(u"OK"_s, Qt::CaseInsensitive) != 0) {
        const QString message = outer.value(u"message"_s).toString().trimmed();
        if (error) {
            *error = ApiError::make(ApiError::Kind::BadResponse,
                                    message.isEmpty() ? tr("The token service answered with status “%1”.").arg(status)
                                                      : tr("The token service refused: %1").arg(message));
        }
        return result;
    }
    QJsonObject object = outer;
    if (!object.contains(u"access_token"_s) && object.value(u"data"_s).isObject())
        object = object.value(u"data"_s).toObject();
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
    std::optional<qint64> life = readSeconds(object.value(u"expires_in"_s));
    if (!life)
        life = readSeconds(outer.value(u"expires_in"_s));
    if (life) {
        result.expiresIn = seconds(*life);
    } else {
        result.expiresIn = kDefaultLifetime;
        result.expiresInAssumed = true;
    }
    if (error)
        *error = ApiError();
    return result;
}

ApiError RcdpTokenProvider::validateConfig() const
{
    const QUrl &base = m_config.baseUrl;
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s))
        return ApiError::make(ApiError::Kind::Config,
                              tr("The CDP address of this connection is missing or not an http(s) address."));
    if (m_config.tenantHash.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::Config, tr("The tenant hash of this connection is missing."));
    if (!m_client)
        return ApiError::make(ApiError::Kind::Config, tr("No HTTP client is available for the token request."));
    return {};
}

void RcdpTokenProvider::abandonTokenRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_reply = nullptr;
}

void RcdpTokenProvider::fetchToken(quint64 generation)
{
    const ApiError configError = validateConfig();
    if (configError.isError()) {
        QMetaObject::invokeMethod(
            this, [this, generation, configError] { failTokenRequest(generation, configError); },
            Qt::QueuedConnection);
        return;
    }

    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = tokenUrl(m_config.baseUrl);
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("tenant_hash"), m_config.tenantHash.trimmed().toUtf8()}};
    if (!m_config.oauthKeySecret.isEmpty())
        request.headers.append({QByteArrayLiteral("oauth_key_secret"), m_config.oauthKeySecret.toUtf8()});
    request.contentType = QByteArrayLiteral("application/json");
    const QJsonObject body{{u"resource"_s, QJsonArray::fromStringList(m_config.resources)}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.idempotent = true;   // creating another token is harmless
    request.timeoutMs = m_config.timeoutMs;
    request.rateLimitKey = limiterKey();
    request.connectionName = m_config.connectionName;
    request.auth = nullptr;      // the token endpoint itself takes no access_token

    qCDebug(lcAuth).noquote() << "creating an RCDP access token at" << Redact::url(request.url);
    ApiReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        onTokenReply(reply->response(), generation);
    });
}

void RcdpTokenProvider::onTokenReply(const ApiResponse &response, quint64 generation)
{
    m_reply = nullptr;
    if (!response.ok()) {
        ApiError error = response.error;
        if (error.kind == ApiError::Kind::Unauthorized || response.httpStatus == 401 || response.httpStatus == 403) {
            error.kind = ApiError::Kind::Unauthorized;
            error.message = tr("The CDP rejected the tenant hash or OAuth key secret of this connection. Check them in the connection settings.");
        } else if (error.kind != ApiError::Kind::Cancelled) {
            const QString serverMessage = response.json.object().value(u"message"_s).toString().trimmed();
            error.message = serverMessage.isEmpty()
                    ? tr("No access token could be created. %1").arg(error.message)
                    : tr("No access token could be created: %1").arg(Redact::text(serverMessage));
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
        qCInfo(lcAuth) << "the RCDP token response has no usable expires_in; assuming" << kDefaultLifetime.count() << "s";
    qCInfo(lcAuth).noquote() << "RCDP access token created, valid for" << parsed.expiresIn.count() << "s";
    completeTokenRequest(generation, parsed.accessToken, milliseconds(parsed.expiresIn));
}

} // namespace cdp
