// EventDraft::validate(): what eSputnik would ignore or misread, found before sending.

#include "eventcomposer.h"
#include "eventjson_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

using Severity = EventProblem::Severity;

class Checker
{
public:
    explicit Checker(const EventDraft &draft)
        : m_draft(draft)
        , m_spec(draft.spec())
        , m_type(draft.type())
        , m_params(effectiveParams(draft))
    {
    }

    QList<EventProblem> run()
    {
        checkEventType();
        checkKeyValue();
        checkParamNames();
        checkRequired();
        for (const EventParam &p : m_params)
            checkValue(p);
        checkIdentifiers();
        checkItemsTable();
        checkTotal();
        checkBodySize();
        return m_problems;
    }

private:
    void add(Severity severity, const QString &field, const QString &message, int row = -1)
    {
        EventProblem p;
        p.severity = severity;
        p.field = field;
        p.message = message;
        p.itemRow = row;
        m_problems.append(p);
    }

    QString value(const QString &name) const
    {
        for (const EventParam &p : m_params) {
            if (p.name == name)
                return p.value;
        }
        return {};
    }

    void checkEventType()
    {
        const QString key = m_draft.eventTypeKey;
        if (key.trimmed().isEmpty()) {
            add(Severity::Error, u"eventTypeKey"_s, EventDraft::tr("Choose an event type (eventTypeKey)."));
            return;
        }
        if (key.size() > EventComposer::MaxEventTypeKeyLength)
            add(Severity::Error, u"eventTypeKey"_s,
                EventDraft::tr("The event type is %1 characters long; eSputnik accepts at most %2.")
                    .arg(key.size())
                    .arg(EventComposer::MaxEventTypeKeyLength));
        if (key != key.trimmed() || key.contains(u' '))
            add(Severity::Warning, u"eventTypeKey"_s,
                EventDraft::tr("The event type contains spaces; eSputnik matches event types exactly."));
        if (!m_spec) {
            for (const EventTypeSpec &spec : EventComposer::catalogue()) {
                if (spec.key.compare(key, Qt::CaseInsensitive) == 0) {
                    add(Severity::Error, u"eventTypeKey"_s,
                        EventDraft::tr("“%1” differs from the known event type “%2” only in letter case; eSputnik "
                                       "would treat it as a different, custom event.")
                            .arg(key, spec.key));
                    return;
                }
            }
        }
    }

    void checkKeyValue()
    {
        const QString key = m_draft.keyValue;
        if (key.trimmed().isEmpty()) {
            add(Severity::Error, u"keyValue"_s,
                EventDraft::tr("keyValue is empty: enter the contact's key, usually the e-mail address or phone number."));
            return;
        }
        if (key.size() > EventComposer::MaxKeyValueLength)
            add(Severity::Error, u"keyValue"_s,
                EventDraft::tr("keyValue is %1 characters long; at most %2 are allowed.")
                    .arg(key.size())
                    .arg(EventComposer::MaxKeyValueLength));
        QString bad;
        const QString forbidden = EventComposer::forbiddenKeyValueCharacters();
        for (const QChar c : key) {
            if (forbidden.contains(c) && !bad.contains(c))
                bad += c;
        }
        if (!bad.isEmpty()) {
            QStringList shown;
            for (const QChar c : std::as_const(bad))
                shown.append(u"“"_s + c + u"”"_s);
            add(Severity::Error, u"keyValue"_s,
                EventDraft::tr("keyValue contains %1, which eSputnik does not allow (none of %2).")
                    .arg(shown.join(u' '), EventComposer::forbiddenKeyValueCharacters()));
        }
        if (key != key.trimmed())
            add(Severity::Warning, u"keyValue"_s, EventDraft::tr("keyValue starts or ends with a blank."));
    }

    void checkParamNames()
    {
        QSet<QString> seen;
        for (const EventParam &p : std::as_const(m_draft.params)) {
            if (p.name.trimmed().isEmpty()) {
                if (!p.value.isEmpty())
                    add(Severity::Error, u"params"_s, EventDraft::tr("A parameter with the value “%1” has no name.").arg(p.value.left(40)));
                continue;
            }
            if (p.value.isEmpty())
                continue;
            const QString folded = p.name.toLower();
            if (seen.contains(folded))
                add(Severity::Warning, p.name,
                    EventDraft::tr("The parameter “%1” appears more than once; eSputnik may use either value.").arg(p.name));
            seen.insert(folded);
            if (m_spec && !m_spec->param(p.name)) {
                for (const EventParamSpec &spec : m_spec->params) {
                    if (spec.name.compare(p.name, Qt::CaseInsensitive) == 0) {
                        add(spec.required ? Severity::Error : Severity::Warning, p.name,
                            EventDraft::tr("“%1” should be spelt “%2”: eSputnik reads order parameters by their exact names.")
                                .arg(p.name, spec.name));
                        break;
                    }
                }
            }
        }
    }

