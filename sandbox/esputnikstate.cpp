#include "esputnikstate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

enum class IdKind { ContactId, Email, Phone, PushToken, ContactKey };

std::optional<IdKind> identifierKind(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"contactid" || lower == u"contact_id")
        return IdKind::ContactId;
    if (lower == u"email" || lower == u"emailaddress" || lower == u"useremail" || lower == u"contactemail")
        return IdKind::Email;
    if (lower == u"phone" || lower == u"sms" || lower == u"phonenumber")
        return IdKind::Phone;
    if (lower == u"pushtoken")
        return IdKind::PushToken;
    if (lower == u"contactkey" || lower == u"contact_key")
        return IdKind::ContactKey;
    return std::nullopt;
}

bool matches(const EsputnikContact &contact, IdKind kind, const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (kind) {
    case IdKind::ContactId: return QString::number(contact.id) == value;
    case IdKind::Email: return contact.email.compare(value, Qt::CaseInsensitive) == 0;
    case IdKind::Phone: return contact.phone == value;
    case IdKind::PushToken: return contact.pushToken == value;
    case IdKind::ContactKey: return contact.contactKey == value;
    }
    return false;
}

QString param(const QList<EsputnikParam> &params, const QString &name)
{
    for (const EsputnikParam &p : params) {
        if (p.name == name)
            return p.value;
    }
    return {};
}

QJsonObject contactJson(const EsputnikContact &contact)
{
    return QJsonObject{{u"id"_s, double(contact.id)},       {u"email"_s, contact.email},
                       {u"phone"_s, contact.phone},          {u"contactKey"_s, contact.contactKey},
                       {u"pushToken"_s, contact.pushToken},  {u"firstName"_s, contact.firstName}};
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
}

} // namespace

const QStringList &EsputnikState::identifierNames()
{
    static const QStringList names{u"ContactId"_s, u"Contact_id"_s, u"Email"_s, u"EmailAddress"_s,
                                   u"UserEmail"_s, u"ContactEmail"_s, u"Phone"_s, u"SMS"_s,
                                   u"PhoneNumber"_s, u"PushToken"_s, u"ContactKey"_s, u"Contact_key"_s};
    return names;
}

const QStringList &EsputnikState::orderStatuses()
{
    static const QStringList statuses{u"INITIALIZED"_s, u"IN_PROGRESS"_s, u"DELIVERED"_s, u"CANCELLED"_s,
                                      u"ABANDONED_SHOPPING_CART"_s};
    return statuses;
}

const QStringList &EsputnikState::orderRequiredParams()
{
    static const QStringList names{u"externalOrderId"_s, u"externalCustomerId"_s, u"totalCost"_s, u"status"_s,
                                   u"date"_s};
    return names;
}

const QStringList &EsputnikState::bulkOrderRequiredFields()
{
    static const QStringList names = orderRequiredParams() + QStringList{u"currency"_s};
    return names;
}

QJsonArray EsputnikState::demoContactsJson()
{
    const EsputnikState state;
    QJsonArray array;
    for (const EsputnikContact &contact : state.m_contacts)
        array.append(contactJson(contact));
    return array;
}

EsputnikState::EsputnikState()
{
    // The seed's own contact first (its phone, customer id and e-mail), then a few more.
    const EsputnikContact demo[] = {
            {0, u"example@email.com"_s, u"380501234567"_s, u"AV13760"_s, QString(), u"Seed"_s},
            {0, u"anna.kowalska@example.com"_s, u"48600123456"_s, u"AK-2001"_s, QString(), u"Anna"_s},
            {0, u"jan.nowak@example.com"_s, u"48601234567"_s, u"JN-2002"_s, QString(), u"Jan"_s},
            {0, u"Maria.Garcia@Example.com"_s, u"34612345678"_s, u"MG-2003"_s, QString(), u"Maria"_s},
            {0, u"li.wei@example.com"_s, u"8613800138000"_s, u"LW-2004"_s, u"pt-demo-Lw2004xQ"_s, u"Wei"_s},
    };
    for (const EsputnikContact &contact : demo)
        upsertContact(contact);
}

std::optional<qint64> EsputnikState::resolve(const QList<EsputnikParam> &params, const QString &keyValue) const
{
    for (const EsputnikParam &p : params) {
        const std::optional<IdKind> kind = identifierKind(p.name);
        if (!kind)
            continue;
        for (const EsputnikContact &contact : m_contacts) {
            if (matches(contact, *kind, p.value))
                return contact.id;
        }
    }
    for (const EsputnikContact &contact : m_contacts) {
        for (const IdKind kind : {IdKind::Email, IdKind::Phone, IdKind::ContactKey, IdKind::PushToken}) {
            if (matches(contact, kind, keyValue))
                return contact.id;
        }
    }
    return std::nullopt;
}

