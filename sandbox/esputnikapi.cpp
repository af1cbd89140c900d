#include "esputnikapi.h"

#include "httprouter.h"
#include "ratelimiter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

void plain(HttpExchange &exchange, int status, const QString &text, const HttpHeaders &headers = {})
{
    exchange.respond(status, QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8(), headers);
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A JSON scalar as the string eSputnik stores (numbers without a trailing ".0" when whole).
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray() || value.isObject()) {
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

const QString kEventShape = u"The event should have the following params: [eventTypeKey, keyValue, params]"_s;

} // namespace

EsputnikApi::EsputnikApi(RateLimiter *rateLimiter)
    : m_rateLimiter(rateLimiter)
{
}

QString EsputnikApi::name() const
{
    return u"esputnik"_s;
}

QString EsputnikApi::demoApiKey()
{
    return u"esp-demo-9c41e07b5a2d4f86"_s;
}

QJsonObject EsputnikApi::announcement()
{
    return QJsonObject{{u"apiKey"_s, demoApiKey()},
                       {u"eventPath"_s, u"/api/v1/event"_s},
                       {u"contactsPath"_s, u"/api/v1/contacts"_s},
                       {u"ordersPath"_s, u"/api/v1/orders"_s},
                       {u"statePath"_s, u"/sandbox/esputnik/state"_s},
                       {u"maxContacts"_s, kMaxContacts},
                       {u"maxOrders"_s, kMaxOrders},
                       {u"identifierNames"_s, QJsonArray::fromStringList(EsputnikState::identifierNames())},
                       {u"contacts"_s, EsputnikState::demoContactsJson()}};
}

void EsputnikApi::registerRoutes(HttpRouter &router)
{
    router.add(QByteArrayLiteral("POST"), u"/api/v1/event"_s, RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &) {
                   if (admit(exchange))
                       event(exchange);
               });
    router.add(QByteArrayLiteral("POST"), u"/api/v1/contacts"_s, RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &) {
                   if (admit(exchange))
                       contacts(exchange);
               });
    router.add(QByteArrayLiteral("POST"), u"/api/v1/orders"_s, RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &) {
                   if (admit(exchange))
                       orders(exchange);
               });
    router.add(QByteArrayLiteral("GET"), u"/sandbox/esputnik/state"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &) {
                   if (!exchange.remoteAddress().isLoopback()) {
                       exchange.respondError(403, u"forbidden"_s, u"Control endpoints answer loopback clients only"_s);
                       return;
                   }
                   state(exchange);
               });
}

bool EsputnikApi::admit(HttpExchange &exchange)
{
    const QByteArray authorization = exchange.header(QByteArrayLiteral("Authorization"));
    bool valid = false;
    if (authorization.size() > 6 && authorization.first(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        valid = colon >= 0 && decoded.mid(colon + 1) == demoApiKey().toUtf8();
    }
    if (!valid) {
        plain(exchange, 401, u"Unauthorized: HTTP Basic authentication with the API key as password is required"_s,
              {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"eSputnik\"")}});
        return false;
    }
    const qint64 waitMs = m_rateLimiter->acquire(u"esputnik:"_s + demoApiKey());
    if (waitMs > 0) {
        plain(exchange, 429, u"Too many requests"_s,
              {{QByteArrayLiteral("Retry-After"), QByteArray::number(RateLimiter::retryAfterSeconds(waitMs))}});
        return false;
    }
    return true;
}

void EsputnikApi::event(HttpExchange &exchange)
{
    const std::optional<QJsonObject> body = jsonObject(exchange.body());
    if (!body) {
        plain(exchange, 400, kEventShape + u" (the body is not a JSON object)"_s);
        return;
    }
    const QJsonValue type = body->value(u"eventTypeKey"_s);
    const QJsonValue params = body->value(u"params"_s);
    const QJsonValue keyValue = body->value(u"keyValue"_s);
    if (!type.isString() || type.toString().trimmed().isEmpty()) {
        plain(exchange, 400, kEventShape + u" (eventTypeKey is missing)"_s);
        return;
    }
    if (!params.isArray() && !params.isUndefined()) {
        plain(exchange, 400, kEventShape + u" (params must be an array)"_s);
        return;
    }
    if (!keyValue.isUndefined() && !keyValue.isString() && !keyValue.isDouble()) {
        plain(exchange, 400, kEventShape + u" (keyValue must be a string)"_s);
        return;
    }
    QList<EsputnikParam> parsed;
    for (const QJsonValue &value : params.toArray()) {
        const QJsonObject object = value.toObject();
        if (!value.isObject() || !object.value(u"name"_s).isString()) {
            plain(exchange, 400, kEventShape + u" (every param needs a name and a value)"_s);
            return;
        }
        parsed.append(EsputnikParam{object.value(u"name"_s).toString(), scalarText(object.value(u"value"_s))});
    }
    m_state.receive(type.toString(), scalarText(keyValue), std::move(parsed), QDateTime::currentMSecsSinceEpoch());
    exchange.respond(200, QByteArray(), QByteArray());
}

