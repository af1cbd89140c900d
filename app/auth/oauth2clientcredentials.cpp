#include "oauth2clientcredentials.h"

#include "net/apiclient.h"
#include "net/logging.h"
#include "net/redact.h"
#include "net/tolerantjson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaObject>

#include <algorithm>
#include <limits>

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

struct OAuth2ClientCredentials::Waiter
{
    QPointer<QObject> context;
    bool hadContext = false;
    TokenCallback callback;
};

OAuth2ClientCredentials::OAuth2ClientCredentials(ApiClient *client, Config config, QObject *parent)
    : TokenProvider(parent)
    , m_client(client)
    , m_config(std::move(config))
{
    Redact::addSecret(m_config.clientSecret);
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &OAuth2ClientCredentials::onRenewTimer);
}

OAuth2ClientCredentials::~OAuth2ClientCredentials()
{
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (!m_token.isEmpty())
        Redact::removeSecret(QString::fromLatin1(m_token));
    completeWaiters({}, ApiError::make(ApiError::Kind::Cancelled,
                                       tr("The connection was closed before an access token arrived.")));
}

void OAuth2ClientCredentials::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime OAuth2ClientCredentials::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void OAuth2ClientCredentials::setConfig(Config config)
{
    if (config.clientSecret != m_config.clientSecret) {
        Redact::removeSecret(m_config.clientSecret);
        Redact::addSecret(config.clientSecret);
    }
    m_config = std::move(config);
    const bool hadToken = !m_token.isEmpty();
    if (hadToken)
        Redact::removeSecret(QString::fromLatin1(m_token));
    m_token.clear();
    m_expires = {};
    m_renewAt = {};
    m_obtained = {};
    m_renewTimer.stop();
    if (m_inFlight) {
        // The answer to the old configuration no longer counts; waiters get the new one.
        ++m_generation;
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply = nullptr;
        }
        m_inFlight = false;
        if (!m_waiters.isEmpty())
            startTokenRequest();
    }
    if (hadToken)
        Q_EMIT tokenChanged();
}

QByteArray OAuth2ClientCredentials::currentToken() const
{
    if (m_token.isEmpty() || !m_renewAt.isValid())
        return {};
    const QDateTime t = now();
    if (t >= m_renewAt)
        return {};
    m_lastUse = t;
    return m_token;
}