std::optional<qint64> EsputnikState::contactFor(const QString &email, const QString &phone,
                                                const QString &contactKey) const
{
    for (const auto &[kind, value] : {std::pair{IdKind::Email, email}, std::pair{IdKind::Phone, phone},
                                      std::pair{IdKind::ContactKey, contactKey}}) {
        for (const EsputnikContact &contact : m_contacts) {
            if (matches(contact, kind, value))
                return contact.id;
        }
    }
    return std::nullopt;
}

qint64 EsputnikState::upsertContact(const EsputnikContact &contact)
{
    if (const std::optional<qint64> id = contactFor(contact.email, contact.phone, contact.contactKey)) {
        auto existing = std::find_if(m_contacts.begin(), m_contacts.end(),
                                     [&id](const EsputnikContact &c) { return c.id == *id; });
        for (const auto &[field, value] : {std::pair{&EsputnikContact::email, contact.email},
                                           std::pair{&EsputnikContact::phone, contact.phone},
                                           std::pair{&EsputnikContact::contactKey, contact.contactKey},
                                           std::pair{&EsputnikContact::pushToken, contact.pushToken},
                                           std::pair{&EsputnikContact::firstName, contact.firstName}}) {
            if (!value.isEmpty())
                (*existing).*field = value;
        }
        return *id;
    }
    EsputnikContact added = contact;
    added.id = m_nextContactId++;
    m_contacts.push_back(added);
    return added.id;
}

EsputnikOrder *EsputnikState::order(const QString &externalOrderId)
{
    auto found = std::find_if(m_orders.begin(), m_orders.end(),
                              [&externalOrderId](const EsputnikOrder &o) { return o.externalOrderId == externalOrderId; });
    return found == m_orders.end() ? nullptr : &*found;
}

void EsputnikState::upsertOrder(EsputnikOrder order, qint64 nowMs)
{
    order.history = {EsputnikStatusChange{order.status, u"v1/orders"_s, 0, nowMs}};
    if (EsputnikOrder *existing = this->order(order.externalOrderId)) {
        order.history = existing->history + order.history;
        *existing = std::move(order);
        return;
    }
    m_orders.push_back(std::move(order));
}

const EsputnikEvent &EsputnikState::receive(const QString &eventTypeKey, const QString &keyValue,
                                            QList<EsputnikParam> params, qint64 nowMs)
{
    EsputnikEvent event;
    event.seq = qint64(m_events.size()) + 1;
    event.receivedMs = nowMs;
    event.eventTypeKey = eventTypeKey;
    event.keyValue = keyValue;
    event.params = std::move(params);
    event.contactId = resolve(event.params, keyValue);
    if (!event.contactId) {
        event.reason = u"No contact matches the event's identifiers or keyValue; the event is not saved"_s;
    } else if (eventTypeKey.startsWith(u"order")) {
        event.reason = applyOrderEvent(event);
    } else {
        event.saved = true;
    }
    m_events.push_back(std::move(event));
    return m_events.back();
}

