// The catalogue of eSputnik event types (seed 003) and the shared value rules of EventComposer.

#include "eventcomposer.h"
#include "eventjson_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

EventParamSpec param(const QString &name, EventParamKind kind, bool required, const QString &label,
                     const QString &description, QStringList jsonKeys = {}, QStringList requiredJsonKeys = {})
{
    EventParamSpec spec;
    spec.name = name;
    spec.kind = kind;
    spec.required = required;
    spec.label = label;
    spec.description = description;
    spec.jsonKeys = std::move(jsonKeys);
    spec.requiredJsonKeys = std::move(requiredJsonKeys);
    return spec;
}

EventParamSpec phoneParam()
{
    return param(u"phone"_s, EventParamKind::Phone, false, EventComposer::tr("Phone"),
                 EventComposer::tr("Phone number in international format (an identifier of the contact)."));
}

EventParamSpec emailParam()
{
    return param(u"email"_s, EventParamKind::Email, false, EventComposer::tr("E-mail"),
                 EventComposer::tr("E-mail address (an identifier of the contact)."));
}

QList<EventParamSpec> orderParams(bool createRequirements)
{
    return {
        phoneParam(),
        emailParam(),
        param(u"externalOrderId"_s, EventParamKind::Text, true, EventComposer::tr("External order id"),
              EventComposer::tr("Your id of the order; later events of the order name it again.")),
        param(u"externalCustomerId"_s, EventParamKind::Text, createRequirements, EventComposer::tr("External customer id"),
              EventComposer::tr("Your id of the customer who placed the order.")),
        param(u"totalCost"_s, EventParamKind::Decimal, createRequirements, EventComposer::tr("Total cost"),
              EventComposer::tr("Order total with a point for decimals, e.g. 258.0.")),
        param(u"status"_s, EventParamKind::OrderStatus, createRequirements, EventComposer::tr("Status"),
              EventComposer::tr("INITIALIZED, IN_PROGRESS, DELIVERED, CANCELLED or ABANDONED_SHOPPING_CART.")),
        param(u"date"_s, EventParamKind::DateTime, createRequirements, EventComposer::tr("Date"),
              EventComposer::tr("When the order was placed, ISO 8601 with a time zone, e.g. 2020-05-14T10:11:00+03:00.")),
        param(u"currency"_s, EventParamKind::Currency, false, EventComposer::tr("Currency"),
              EventComposer::tr("Three-letter currency code, e.g. USD.")),
        param(u"items"_s, EventParamKind::ItemsJson, false, EventComposer::tr("Items"),
              EventComposer::tr("The items of the order, sent as a JSON string.")),
        param(u"products"_s, EventParamKind::ProductsJson, false, EventComposer::tr("Products"),
              EventComposer::tr("The items again as products, needed to show product data in an e-mail.")),
    };
}

QList<EventParamSpec> statusOnlyOrderParams()
{
    return {
        phoneParam(),
        emailParam(),
        param(u"externalOrderId"_s, EventParamKind::Text, true, EventComposer::tr("External order id"),
              EventComposer::tr("Your id of the order whose status changes.")),
    };
}

EventTypeSpec typeSpec(EventType type, const QString &key, const QString &label, const QString &description,
                       bool order, bool items, QList<EventParamSpec> params)
{
    EventTypeSpec spec;
    spec.type = type;
    spec.key = key;
    spec.label = label;
    spec.description = description;
    spec.isOrderEvent = order;
    spec.hasItems = items;
    spec.params = std::move(params);
    return spec;
}