void OAuth2ClientCredentials::requestToken(QObject *context, TokenCallback callback)
{
    const QByteArray token = currentToken();
    if (!token.isEmpty()) {
        // Always asynchronous, so that callers see the same order whether a token exists or not.
        QMetaObject::invokeMethod(
            context ? context : this,
            [token, callback = std::move(callback)] {
                if (callback)
                    callback(token, ApiError());
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.append(new Waiter{QPointer<QObject>(context), context != nullptr, std::move(callback)});
    if (!m_inFlight)
        startTokenRequest();
}

void OAuth2ClientCredentials::invalidate(const QByteArray &rejectedToken)
{
    if (m_token.isEmpty() || rejectedToken != m_token)
        return;   // already replaced: the rejection was about an older token
    qCInfo(lcAuth) << "the server rejected the current token; it will be renewed";
    Redact::removeSecret(QString::fromLatin1(m_token));
    m_token.clear();
    m_expires = {};
    m_renewAt = {};
    m_renewTimer.stop();
    Q_EMIT tokenChanged();
}

QDateTime OAuth2ClientCredentials::expiresAt() const
{
    return m_token.isEmpty() ? QDateTime() : m_expires;
}

milliseconds OAuth2ClientCredentials::effectiveMargin(milliseconds lifetime, milliseconds margin)
{
    if (lifetime.count() <= 0)
        return milliseconds(0);
    milliseconds effective = margin;
    if (margin.count() < 0)
        effective = std::min<milliseconds>(lifetime / 10, std::chrono::minutes(5));
    return std::min(effective, lifetime / 2);
}

QDateTime OAuth2ClientCredentials::renewalTime(const QDateTime &obtained, milliseconds lifetime, milliseconds margin)
{
    if (!obtained.isValid())
        return {};
    return obtained.addMSecs((lifetime - effectiveMargin(lifetime, margin)).count());
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
    if (!m_token.isEmpty())
        Redact::removeSecret(QString::fromLatin1(m_token));
    m_token = token;
    Redact::addSecret(QString::fromLatin1(m_token));
    m_obtained = obtained.isValid() ? obtained : now();
    const milliseconds life = lifetime.count() > 0 ? milliseconds(lifetime) : milliseconds(kDefaultLifetime);
    m_expires = m_obtained.addMSecs(life.count());
    m_renewAt = renewalTime(m_obtained, life, m_config.renewMargin);
    m_lastUse = {};
    armRenewTimer();
    qCInfo(lcAuth).noquote() << "access token obtained for" << Redact::url(m_config.tokenUrl) << "valid for"
                             << life.count() / 1000 << "s";
    Q_EMIT tokenChanged();
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

void OAuth2ClientCredentials::startTokenRequest()
{
    m_inFlight = true;
    ++m_tokenRequests;
    const quint64 generation = ++m_generation;

    const ApiError configError = validateConfig();
    if (configError.isError()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, configError] {
                if (generation == m_generation)
                    failTokenRequest(configError);
            },
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

    m_requestStarted = now();
    qCDebug(lcAuth).noquote() << "requesting an access token from" << Redact::url(request.url);
    ApiReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        onTokenReply(reply->response(), generation);
    });
}

void OAuth2ClientCredentials::onTokenReply(const ApiResponse &response, quint64 generation)
{
    if (generation != m_generation)
        return;
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
        failTokenRequest(error);
        return;
    }
    ApiError parseError;
    const QJsonDocument document = response.json.isNull() ? TolerantJson::parse(response.body).document : response.json;
    const TokenResponse parsed = parseTokenResponse(document, &parseError);
    if (parseError.isError()) {
        parseError.httpStatus = response.httpStatus;
        failTokenRequest(parseError);
        return;
    }
    if (parsed.expiresInAssumed)
        qCInfo(lcAuth) << "the token response has no usable expires_in; assuming" << kDefaultLifetime.count() << "s";
    m_inFlight = false;
    acceptToken(parsed.accessToken, parsed.expiresIn, m_requestStarted);
    completeWaiters(m_token, ApiError());
}

void OAuth2ClientCredentials::failTokenRequest(const ApiError &error)
{
    m_inFlight = false;
    m_reply = nullptr;
    qCWarning(lcAuth).noquote() << "token request failed:" << Redact::text(error.toDisplayString());
    completeWaiters({}, error);
    Q_EMIT tokenFailed(error);
}

void OAuth2ClientCredentials::completeWaiters(const QByteArray &token, const ApiError &error)
{
    // Callbacks may ask for a token again: they then join a fresh list.
    const QList<Waiter *> waiters = std::exchange(m_waiters, {});
    for (Waiter *waiter : waiters) {
        if ((!waiter->hadContext || waiter->context) && waiter->callback)
            waiter->callback(token, error);
        delete waiter;
    }
}

void OAuth2ClientCredentials::armRenewTimer()
{
    m_renewTimer.stop();
    if (m_token.isEmpty() || !m_renewAt.isValid())
        return;
    // Renew a little before the renewal moment, if the token is in use by then.
    const milliseconds life(m_obtained.msecsTo(m_expires));
    const milliseconds lead = effectiveMargin(life, m_config.renewMargin) / 2;
    const qint64 ms = now().msecsTo(m_renewAt.addMSecs(-lead.count()));
    m_renewTimer.start(static_cast<int>(std::clamp<qint64>(ms, 100, std::numeric_limits<int>::max())));
}

void OAuth2ClientCredentials::onRenewTimer()
{
    if (m_token.isEmpty() || m_inFlight || !m_renewAt.isValid())
        return;
    const milliseconds life(m_obtained.msecsTo(m_expires));
    const milliseconds lead = effectiveMargin(life, m_config.renewMargin) / 2;
    if (now() < m_renewAt.addMSecs(-lead.count())) {
        armRenewTimer();
        return;
    }
    // Only tokens in use are renewed ahead of time; an idle connection fetches on demand.
    if (m_lastUse.isValid() && m_lastUse >= m_obtained) {
        qCDebug(lcAuth) << "renewing the access token ahead of its expiry";
        startTokenRequest();
    }
}

} // namespace cdp