QString EsputnikState::applyOrderEvent(EsputnikEvent &event)
{
    const QString type = event.eventTypeKey;
    const QString orderId = param(event.params, u"externalOrderId"_s);
    if (type != u"orderCreated" && type != u"orderUpdated" && type != u"orderDelivered" && type != u"orderCancelled") {
        event.saved = true;   // another event type whose name starts with "order": stored as is
        return {};
    }
    if (orderId.isEmpty())
        return u"%1 without externalOrderId is ignored"_s.arg(type);

    EsputnikOrder *existing = order(orderId);
    auto change = [&event](EsputnikOrder &o, const QString &status) {
        o.status = status;
        o.history.append(EsputnikStatusChange{status, event.eventTypeKey, event.seq, event.receivedMs});
        event.saved = true;
    };
    if (type == u"orderDelivered" || type == u"orderCancelled") {
        if (!existing)
            return u"%1 for the unknown order %2 is ignored"_s.arg(type, orderId);
        change(*existing, type == u"orderDelivered" ? u"DELIVERED"_s : u"CANCELLED"_s);
        return {};
    }
    if (type == u"orderUpdated" && existing) {
        for (const auto &[field, name] : {std::pair{&EsputnikOrder::externalCustomerId, u"externalCustomerId"_s},
                                          std::pair{&EsputnikOrder::totalCost, u"totalCost"_s},
                                          std::pair{&EsputnikOrder::date, u"date"_s},
                                          std::pair{&EsputnikOrder::currency, u"currency"_s},
                                          std::pair{&EsputnikOrder::items, u"items"_s}}) {
            const QString value = param(event.params, name);
            if (!value.isEmpty())
                existing->*field = value;
        }
        const QString status = param(event.params, u"status"_s);
        if (!status.isEmpty() && !orderStatuses().contains(status))
            return u"orderUpdated with the unknown status %1 is ignored"_s.arg(status);
        change(*existing, status.isEmpty() ? existing->status : status);
        return {};
    }

    // orderCreated, or orderUpdated creating the order: the orderCreated requirements apply.
    QStringList missing;
    for (const QString &name : orderRequiredParams()) {
        if (param(event.params, name).trimmed().isEmpty())
            missing.append(name);
    }
    if (!missing.isEmpty())
        return u"%1 is missing required parameters [%2]; the order is not saved"_s.arg(type, missing.join(u", "));
    const QString status = param(event.params, u"status"_s);
    if (!orderStatuses().contains(status))
        return u"%1 with the unknown status %2 is ignored"_s.arg(type, status);
    bool numeric = false;
    param(event.params, u"totalCost"_s).toDouble(&numeric);
    if (!numeric)
        return u"%1 with a non-numeric totalCost is ignored"_s.arg(type);

    EsputnikOrder created;
    created.externalOrderId = orderId;
    created.externalCustomerId = param(event.params, u"externalCustomerId"_s);
    created.totalCost = param(event.params, u"totalCost"_s);
    created.date = param(event.params, u"date"_s);
    created.currency = param(event.params, u"currency"_s);
    created.items = param(event.params, u"items"_s);
    created.contactId = event.contactId;
    if (existing) {
        created.history = existing->history;
        *existing = created;
        change(*existing, status);
    } else {
        m_orders.push_back(created);
        change(m_orders.back(), status);
    }
    return {};
}

QJsonObject EsputnikState::toJson(qint64 sinceSeq, bool eventsOnly) const
{
    QJsonArray contacts;
    QJsonArray orders;
    if (!eventsOnly) {
        for (const EsputnikContact &contact : m_contacts)
            contacts.append(contactJson(contact));
    }
    for (const EsputnikOrder &order : m_orders) {
        if (eventsOnly)
            break;
        QJsonArray history;
        for (const EsputnikStatusChange &change : order.history) {
            history.append(QJsonObject{{u"status"_s, change.status}, {u"source"_s, change.source},
                                       {u"seq"_s, double(change.seq)}, {u"atMs"_s, double(change.atMs)}});
        }
        orders.append(QJsonObject{{u"externalOrderId"_s, order.externalOrderId},
                                  {u"externalCustomerId"_s, order.externalCustomerId},
                                  {u"totalCost"_s, order.totalCost},
                                  {u"status"_s, order.status},
                                  {u"date"_s, order.date},
                                  {u"currency"_s, order.currency},
                                  {u"items"_s, order.items},
                                  {u"contactId"_s, optionalId(order.contactId)},
                                  {u"history"_s, history}});
    }
    QJsonArray events;
    qint64 saved = 0;
    for (const EsputnikEvent &event : m_events) {
        saved += event.saved ? 1 : 0;
        if (event.seq <= sinceSeq)
            continue;
        QJsonArray params;
        for (const EsputnikParam &p : event.params)
            params.append(QJsonObject{{u"name"_s, p.name}, {u"value"_s, p.value}});
        QJsonObject object{{u"seq"_s, double(event.seq)},         {u"receivedMs"_s, double(event.receivedMs)},
                           {u"eventTypeKey"_s, event.eventTypeKey}, {u"keyValue"_s, event.keyValue},
                           {u"params"_s, params},                  {u"contactId"_s, optionalId(event.contactId)},
                           {u"saved"_s, event.saved}};
        if (!event.reason.isEmpty())
            object.insert(u"reason"_s, event.reason);
        events.append(object);
    }
    const qint64 total = qint64(m_events.size());
    return QJsonObject{{u"contacts"_s, contacts},
                       {u"orders"_s, orders},
                       {u"events"_s, events},
                       {u"counts"_s, QJsonObject{{u"events"_s, double(total)},
                                                 {u"saved"_s, double(saved)},
                                                 {u"ignored"_s, double(total - saved)},
                                                 {u"contacts"_s, double(m_contacts.size())},
                                                 {u"orders"_s, double(m_orders.size())}}},
                       {u"lastSeq"_s, double(total)}};
}

} // namespace cdp::sandbox