    bool present(const QString &name) const
    {
        return !value(name).trimmed().isEmpty();
    }

    void checkRequired()
    {
        if (!m_spec)
            return;
        for (const EventParamSpec &spec : m_spec->params) {
            if (!spec.required || present(spec.name))
                continue;
            if (m_type == EventType::OrderCreated)
                add(Severity::Error, spec.name,
                    EventDraft::tr("%1 (%2) is required: without it eSputnik ignores the orderCreated event.")
                        .arg(spec.label, spec.name));
            else
                add(Severity::Error, spec.name, EventDraft::tr("%1 (%2) is required.").arg(spec.label, spec.name));
        }
        if (m_type == EventType::OrderUpdated) {
            QStringList missing;
            for (const QString &name : {u"externalCustomerId"_s, u"totalCost"_s, u"status"_s, u"date"_s}) {
                if (!present(name))
                    missing.append(name);
            }
            if (!missing.isEmpty())
                add(Severity::Warning, u"params"_s,
                    EventDraft::tr("Without %1, this update is ignored if the order does not exist in eSputnik yet "
                                   "(a missing order is created only with the orderCreated parameters).")
                        .arg(missing.join(u", "_s)));
        }
        if (m_type == EventType::CartUpdated && !present(u"products"_s))
            add(Severity::Warning, u"products"_s,
                EventDraft::tr("No products: this says the cart is now empty. Add the cart's items otherwise."));
    }

    void checkValue(const EventParam &p)
    {
        const EventParamSpec *spec = m_spec ? m_spec->param(p.name) : nullptr;
        const QString v = p.value;
        const QString label = spec ? spec->label : p.name;
        if (!spec) {
            const QString trimmed = v.trimmed();
            if (EventComposer::isEmailIdentifierName(p.name)) {
                checkEmail(p.name, v);
            } else if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
                const QString why = EventJson::jsonProblem(v, false, false);
                if (!why.isEmpty())
                    add(Severity::Warning, p.name, EventDraft::tr("The value looks like JSON but is %1").arg(why));
            }
            return;
        }
        switch (spec->kind) {
        case EventParamKind::Text:
        case EventParamKind::Identifier:
            if (v != v.trimmed())
                add(Severity::Warning, p.name, EventDraft::tr("%1 starts or ends with a blank; eSputnik compares values exactly.").arg(label));
            break;
        case EventParamKind::Email:
            checkEmail(p.name, v);
            break;
        case EventParamKind::Phone: {
            static const QRegularExpression phone(u"^\\+?[0-9]{6,15}$"_s);
            if (!phone.match(v).hasMatch())
                add(Severity::Warning, p.name,
                    EventDraft::tr("“%1” is not a phone number in international format (digits only, e.g. 380501234567); "
                                   "eSputnik matches phone numbers exactly as written.")
                        .arg(v));
            break;
        }
        case EventParamKind::Decimal:
            if (!EventComposer::isDecimal(v))
                add(Severity::Error, p.name,
                    EventDraft::tr("%1 must be a number with a point for decimals, such as 258.0 (not “%2”).").arg(label, v));
            break;
        case EventParamKind::DateTime: {
            bool hasZone = false;
            const QDateTime when = EventComposer::parseDate(v, &hasZone);
            if (!when.isValid())
                add(Severity::Error, p.name,
                    EventDraft::tr("%1 “%2” is not a date and time in ISO 8601, such as 2020-05-14T10:11:00+03:00.").arg(label, v));
            else if (!hasZone)
                add(Severity::Warning, p.name,
                    EventDraft::tr("%1 has no time zone; eSputnik will read it in the account's zone. Add one, e.g. %2.")
                        .arg(label, v + u"+00:00"_s));
            break;
        }
        case EventParamKind::OrderStatus:
            if (!EventComposer::orderStatuses().contains(v)) {
                if (EventComposer::orderStatuses().contains(v.trimmed().toUpper()))
                    add(Severity::Error, p.name, EventDraft::tr("Write the status in capitals: %1.").arg(v.trimmed().toUpper()));
                else
                    add(Severity::Error, p.name,
                        EventDraft::tr("“%1” is not an order status; use one of %2.").arg(v, EventComposer::orderStatuses().join(u", "_s)));
            }
            break;
        case EventParamKind::Currency: {
            static const QRegularExpression code(u"^[A-Z]{3}$"_s);
            if (!code.match(v).hasMatch())
                add(Severity::Warning, p.name, EventDraft::tr("“%1” is not a three-letter currency code such as USD.").arg(v));
            break;
        }
        case EventParamKind::JsonObject:
            checkJsonObject(*spec, v);
            break;
        case EventParamKind::ItemsJson: {
            const QString why = EventJson::jsonProblem(v, false, true);
            if (!why.isEmpty())
                add(Severity::Error, p.name, EventDraft::tr("The items value is %1 It must be a JSON array of items, as a string.").arg(why));
            else
                checkNestedDepth(p.name, v);
            break;
        }
        case EventParamKind::ProductsJson: {
            const QString why = EventJson::jsonProblem(v, false, false);
            if (!why.isEmpty()) {
                add(Severity::Error, p.name, EventDraft::tr("The products value is %1").arg(why));
                break;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(v.toUtf8());
            const bool arrayObject = doc.isObject() && doc.object().value(u"array"_s).isArray();
            if (!doc.isArray() && !arrayObject)
                add(Severity::Error, p.name,
                    EventDraft::tr("products must be a JSON array [ … ] or an object {\"array\":[ … ]}."));
            break;
        }
        }
    }

