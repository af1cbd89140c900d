#include "esputnikevents.h"

#include "net/apiclient.h"
#include "net/redact.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

constexpr int kMaxServerText = 2000;

QUrl resolved(const QUrl &base, const QString &relative)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + relative, QUrl::TolerantMode);
    return url;
}

QString bodyText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(kMaxServerText * 2)).trimmed();
    if (text.size() > kMaxServerText)
        text = text.left(kMaxServerText) + u'…';
    return Redact::text(text);
}

} // namespace

EsputnikEvents::EsputnikEvents(ApiClient *client, Config config, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    setConfig(std::move(config));
}

void EsputnikEvents::setConfig(Config config)
{
    m_config = std::move(config);
    if (!m_config.apiKey.isEmpty()) {
        Redact::addSecret(m_config.apiKey);
        m_client->setRateLimit(rateLimitKey(), m_config.rateLimitPerMinute);
    }
}

QUrl EsputnikEvents::eventUrl() const
{
    return resolved(m_config.baseUrl, u"v1/event"_s);
}

QUrl EsputnikEvents::contactsUrl() const
{
    return resolved(m_config.baseUrl, u"v1/contacts"_s);
}

QUrl EsputnikEvents::ordersUrl() const
{
    return resolved(m_config.baseUrl, u"v1/orders"_s);
}

QString EsputnikEvents::rateLimitKey() const
{
    const QByteArray hash = QCryptographicHash::hash(m_config.apiKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"esputnik/"_s + QString::fromLatin1(hash.left(12));
}

QString EsputnikEvents::problem() const
{
    const QUrl &base = m_config.baseUrl;
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != u"https"_s && base.scheme() != u"http"_s))
        return tr("The connection “%1” has no valid eSputnik API address; set one such as "
                  "https://esputnik.com/api/ in Connections.")
            .arg(m_config.connectionName);
    if (m_config.apiKey.isEmpty())
        return tr("The connection “%1” has no API key; enter it in Connections.").arg(m_config.connectionName);
    return {};
}

QByteArray EsputnikEvents::basicAuthorization(const QString &userName, const QString &apiKey)
{
    return QByteArrayLiteral("Basic ") + (userName + u':' + apiKey).toUtf8().toBase64();
}

QByteArray EsputnikEvents::contactsBody(const QList<EsputnikContact> &contacts)
{
    QJsonArray array;
    for (const EsputnikContact &contact : contacts) {
        QJsonObject object;
        if (!contact.firstName.isEmpty())
            object.insert(u"firstName"_s, contact.firstName);
        if (!contact.lastName.isEmpty())
            object.insert(u"lastName"_s, contact.lastName);
        if (!contact.externalCustomerId.isEmpty())
            object.insert(u"externalCustomerId"_s, contact.externalCustomerId);
        if (!contact.contactKey.isEmpty())
            object.insert(u"contactKey"_s, contact.contactKey);
        QJsonArray channels;
        if (!contact.email.isEmpty())
            channels.append(QJsonObject{{u"type"_s, u"email"_s}, {u"value"_s, contact.email}});
        if (!contact.phone.isEmpty())
            channels.append(QJsonObject{{u"type"_s, u"sms"_s}, {u"value"_s, contact.phone}});
        object.insert(u"channels"_s, channels);
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{u"contacts"_s, array}}).toJson(QJsonDocument::Compact);
}

EsputnikEvents::Result EsputnikEvents::classify(const ApiResponse &response)
{
    Result result;
    result.httpStatus = response.httpStatus;
    result.error = response.error;
    result.attempts = response.attempts;
    result.elapsedMs = response.elapsedMs;
    const QString text = bodyText(response.body);
    if (response.ok()) {
        result.outcome = Outcome::Delivered;
        result.serverText = text;
        return result;
    }
    const int status = response.httpStatus;
    if (response.error.kind == ApiError::Kind::Cancelled) {
        result.outcome = Outcome::Cancelled;
        result.serverText = response.error.message;
    } else if (status == 0 && response.bodySize > 0 && response.bodyBytesSent >= response.bodySize) {
        result.outcome = Outcome::MayHaveArrived;
        result.serverText = response.error.message;
    } else if (status == 0 || status == 429 || status >= 500) {
        result.outcome = Outcome::FailedInTransit;
        result.serverText = text.isEmpty() ? response.error.message : text;
    } else {
        // 4xx (400 validation, 401/403 credentials, 404 wrong address, 413 too large …): the
        // server looked at the request and said no; repeating the same bytes would not help.
        result.outcome = Outcome::Rejected;
        result.serverText = text.isEmpty() ? response.error.message : text;
    }
    return result;
}

ApiReply *EsputnikEvents::post(const QUrl &url, const QByteArray &body, int timeoutMs, QObject *context, Callback callback)
{
    const QString why = problem();
    if (!why.isEmpty()) {
        Result result;
        result.outcome = Outcome::Rejected;
        result.error = ApiError::make(ApiError::Kind::Config, why);
        result.serverText = why;
        QMetaObject::invokeMethod(context, [callback, result] { callback(result); }, Qt::QueuedConnection);
        return nullptr;
    }
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.headers.append({QByteArrayLiteral("Authorization"), basicAuthorization(m_config.userName, m_config.apiKey)});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, text/plain")});
    request.body = body;
    request.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    request.idempotent = false;      // an event/upload is never repeated by the client
    request.maxAttempts = 1;
    request.timeoutMs = timeoutMs;
    request.rateLimitKey = rateLimitKey();
    request.connectionName = m_config.connectionName;

    ApiReply *reply = m_client->send(request);
    connect(reply, &ApiReply::finished, context, [reply, callback] { callback(classify(reply->response())); });
    return reply;
}

ApiReply *EsputnikEvents::sendEvent(const QByteArray &body, QObject *context, Callback callback)
{
    return post(eventUrl(), body, m_config.timeoutMs, context, std::move(callback));
}

ApiReply *EsputnikEvents::uploadContacts(const QList<EsputnikContact> &contacts, QObject *context, Callback callback)
{
    if (contacts.size() > MaxContactsPerRequest) {
        Result result;
        result.outcome = Outcome::Rejected;
        result.serverText = tr("At most %1 contacts fit in one v1/contacts request (%2 given).")
                                .arg(MaxContactsPerRequest)
                                .arg(contacts.size());
        result.error = ApiError::make(ApiError::Kind::Config, result.serverText);
        QMetaObject::invokeMethod(context, [callback, result] { callback(result); }, Qt::QueuedConnection);
        return nullptr;
    }
    return post(contactsUrl(), contactsBody(contacts), std::max(m_config.timeoutMs, 120000), context, std::move(callback));
}

ApiReply *EsputnikEvents::uploadOrders(const QJsonArray &orders, QObject *context, Callback callback)
{
    if (orders.size() > MaxOrdersPerRequest) {
        Result result;
        result.outcome = Outcome::Rejected;
        result.serverText = tr("At most %1 orders fit in one v1/orders request (%2 given).")
                                .arg(MaxOrdersPerRequest)
                                .arg(orders.size());
        result.error = ApiError::make(ApiError::Kind::Config, result.serverText);
        QMetaObject::invokeMethod(context, [callback, result] { callback(result); }, Qt::QueuedConnection);
        return nullptr;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"orders"_s, orders}}).toJson(QJsonDocument::Compact);
    return post(ordersUrl(), body, std::max(m_config.timeoutMs, 120000), context, std::move(callback));
}

} // namespace cdp