QList<EventTypeSpec> buildCatalogue()
{
    QList<EventTypeSpec> list;
    list.append(typeSpec(EventType::OrderCreated, u"orderCreated"_s, EventComposer::tr("Order created"),
                         EventComposer::tr("Creates the order with the status given; without every required parameter eSputnik ignores it."),
                         true, true, orderParams(true)));
    list.append(typeSpec(EventType::OrderUpdated, u"orderUpdated"_s, EventComposer::tr("Order updated"),
                         EventComposer::tr("Updates the order; a missing order is created when the orderCreated parameters are present."),
                         true, true, orderParams(false)));
    list.append(typeSpec(EventType::OrderDelivered, u"orderDelivered"_s, EventComposer::tr("Order delivered"),
                         EventComposer::tr("Changes the order's status to DELIVERED; ignored when the order does not exist."),
                         true, false, statusOnlyOrderParams()));
    list.append(typeSpec(EventType::OrderCancelled, u"orderCancelled"_s, EventComposer::tr("Order cancelled"),
                         EventComposer::tr("Changes the order's status to CANCELLED."), true, false, statusOnlyOrderParams()));
    list.append(typeSpec(EventType::PageViewed, u"pageViewed"_s, EventComposer::tr("Page viewed"),
                         EventComposer::tr("The contact viewed a page (a URL or a deep link)."), false, false,
                         {phoneParam(), emailParam(),
                          param(u"page"_s, EventParamKind::JsonObject, true, EventComposer::tr("Page"),
                                EventComposer::tr("The page as a JSON object: {\"location\":\"https://…\"}."),
                                {u"location"_s}, {u"location"_s})}));
    list.append(typeSpec(EventType::ProductViewed, u"productViewed"_s, EventComposer::tr("Product viewed"),
                         EventComposer::tr("The contact viewed a product card (price and availability)."), false, false,
                         {phoneParam(), emailParam(),
                          param(u"product"_s, EventParamKind::JsonObject, true, EventComposer::tr("Product"),
                                EventComposer::tr("The product as a JSON object: productId, price, quantity, isInStock, someProductProperty."),
                                {u"productId"_s, u"price"_s, u"quantity"_s, u"isInStock"_s, u"someProductProperty"_s},
                                {u"productId"_s}),
                          param(u"currencyCode"_s, EventParamKind::Currency, false, EventComposer::tr("Currency"),
                                EventComposer::tr("Three-letter currency code, e.g. USD."))}));
    list.append(typeSpec(EventType::ProductCategoryViewed, u"productCategoryViewed"_s, EventComposer::tr("Category viewed"),
                         EventComposer::tr("The contact viewed a product category."), false, false,
                         {phoneParam(), emailParam(),
                          param(u"category"_s, EventParamKind::JsonObject, true, EventComposer::tr("Category"),
                                EventComposer::tr("The category as a JSON object: {\"productCategoryId\":\"Mugs\"}."),
                                {u"productCategoryId"_s}, {u"productCategoryId"_s})}));
    list.append(typeSpec(EventType::CartUpdated, u"cartUpdated"_s, EventComposer::tr("Cart updated"),
                         EventComposer::tr("The contact changed the items in the cart."), false, true,
                         {phoneParam(), emailParam(),
                          param(u"products"_s, EventParamKind::ProductsJson, false, EventComposer::tr("Products"),
                                EventComposer::tr("The items in the cart (required when the cart is not empty).")),
                          param(u"currencyCode"_s, EventParamKind::Currency, false, EventComposer::tr("Currency"),
                                EventComposer::tr("Three-letter currency code, e.g. USD.")),
                          param(u"recycleStateId"_s, EventParamKind::Text, true, EventComposer::tr("Cart state id"),
                                EventComposer::tr("A new random id for every change of the cart; links cart events to the purchase."))}));
    return list;
}

const QStringList &identifierList()
{
    static const QStringList names = {u"ContactId"_s, u"Contact_id"_s, u"Email"_s, u"EmailAddress"_s,
                                      u"UserEmail"_s, u"ContactEmail"_s, u"Phone"_s, u"SMS"_s,
                                      u"PhoneNumber"_s, u"PushToken"_s, u"ContactKey"_s, u"Contact_key"_s};
    return names;
}

QString numberText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isString())
        return value.toString();
    return {};
}

// Reads one item object; false when it has fields the table cannot hold (kept raw then).
bool readItem(const QJsonObject &object, EventItem *item)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const bool scalar = value.isString() || value.isDouble();
        if (!scalar && !value.isNull())
            return false;
        const QString text = value.isNull() ? QString() : numberText(value);
        if (key == u"externalItemId"_s || key == u"productId"_s) {
            if (!item->id.isEmpty())
                return false;
            item->id = text;
        } else if (key == u"name"_s) {
            item->name = text;
        } else if (key == u"category"_s) {
            item->category = text;
        } else if (key == u"quantity"_s) {
            item->quantity = text;
        } else if (key == u"cost"_s || key == u"price"_s) {
            if (!item->price.isEmpty())
                return false;
            item->price = text;
        } else if (key == u"discount"_s) {
            item->discount = text;
        } else if (key == u"url"_s) {
            item->url = text;
        } else if (key == u"imageUrl"_s) {
            item->imageUrl = text;
        } else if (key == u"description"_s) {
            item->description = text;
        } else {
            return false;
        }
    }
    return true;
}

std::optional<QList<EventItem>> readItemArray(const QJsonArray &array)
{
    QList<EventItem> items;
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return std::nullopt;
        EventItem item;
        if (!readItem(value.toObject(), &item))
            return std::nullopt;
        items.append(item);
    }
    return items;
}

} // namespace

