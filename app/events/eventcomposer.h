#pragma once

// GUI-free composition of eSputnik v1/event bodies (seed 003 + VENDOR_NOTES): the catalogue of
// event types with their parameters, an editable draft, the exact request body and validation.
// The event composer widget and the bulk sender both build EventDraft values; the outbox stores
// draft.toRequestBody() verbatim and sends exactly those bytes.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace cdp {

// The event types the console knows. Custom: any other eventTypeKey (sent as typed, with only
// the generic checks: keyValue, identifiers, JSON-looking values).
enum class EventType {
    OrderCreated,
    OrderUpdated,
    OrderDelivered,
    OrderCancelled,
    PageViewed,
    ProductViewed,
    ProductCategoryViewed,
    CartUpdated,
    Custom,
};

// What kind of value a parameter holds; decides the editor and the checks.
enum class EventParamKind {
    Text,          // free text
    Identifier,    // a contact identifier (email, phone, contactKey …): see EventComposer::isIdentifierName
    Email,         // an e-mail address (also an identifier)
    Phone,         // international phone number, digits with an optional leading + (also an identifier)
    Decimal,       // a number with a point for decimals ("258.0"); no comma, no exponent
    DateTime,      // ISO 8601 with a time zone ("2020-05-14T10:11:00+03:00"); without one: warning
    OrderStatus,   // INITIALIZED, IN_PROGRESS, DELIVERED, CANCELLED, ABANDONED_SHOPPING_CART
    Currency,      // three letters A-Z (ISO 4217), e.g. "USD"
    JsonObject,    // a JSON object serialised into the string value (page, product, category)
    ItemsJson,     // the items table serialised to a JSON array string (orders)
    ProductsJson,  // the items table as `products` in the chosen ProductsShape
};

// One parameter of an event type.
struct EventParamSpec
{
    QString name;              // exact wire name, e.g. "externalOrderId"
    EventParamKind kind = EventParamKind::Text;
    bool required = false;     // missing → validation error
    QString label;             // translated short label for a form ("External order id")
    QString description;       // translated one-line help from the seed
    // For JsonObject parameters: the keys of the object (first = required ones, see
    // requiredJsonKeys), e.g. page → {"location"}, product → {"productId","price",…}.
    QStringList jsonKeys;
    QStringList requiredJsonKeys;
};

// One event type of the catalogue.
struct EventTypeSpec
{
    EventType type = EventType::Custom;
    QString key;               // eventTypeKey on the wire: "orderCreated" …
    QString label;             // translated: "Order created"
    QString description;       // translated one line from the seed
    bool isOrderEvent = false; // orderCreated/Updated/Delivered/Cancelled (has externalOrderId)
    bool hasItems = false;     // items table shown (orders: items/products; cartUpdated: products)
    QList<EventParamSpec> params;   // in the order the form shows them and the body carries them

    const EventParamSpec *param(const QString &name) const;   // exact name; null when absent
};

// The shape of `products` (VENDOR_NOTES: both appear in the seed).
enum class ProductsShape {
    None,          // no products parameter
    ArrayString,   // "[{…},{…}]"           (the cartUpdated example)
    ArrayObject,   // "{\"array\":[{…}]}"   (the orderCreated "products" example)
};

// One line of the items table. Numbers are kept as the operator typed them (decimal text with a
// point) and written into the JSON string as JSON numbers without any rounding.
struct EventItem
{
    QString id;            // externalItemId (order items) or productId (cart/products)
    QString name;
    QString category;
    QString quantity;      // decimal text, e.g. "1" or "0.5"
    QString price;         // cost per item for orders, price for cart products; decimal text
    QString discount;      // cart products only (optional), decimal text
    QString url;
    QString imageUrl;
    QString description;

    bool isEmpty() const;  // every field blank (such rows are skipped, not sent)
    friend bool operator==(const EventItem &a, const EventItem &b)
    {
        return a.id == b.id && a.name == b.name && a.category == b.category && a.quantity == b.quantity
            && a.price == b.price && a.discount == b.discount && a.url == b.url && a.imageUrl == b.imageUrl
            && a.description == b.description;
    }
    friend bool operator!=(const EventItem &a, const EventItem &b) { return !(a == b); }
};

// A validation finding. Field names: a parameter name ("totalCost"), "eventTypeKey", "keyValue",
// "params", "body", or "items[3].price" (0-based row) for the items table.
struct EventProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field;
    QString message;       // translated, one sentence for the operator: what is wrong, what to do
    int itemRow = -1;      // row of the items table, -1 when the problem is not about an item

    bool isError() const { return severity == Severity::Error; }
    QString toDisplayString() const;   // "Error — totalCost: …"
};

struct EventParam
{
    QString name;
    QString value;
    friend bool operator==(const EventParam &a, const EventParam &b) { return a.name == b.name && a.value == b.value; }
    friend bool operator!=(const EventParam &a, const EventParam &b) { return !(a == b); }
};

// An event being composed. A value type (cheap to copy, comparable).
//
// The body is {"eventTypeKey", "keyValue", "params":[{"name","value"}…]} with every value a JSON
// string, params in the order of `params`; when the items table is not empty, `items` (order
// events) and/or `products` (ProductsShape) are generated from it and replace any raw parameter
// of that name at its position (or are appended). Empty-valued optional parameters are left out.
struct EventDraft
{
    Q_DECLARE_TR_FUNCTIONS(cdp::EventDraft)

public:
    QString eventTypeKey;
    QString keyValue;                     // the contact key eSputnik files the event under
    QList<EventParam> params;             // scalar and raw parameters in body order
    QList<EventItem> items;               // the items table (empty rows skipped)
    bool itemsAsItemsParam = true;        // order events: write `items` from the table
    ProductsShape productsShape = ProductsShape::None;   // also write `products` in this shape