    void checkEmail(const QString &name, const QString &v)
    {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (!email.match(v.trimmed()).hasMatch())
            add(Severity::Error, name, EventDraft::tr("“%1” is not an e-mail address.").arg(v));
    }

    void checkNestedDepth(const QString &name, const QString &v)
    {
        const QJsonArray array = QJsonDocument::fromJson(v.toUtf8()).array();
        for (const QJsonValue &item : array) {
            if (!item.isObject()) {
                add(Severity::Warning, name, EventDraft::tr("Each item should be an object {\"externalItemId\", …}."));
                return;
            }
            const QJsonObject object = item.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.value().isArray() || it.value().isObject()) {
                    add(Severity::Warning, name,
                        EventDraft::tr("Item field “%1” is nested JSON; eSputnik keeps only one level, so it stays a string there.")
                            .arg(it.key()));
                    return;
                }
            }
        }
    }

    void checkJsonObject(const EventParamSpec &spec, const QString &v)
    {
        const QString why = EventJson::jsonProblem(v, true, false);
        if (!why.isEmpty()) {
            add(Severity::Error, spec.name, EventDraft::tr("The %1 value is %2").arg(spec.name, why));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(v.toUtf8()).object();
        for (const QString &key : spec.requiredJsonKeys) {
            const QJsonValue value = object.value(key);
            if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
                add(Severity::Error, spec.name, EventDraft::tr("The %1 object needs “%2”.").arg(spec.name, key));
        }
        for (const QString &key : {u"price"_s, u"quantity"_s}) {
            const QJsonValue value = object.value(key);
            if (!value.isUndefined() && !value.isDouble() && !(value.isString() && EventComposer::isDecimal(value.toString())))
                add(Severity::Error, spec.name, EventDraft::tr("“%1” in %2 must be a number.").arg(key, spec.name));
        }
        if (object.contains(u"isInStock"_s)) {
            const QJsonValue stock = object.value(u"isInStock"_s);
            if (!stock.isDouble() || (stock.toInt(-1) != 0 && stock.toInt(-1) != 1))
                add(Severity::Warning, spec.name, EventDraft::tr("isInStock should be 1 (in stock) or 0."));
        }
        if (spec.name == u"page"_s) {
            const QString location = object.value(u"location"_s).toString();
            if (!location.isEmpty() && !location.contains(u"://"_s))
                add(Severity::Warning, spec.name, EventDraft::tr("location “%1” is not a URL or deep link (scheme://…).").arg(location));
        }
    }

    void checkIdentifiers()
    {
        for (const EventParam &p : m_params) {
            if (EventComposer::isIdentifierName(p.name) && !p.value.trimmed().isEmpty())
                return;
        }
        if (m_draft.keyValue.trimmed().isEmpty())
            return;
        add(Severity::Warning, u"params"_s,
            EventDraft::tr("No contact identifier parameter (email, phone, contactKey …): eSputnik saves the event only when "
                           "it can find the contact, by a default identifier or one configured for this event type."));
    }

    void checkItemsTable()
    {
        const bool cart = m_type == EventType::CartUpdated;
        for (qsizetype row = 0; row < m_draft.items.size(); ++row) {
            const EventItem &item = m_draft.items.at(row);
            if (item.isEmpty())
                continue;
            const int r = int(row);
            const QString prefix = u"items[%1]."_s.arg(row);
            if (item.id.trimmed().isEmpty())
                add(Severity::Error, prefix + (cart ? u"productId"_s : u"externalItemId"_s),
                    EventDraft::tr("Item %1 has no product id.").arg(row + 1), r);
            const QString priceName = cart ? u"price"_s : u"cost"_s;
            if (item.quantity.trimmed().isEmpty()) {
                add(cart ? Severity::Error : Severity::Warning, prefix + u"quantity"_s,
                    EventDraft::tr("Item %1 has no quantity.").arg(row + 1), r);
            } else if (!EventComposer::isDecimal(item.quantity.trimmed())) {
                add(Severity::Error, prefix + u"quantity"_s,
                    EventDraft::tr("Item %1: quantity “%2” is not a number.").arg(row + 1).arg(item.quantity), r);
            }
            if (item.price.trimmed().isEmpty()) {
                add(cart ? Severity::Error : Severity::Warning, prefix + priceName,
                    EventDraft::tr("Item %1 has no price.").arg(row + 1), r);
            } else if (!EventComposer::isDecimal(item.price.trimmed())) {
                add(Severity::Error, prefix + priceName,
                    EventDraft::tr("Item %1: price “%2” must be a number with a point for decimals.").arg(row + 1).arg(item.price), r);
            }
            if (!item.discount.trimmed().isEmpty() && !EventComposer::isDecimal(item.discount.trimmed()))
                add(Severity::Error, prefix + u"discount"_s,
                    EventDraft::tr("Item %1: discount “%2” is not a number.").arg(row + 1).arg(item.discount), r);
        }
    }

    // Sum of quantity × cost over the items (the table, or a raw items string).
    void checkTotal()
    {
        if (!m_spec || !m_spec->isOrderEvent || !present(u"totalCost"_s))
            return;
        const auto total = EventJson::parseDecimal(value(u"totalCost"_s));
        if (!total)
            return;
        QList<EventItem> items;
        bool hasTable = false;
        for (const EventItem &item : m_draft.items) {
            if (!item.isEmpty()) {
                items.append(item);
                hasTable = true;
            }
        }
        if (!hasTable) {
            const auto parsed = EventComposer::parseItemsJson(value(u"items"_s));
            if (!parsed || parsed->isEmpty())
                return;
            items = *parsed;
        }
        EventJson::Decimal sum;
        for (const EventItem &item : std::as_const(items)) {
            const auto price = EventJson::parseDecimal(item.price);
            const auto quantity = item.quantity.trimmed().isEmpty() ? EventJson::parseDecimal(u"1"_s)
                                                                    : EventJson::parseDecimal(item.quantity);
            if (!price || !quantity)
                return;   // reported per item already
            const auto line = EventJson::multiply(*price, *quantity);
            if (!line)
                return;
            sum.units += line->units;
        }
        if (sum.units != total->units)
            add(Severity::Warning, u"totalCost"_s,
                EventDraft::tr("The items add up to %1, but totalCost is %2. Check the total (discounts, shipping?).")
                    .arg(EventJson::formatDecimal(sum), value(u"totalCost"_s)));
    }

    void checkBodySize()
    {
        const qsizetype size = m_draft.toRequestBody().size();
        if (size > EventComposer::MaxBodyBytes)
            add(Severity::Warning, u"body"_s,
                EventDraft::tr("The request body is %1 KB; eSputnik's v2/event accepts at most 20 KB and very large "
                               "v1 events may be refused.")
                    .arg((size + 1023) / 1024));
    }

    const EventDraft &m_draft;
    const EventTypeSpec *m_spec;
    EventType m_type;
    QList<EventParam> m_params;
    QList<EventProblem> m_problems;
};

} // namespace

QList<EventProblem> EventDraft::validate() const
{
    return Checker(*this).run();
}

} // namespace cdp
