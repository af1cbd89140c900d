#include "cdppurchases.h"

#include "auth/tokenprovider.h"
#include "net/apiclient.h"
#include "net/redact.h"

#include <QMap>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
           || start.startsWith("<body") || (start.startsWith('<') && start.contains("<html"));
}

QString maskedKeys(const QList<CustomerKey> &keys)
{
    QStringList parts;
    for (const CustomerKey &key : keys) {
        if (key.isValid())
            parts.append(CustomerKey::kindDisplayName(key.kind()) + u' ' + key.masked());
    }
    return parts.join(u", "_s);
}

QString serverMessage(const ApiResponse &response)
{
    return Redact::text(response.json.object().value(u"message"_s).toString().trimmed());
}

// The answer of one productPurchased call as a page or an error (never both).
ApiError interpret(const ApiResponse &response, const QList<CustomerKey> &keys, int pageSize, PurchasePage *page)
{
    if (!response.ok()) {
        ApiError error = response.error;
        const QString message = serverMessage(response);
        switch (response.httpStatus) {
        case 401:
            error.message = CdpPurchases::tr("The CDP refused the access token even after creating a new one. Check the tenant hash and OAuth key secret of this connection.");
            break;
        case 403:
            error.message = CdpPurchases::tr("The access token may not read purchases: the token was created without the productPurchased resource, or the tenant lacks it.");
            break;
        case 404:
            error.message = CdpPurchases::tr("The CDP has no productPurchased endpoint at this address. Check the connection's address (it usually ends in /rcdpapi).");
            break;
        case 400:
        case 409:
        case 422:
            if (!message.isEmpty())
                error.message = CdpPurchases::tr("The CDP rejected the lookup: %1").arg(message);
            break;
        default:
            if (!message.isEmpty() && error.kind == ApiError::Kind::Http)
                error.message += u' ' + CdpPurchases::tr("The CDP said: %1").arg(message);
            break;
        }
        return error;
    }
    if (!response.json.isObject()) {
        QString what;
        if (looksLikeHtml(response.body))
            what = CdpPurchases::tr("The CDP answered with an HTML page instead of purchase data (a proxy, login or error page?).");
        else if (response.body.trimmed().isEmpty())
            what = CdpPurchases::tr("The CDP answered with an empty body instead of purchase data.");
        else
            what = CdpPurchases::tr("The CDP's answer is not the JSON object of purchase data.");
        return ApiError::make(ApiError::Kind::BadResponse, what,
                              Redact::text(QString::fromUtf8(response.body.left(200)).simplified()),
                              response.httpStatus);
    }
    ApiError error;
    *page = CdpPurchases::parsePage(response.json, &error, pageSize);
    if (error) {
        error.httpStatus = response.httpStatus;
        if (error.kind == ApiError::Kind::NotFound) {
            error.message = CdpPurchases::tr("No customer matches %1.").arg(maskedKeys(keys));
        }
        *page = PurchasePage();
    }
    return error;
}

} // namespace

CdpPurchases::CdpPurchases(ApiClient *client, TokenProvider *tokens, Config config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_config(std::move(config))
{
}

QUrl CdpPurchases::productPurchasedUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v1/profile/b2b/productPurchased"_s, QUrl::TolerantMode);
    return url;
}

QUrl CdpPurchases::productPurchasedUrl() const
{
    return productPurchasedUrl(m_config.baseUrl);
}

QByteArray CdpPurchases::requestBody(const PurchaseCursor &cursor, int pageSize)
{
    QJsonObject body;
    if (!cursor.lastKey.isEmpty())
        body.insert(u"lastKey"_s, cursor.lastKey);
    if (!cursor.isFirstPage())
        body.insert(u"page"_s, cursor.page);
    if (pageSize > 0)
        body.insert(u"pageSize"_s, pageSize);
    if (body.isEmpty())
        return QByteArray();
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiError CdpPurchases::checkConfig(const QList<CustomerKey> &keys) const
{
    const QUrl &base = m_config.baseUrl;
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != u"https"_s && base.scheme() != u"http"_s)) {
        return ApiError::make(ApiError::Kind::Config,
                              tr("The connection “%1” has no valid CDP address; set one such as "
                                 "https://api-dev.algonomy.com/rcdpapi in Connections.")
                                  .arg(m_config.connectionName));
    }
    if (m_config.tenantHash.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::Config,
                              tr("The connection “%1” has no tenant hash; add it in Connections.").arg(m_config.connectionName));
    if (!m_tokens)
        return ApiError::make(ApiError::Kind::Config, tr("The connection “%1” has no token provider.").arg(m_config.connectionName));
    for (const CustomerKey &key : keys) {
        if (key.isValid())
            return ApiError();
    }
    if (!keys.isEmpty() && !keys.constFirst().problem().isEmpty())
        return ApiError::make(ApiError::Kind::Config, keys.constFirst().problem());
    return ApiError::make(ApiError::Kind::Config,
                          tr("Enter an e-mail address, a mobile number, a gcrId or a customer code to look up."));
}

ApiReply *CdpPurchases::fetchPage(const CustomerKey &key, const PurchaseCursor &cursor, int pageSize,
                                  QObject *context, PageCallback callback)
{
    return fetchPage(QList<CustomerKey>{key}, cursor, pageSize, context, std::move(callback));
}

ApiReply *CdpPurchases::fetchPage(const QList<CustomerKey> &keys, const PurchaseCursor &cursor, int pageSize,
                                  QObject *context, PageCallback callback)
{
    const ApiError configError = checkConfig(keys);
    if (configError) {
        QMetaObject::invokeMethod(
            context, [callback, configError] { callback(PurchasePage(), configError); }, Qt::QueuedConnection);
        return nullptr;
    }

    // One header per kind, in seed 000's order; values never reach the request log.
    QMap<int, QPair<QByteArray, QByteArray>> identity;
    for (const CustomerKey &key : keys) {
        if (key.isValid())
            identity.insert(int(key.kind()), {key.headerName(), key.value().toUtf8()});
    }

    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = productPurchasedUrl();
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("tenant_hash"), m_config.tenantHash.trimmed().toUtf8()});
    for (const auto &header : std::as_const(identity))
        request.headers.append(header);
    request.body = requestBody(cursor, pageSize);
    request.contentType = QByteArrayLiteral("application/json");
    request.idempotent = true;   // a POST that only reads: safe to retry
    request.timeoutMs = m_config.timeoutMs;
    request.maxAttempts = m_config.maxAttempts;
    request.rateLimitKey = m_config.tenantHash.trimmed();
    request.auth = m_tokens;
    request.connectionName = m_config.connectionName;

    ApiReply *reply = m_client->send(request);
    connect(reply, &ApiReply::finished, context, [reply, keys, pageSize, callback] {
        PurchasePage page;
        const ApiError error = interpret(reply->response(), keys, pageSize, &page);
        callback(page, error);
    });
    return reply;
}

} // namespace cdp