    EventType type() const;               // from eventTypeKey (Custom when unknown)
    const EventTypeSpec *spec() const;    // null for Custom

    QString value(const QString &name) const;            // first param with that exact name
    bool hasParam(const QString &name) const;
    void setValue(const QString &name, const QString &value);   // replaces or appends
    void removeParam(const QString &name);

    // The exact UTF-8 JSON request body (compact, keys in the order above).
    QByteArray toRequestBody() const;
    // Validation of the body this draft produces; errors block sending, warnings do not.
    QList<EventProblem> validate() const;
    static bool hasErrors(const QList<EventProblem> &problems);

    // A new draft of `type` with the required parameters present (empty) in catalogue order.
    static EventDraft forType(EventType type);

    // Reads a raw body (the composer's "raw JSON" path, seed examples). On success the draft
    // reproduces the body's meaning: params kept in order, `items`/`products` lifted into the items
    // table when they parse as the known shapes (else kept raw). On failure returns nullopt and
    // `problems` gets at least one Error naming what is wrong and where (line/column, the
    // parameter, e.g. the stray "]}" after the product object of seed 003's productViewed).
    // A body that parses but has bad values returns the draft; validate() reports those.
    static std::optional<EventDraft> fromRequestBody(const QByteArray &body, QList<EventProblem> *problems);

    friend bool operator==(const EventDraft &a, const EventDraft &b)
    {
        return a.eventTypeKey == b.eventTypeKey && a.keyValue == b.keyValue && a.params == b.params
            && a.items == b.items && a.itemsAsItemsParam == b.itemsAsItemsParam && a.productsShape == b.productsShape;
    }
    friend bool operator!=(const EventDraft &a, const EventDraft &b) { return !(a == b); }
};

// The catalogue and the shared rules.
class EventComposer
{
    Q_DECLARE_TR_FUNCTIONS(cdp::EventComposer)

public:
    static const QList<EventTypeSpec> &catalogue();      // the eight known types, seed order
    static const EventTypeSpec *spec(EventType type);     // null for Custom
    static const EventTypeSpec *spec(const QString &eventTypeKey);   // exact key; null when unknown
    static QString key(EventType type);                   // "orderCreated" …; empty for Custom

    static QStringList orderStatuses();                   // the five statuses
    // Seed 003's default identifier parameter names (ContactId, Contact_id, Email, EmailAddress,
    // UserEmail, ContactEmail, Phone, SMS, PhoneNumber, PushToken, ContactKey, Contact_key).
    static QStringList identifierNames();
    // Case-insensitive, as the seed says ("excluding the register").
    static bool isIdentifierName(const QString &paramName);
    static bool isEmailIdentifierName(const QString &paramName);   // Email, EmailAddress, UserEmail, ContactEmail
    // Whether two identifier values name the same contact: e-mail case-insensitively, every
    // other identifier exactly (case-sensitive, no phone normalisation), as the seed says.
    static bool identifierValuesMatch(const QString &paramName, const QString &a, const QString &b);

    // keyValue rules (VENDOR_NOTES, v2 limits, applied to v1 as well): at most 300 characters and
    // none of < ; ’ \ / | " ` ' ^ ? ! , >
    static constexpr int MaxKeyValueLength = 300;
    static constexpr int MaxEventTypeKeyLength = 100;
    static QString forbiddenKeyValueCharacters();
    static constexpr int MaxBodyBytes = 20 * 1024;        // v2's limit, a warning for v1

    // ISO 8601 with the offset of `dateTime` ("2020-05-14T10:11:00+03:00"; UTC gives "Z").
    static QString formatDate(const QDateTime &dateTime);
    // Accepts ISO 8601 with or without seconds/milliseconds and with Z or ±hh:mm; `hasZone` tells
    // whether the text carried a zone. Invalid QDateTime when unreadable.
    static QDateTime parseDate(const QString &text, bool *hasZone = nullptr);
    // "258.0", "990", "-1.5": digits with an optional point; no comma, exponent, blanks or +.
    static bool isDecimal(const QString &text);

    // The items table as the JSON array string of `items` (order events) or the products array
    // (cart): field names per event type (externalItemId/cost vs productId/price/discount).
    // Numbers are written as typed (leading zeros dropped); empty fields are left out; empty rows skipped.
    static QByteArray itemsJson(const QList<EventItem> &items, EventType type);
    // `products` in `shape` (empty for None), field names as itemsJson for `type`.
    static QByteArray productsJson(const QList<EventItem> &items, ProductsShape shape,
                                   EventType type = EventType::CartUpdated);
    // Reads an items/products string back into rows; nullopt when it is not that shape.
    static std::optional<QList<EventItem>> parseItemsJson(const QString &text);
    static std::optional<QList<EventItem>> parseProductsJson(const QString &text, ProductsShape *shape);
};

QString eventParamKindName(EventParamKind kind);   // "decimal" … (debug/tests)

} // namespace cdp

Q_DECLARE_METATYPE(cdp::EventDraft)
Q_DECLARE_METATYPE(cdp::EventProblem)