void EsputnikApi::contacts(HttpExchange &exchange)
{
    const std::optional<QJsonObject> body = jsonObject(exchange.body());
    if (!body || !body->value(u"contacts"_s).isArray()) {
        plain(exchange, 400, u"The request should have the following params: [contacts]"_s);
        return;
    }
    const QJsonArray list = body->value(u"contacts"_s).toArray();
    if (list.size() > kMaxContacts) {
        plain(exchange, 400, u"Too many contacts: at most %1 per request, got %2"_s.arg(kMaxContacts).arg(list.size()));
        return;
    }
    QList<EsputnikContact> parsed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        EsputnikContact contact;
        contact.firstName = object.value(u"firstName"_s).toString();
        contact.contactKey = scalarText(object.value(u"externalCustomerId"_s));
        if (contact.contactKey.isEmpty())
            contact.contactKey = scalarText(object.value(u"contactKey"_s));
        for (const QJsonValue &channel : object.value(u"channels"_s).toArray()) {
            const QString kind = channel.toObject().value(u"type"_s).toString().toLower();
            const QString value = channel.toObject().value(u"value"_s).toString();
            if (kind == u"email")
                contact.email = value;
            else if (kind == u"sms")
                contact.phone = value;
            else if (kind == u"mobilepush")
                contact.pushToken = value;
        }
        if (contact.email.isEmpty() && contact.phone.isEmpty() && contact.contactKey.isEmpty()) {
            plain(exchange, 400, u"Contact %1 has no email, sms channel or externalCustomerId"_s.arg(i));
            return;
        }
        parsed.append(contact);
    }
    for (const EsputnikContact &contact : std::as_const(parsed))
        m_state.upsertContact(contact);
    exchange.respondJson(200, QJsonObject{{u"asyncSessionId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

void EsputnikApi::orders(HttpExchange &exchange)
{
    const std::optional<QJsonObject> body = jsonObject(exchange.body());
    if (!body || !body->value(u"orders"_s).isArray()) {
        plain(exchange, 400, u"The request should have the following params: [orders]"_s);
        return;
    }
    const QJsonArray list = body->value(u"orders"_s).toArray();
    if (list.size() > kMaxOrders) {
        plain(exchange, 400, u"Too many orders: at most %1 per request, got %2"_s.arg(kMaxOrders).arg(list.size()));
        return;
    }
    QList<std::pair<EsputnikOrder, EsputnikContact>> parsed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        QStringList missing;
        for (const QString &field : EsputnikState::bulkOrderRequiredFields()) {
            if (scalarText(object.value(field)).trimmed().isEmpty())
                missing.append(field);
        }
        if (!missing.isEmpty()) {
            plain(exchange, 400, u"Order %1 should have the following fields: [%2]"_s.arg(i).arg(missing.join(u", ")));
            return;
        }
        EsputnikOrder order;
        order.externalOrderId = scalarText(object.value(u"externalOrderId"_s));
        order.externalCustomerId = scalarText(object.value(u"externalCustomerId"_s));
        order.totalCost = scalarText(object.value(u"totalCost"_s));
        order.status = object.value(u"status"_s).toString();
        order.date = scalarText(object.value(u"date"_s));
        order.currency = scalarText(object.value(u"currency"_s));
        order.items = scalarText(object.value(u"items"_s));
        if (!EsputnikState::orderStatuses().contains(order.status)) {
            plain(exchange, 400, u"Order %1 has an unknown status: %2"_s.arg(i).arg(order.status));
            return;
        }
        EsputnikContact contact;
        contact.email = object.value(u"email"_s).toString();
        contact.phone = scalarText(object.value(u"phone"_s));
        contact.contactKey = order.externalCustomerId;
        contact.firstName = object.value(u"firstName"_s).toString();
        parsed.append({order, contact});
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (auto &[order, contact] : parsed) {
        // v1/orders creates the contact it names (seed: import a new contact via v1/orders).
        order.contactId = m_state.upsertContact(contact);
        m_state.upsertOrder(order, nowMs);
    }
    exchange.respond(200, QByteArray(), QByteArray());
}

void EsputnikApi::state(HttpExchange &exchange) const
{
    const qint64 since = exchange.query().queryItemValue(u"since"_s).toLongLong();
    const bool eventsOnly = exchange.query().queryItemValue(u"only"_s) == u"events"_s;
    exchange.respondJson(200, m_state.toJson(since, eventsOnly));
}

} // namespace cdp::sandbox