const EventParamSpec *EventTypeSpec::param(const QString &name) const
{
    for (const EventParamSpec &spec : params) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

bool EventItem::isEmpty() const
{
    for (const QString *field : {&id, &name, &category, &quantity, &price, &discount, &url, &imageUrl, &description}) {
        if (!field->trimmed().isEmpty())
            return false;
    }
    return true;
}

QString EventProblem::toDisplayString() const
{
    const QString severityText = isError() ? EventComposer::tr("Error") : EventComposer::tr("Warning");
    if (field.isEmpty())
        return severityText + u" — "_s + message;
    return severityText + u" — "_s + field + u": "_s + message;
}

const QList<EventTypeSpec> &EventComposer::catalogue()
{
    static const QList<EventTypeSpec> list = buildCatalogue();
    return list;
}

const EventTypeSpec *EventComposer::spec(EventType type)
{
    for (const EventTypeSpec &spec : catalogue()) {
        if (spec.type == type)
            return &spec;
    }
    return nullptr;
}

const EventTypeSpec *EventComposer::spec(const QString &eventTypeKey)
{
    for (const EventTypeSpec &spec : catalogue()) {
        if (spec.key == eventTypeKey)
            return &spec;
    }
    return nullptr;
}

QString EventComposer::key(EventType type)
{
    const EventTypeSpec *s = spec(type);
    return s ? s->key : QString();
}

QStringList EventComposer::orderStatuses()
{
    return {u"INITIALIZED"_s, u"IN_PROGRESS"_s, u"DELIVERED"_s, u"CANCELLED"_s, u"ABANDONED_SHOPPING_CART"_s};
}

QStringList EventComposer::identifierNames()
{
    return identifierList();
}

bool EventComposer::isIdentifierName(const QString &paramName)
{
    return identifierList().contains(paramName, Qt::CaseInsensitive);
}

bool EventComposer::isEmailIdentifierName(const QString &paramName)
{
    static const QStringList names = {u"Email"_s, u"EmailAddress"_s, u"UserEmail"_s, u"ContactEmail"_s};
    return names.contains(paramName, Qt::CaseInsensitive);
}

bool EventComposer::identifierValuesMatch(const QString &paramName, const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return isEmailIdentifierName(paramName) ? a.compare(b, Qt::CaseInsensitive) == 0 : a == b;
}

QString EventComposer::forbiddenKeyValueCharacters()
{
    return u"<;’\\/|\"`'^?!,>"_s;
}

QString EventComposer::formatDate(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    QDateTime value = dateTime;
    if (value.timeSpec() == Qt::LocalTime)
        value = value.toOffsetFromUtc(value.offsetFromUtc());
    const QString base = value.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
    const int offset = value.offsetFromUtc();
    if (offset == 0)
        return base + u'Z';
    const int minutes = std::abs(offset) / 60;
    return base + (offset < 0 ? u'-' : u'+') + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QDateTime EventComposer::parseDate(const QString &text, bool *hasZone)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    if (hasZone)
        *hasZone = false;
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (!m.captured(7).isEmpty())
        msec = QString(m.captured(7) + u"00"_s).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(8);
    if (zone.isEmpty())
        return QDateTime(date, time);   // local time: the caller warns about the missing zone
    if (hasZone)
        *hasZone = true;
    if (zone == u"Z"_s)
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
    if (hours > 18 || minutes > 59)
        return {};
    const int seconds = (hours * 60 + minutes) * 60 * (zone.startsWith(u'-') ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, seconds);
}

bool EventComposer::isDecimal(const QString &text)
{
    static const QRegularExpression pattern(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
    return pattern.match(text).hasMatch();
}

QByteArray EventComposer::itemsJson(const QList<EventItem> &items, EventType type)
{
    const bool cart = type == EventType::CartUpdated;
    QByteArray out = "[";
    bool first = true;
    for (const EventItem &item : items) {
        if (item.isEmpty())
            continue;
        if (!first)
            out += ',';
        first = false;
        EventJson::ObjectWriter w(&out);
        w.string(cart ? "productId" : "externalItemId", item.id);
        w.string("name", item.name);
        w.string("category", item.category);
        w.number("quantity", item.quantity);
        w.number(cart ? "price" : "cost", item.price);
        if (cart)
            w.number("discount", item.discount);
        w.string("url", item.url);
        w.string("imageUrl", item.imageUrl);
        w.string("description", item.description);
        w.close();
    }
    out += ']';
    return out;
}

QByteArray EventComposer::productsJson(const QList<EventItem> &items, ProductsShape shape, EventType type)
{
    if (shape == ProductsShape::None)
        return {};
    const QByteArray array = itemsJson(items, type);
    if (shape == ProductsShape::ArrayString)
        return array;
    return "{\"array\":" + array + '}';
}

std::optional<QList<EventItem>> EventComposer::parseItemsJson(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    return readItemArray(doc.array());
}

std::optional<QList<EventItem>> EventComposer::parseProductsJson(const QString &text, ProductsShape *shape)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isArray()) {
        if (shape)
            *shape = ProductsShape::ArrayString;
        return readItemArray(doc.array());
    }
    const QJsonObject object = doc.object();
    if (object.size() != 1 || !object.value(u"array"_s).isArray())
        return std::nullopt;
    if (shape)
        *shape = ProductsShape::ArrayObject;
    return readItemArray(object.value(u"array"_s).toArray());
}

QString eventParamKindName(EventParamKind kind)
{
    switch (kind) {
    case EventParamKind::Text: return u"text"_s;
    case EventParamKind::Identifier: return u"identifier"_s;
    case EventParamKind::Email: return u"email"_s;
    case EventParamKind::Phone: return u"phone"_s;
    case EventParamKind::Decimal: return u"decimal"_s;
    case EventParamKind::DateTime: return u"datetime"_s;
    case EventParamKind::OrderStatus: return u"status"_s;
    case EventParamKind::Currency: return u"currency"_s;
    case EventParamKind::JsonObject: return u"json"_s;
    case EventParamKind::ItemsJson: return u"items"_s;
    case EventParamKind::ProductsJson: return u"products"_s;
    }
    return {};
}

} // namespace cdp
