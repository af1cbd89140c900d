// UserProfiles::parse(): the User Profile API document (seed 002 + VENDOR_NOTES) as domain types.
#include "userprofiles.h"

#include "domain/money.h"
#include "jsonfields.h"

#include <algorithm>

namespace cdp {

namespace {

using Kind = ProfileEvent::Kind;
namespace J = JsonFields;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

// Fields every behaviour entry carries (VENDOR_NOTES: sessionId and timestamp, epoch ms).
ProfileEvent baseEvent(Kind kind, const QJsonObject &entry)
{
    ProfileEvent event;
    event.kind = kind;
    event.timestampMs = J::epochMs(entry.value(key("timestamp"))).value_or(0);
    event.sessionId = J::firstText(entry, {key("sessionId"), key("session")});
    event.channel = J::firstText(entry, {key("channel")});
    return event;
}

ProfileItem parseItem(const QJsonValue &value)
{
    ProfileItem item;
    if (!value.isObject()) {
        item.itemId = J::text(value).trimmed();
        item.quantity = 1;
        return item;
    }
    const QJsonObject object = value.toObject();
    item.itemId = J::firstText(object, {key("itemId"), key("id"), key("productId")});
    item.sku = J::firstText(object, {key("sku")});
    item.quantity = J::integer(object.value(key("quantity")), 1);
    if (const std::optional<qint64> cents = J::integer(object.value(key("priceInCents")))) {
        item.priceInCents = *cents;
        item.hasPrice = true;
    } else if (const QString price = J::text(object.value(key("price"))); !price.isEmpty()) {
        // Not in this API's documentation, but a price in major units is read exactly if it appears.
        if (const std::optional<Money> money = Money::parse(price)) {
            if (const std::optional<Money> inCents = money->rescaled(2)) {
                item.priceInCents = inCents->minorUnits();
                item.hasPrice = true;
            }
        }
    }
    return item;
}

QList<ProfileItem> parseItems(const QJsonValue &value)
{
    QList<ProfileItem> items;
    const QJsonArray array = J::array(value);
    items.reserve(array.size());
    for (const QJsonValue &entry : array) {
        ProfileItem item = parseItem(entry);
        if (!item.itemId.isEmpty() || !item.sku.isEmpty())
            items.append(item);
    }
    return items;
}

// Lists whose entries name one thing: {sessionId, timestamp, channel?, <subject field>}.
struct SubjectList
{
    const char *name;
    Kind kind;
    std::initializer_list<QLatin1String> subjectKeys;
};

void parseSubjectList(const QJsonObject &root, const SubjectList &list, QList<ProfileEvent> *events)
{
    const QJsonArray entries = J::array(root.value(key(list.name)));
    for (const QJsonValue &value : entries) {
        if (!value.isObject()) {
            // Tolerated: a bare value stands for the subject of an undated entry.
            ProfileEvent event;
            event.kind = list.kind;
            event.subject = J::text(value).trimmed();
            if (!event.subject.isEmpty())
                events->append(event);
            continue;
        }
        const QJsonObject entry = value.toObject();
        ProfileEvent event = baseEvent(list.kind, entry);
        event.subject = J::firstText(entry, list.subjectKeys);
        events->append(event);
    }
}

void parseOrders(const QJsonObject &root, const char *listName, Kind kind, QList<ProfileEvent> *events)
{
    const QJsonArray entries = J::array(root.value(key(listName)));
    for (const QJsonValue &value : entries) {
        if (!value.isObject())
            continue;
        const QJsonObject entry = value.toObject();
        ProfileEvent event = baseEvent(kind, entry);
        event.items = parseItems(entry.value(key("items")));
        if (kind == Kind::Order) {
            event.subject = J::firstText(entry, {key("orderId"), key("id")});
        } else {
            // A cart add names its items; a flat {itemId, quantity, priceInCents} entry is one item.
            if (event.items.isEmpty() && entry.contains(key("itemId")))
                event.items.append(parseItem(entry));
            QStringList ids;
            for (const ProfileItem &item : std::as_const(event.items))
                ids.append(item.itemId.isEmpty() ? item.sku : item.itemId);
            event.subject = ids.join(QStringLiteral(", "));
        }
        events->append(event);
    }
}

void parseVerbNouns(const QJsonObject &root, QList<ProfileEvent> *events)
{
    const QJsonArray entries = J::array(root.value(key("verbNouns")));
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        ProfileEvent event = baseEvent(Kind::VerbNoun, entry);
        const QString verb = J::firstText(entry, {key("verb")});
        const QString noun = J::firstText(entry, {key("noun")});
        event.subject = QString(verb + QLatin1Char(' ') + noun).trimmed();
        if (event.subject.isEmpty())
            event.subject = J::text(value).trimmed();
        events->append(event);
    }
}

void parseSegments(const QJsonObject &root, UserProfile *profile, QList<ProfileEvent> *events)
{
    const QJsonArray entries = J::array(root.value(key("userSegments")));
    for (const QJsonValue &value : entries) {
        ProfileSegmentSet set;
        ProfileEvent event;
        if (value.isObject()) {
            const QJsonObject entry = value.toObject();
            event = baseEvent(Kind::Segments, entry);
            set.segments = J::strings(entry.value(key("segments")));
            if (set.segments.isEmpty())
                set.segments = J::strings(entry.value(key("segment")));
        } else {
            event.kind = Kind::Segments;
            set.segments = J::strings(value);
        }
        set.timestampMs = event.timestampMs;
        set.sessionId = event.sessionId;
        set.channel = event.channel;
        event.subject = set.segments.join(QStringLiteral(", "));
        profile->segments.append(set);
        events->append(event);
    }
}

void parseAttributes(const QJsonObject &root, UserProfile *profile, QList<ProfileEvent> *events)
{
    const QJsonArray entries = J::array(root.value(key("userAttributes")));
    for (const QJsonValue &value : entries) {
        if (!value.isObject())
            continue;
        const QJsonObject entry = value.toObject();
        ProfileEvent event = baseEvent(Kind::Attributes, entry);
        QList<QPair<QString, QStringList>> pairs;
        const QJsonValue values = entry.value(key("values"));
        if (values.isObject()) {
            const QJsonObject map = values.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                pairs.append({it.key(), J::strings(it.value())});
        } else {
            // Tolerated flat shape: {key|name, values|value}.
            const QString name = J::firstText(entry, {key("key"), key("name")});
            if (!name.isEmpty())
                pairs.append({name, J::strings(values.isUndefined() ? entry.value(key("value")) : values)});
        }
        QStringList parts;
        for (const auto &pair : std::as_const(pairs)) {
            ProfileAttribute attribute;
            attribute.timestampMs = event.timestampMs;
            attribute.sessionId = event.sessionId;
            attribute.channel = event.channel;
            attribute.key = pair.first;
            attribute.values = pair.second;
            profile->attributes.append(attribute);
            parts.append(pair.first + QStringLiteral(": ") + pair.second.join(QStringLiteral(", ")));
        }
        event.subject = parts.join(QStringLiteral("; "));
        events->append(event);
    }
}

void parseCountedEvents(const QJsonObject &root, UserProfile *profile)
{
    const QJsonValue counted = root.value(key("countedEvents"));
    if (counted.isObject()) {
        // Tolerated map shape: {value: count} or {value: {count, mostRecentTime}}.
        const QJsonObject map = counted.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            CountedEvent event;
            event.value = it.key();
            if (it.value().isObject()) {
                const QJsonObject entry = it.value().toObject();
                event.count = J::integer(entry.value(key("count")), 0);
                event.mostRecentTimeMs = J::epochMs(entry.value(key("mostRecentTime"))).value_or(0);
            } else {
                event.count = J::integer(it.value(), 0);
            }
            profile->countedEvents.append(event);
        }
        return;
    }
    const QJsonArray entries = J::array(counted);
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        CountedEvent event;
        event.value = J::firstText(entry, {key("value"), key("name")});
        event.count = J::integer(entry.value(key("count")), 0);
        event.mostRecentTimeMs = J::epochMs(entry.value(key("mostRecentTime"))).value_or(0);
        if (!event.value.isEmpty())
            profile->countedEvents.append(event);
    }
}

QStringList parseLinkedIds(const QJsonValue &value)
{
    QStringList ids;
    const QJsonArray entries = J::array(value);
    for (const QJsonValue &entry : entries) {
        QString id;
        if (entry.isObject()) {
            // The object shape is undocumented: take the usual id member, else the first text.
            const QJsonObject object = entry.toObject();
            id = J::firstText(object, {key("userId"), key("id"), key("linkedId"), key("externalId"), key("value")});
            for (auto it = object.begin(); id.isEmpty() && it != object.end(); ++it)
                id = J::text(it.value()).trimmed();
        } else {
            id = J::text(entry).trimmed();
        }
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

template<typename T>
void sortNewestFirst(QList<T> *list, qint64 T::*timestamp)
{
    std::stable_sort(list->begin(), list->end(),
                     [timestamp](const T &a, const T &b) { return a.*timestamp > b.*timestamp; });
}

} // namespace

UserProfile UserProfiles::parse(const QJsonObject &object, ApiError *error)
{
    UserProfile profile;
    if (error)
        *error = ApiError();
    profile.userId = J::text(object.value(key("userId"))).trimmed();
    if (profile.userId.isEmpty()) {
        if (error) {
            *error = ApiError::make(
                ApiError::Kind::BadResponse,
                tr("The profile service answered without a user id, so the answer is not a profile."),
                QStringLiteral("members: ") + object.keys().join(QStringLiteral(", ")));
        }
        return UserProfile();
    }
    profile.mostRecentRRUserGuid = J::firstText(object, {key("mostRecentRRUserGuid")});
    profile.timeOfFirstEventMs = J::epochMs(object.value(key("timeOfFirstEvent"))).value_or(0);
    profile.linkedIds = parseLinkedIds(object.value(key("linkedIds")));
    const QJsonValue batch = object.value(key("batchAttributes"));
    if (batch.isObject())
        profile.batchAttributes = batch.toObject();
    else if (!batch.isNull() && !batch.isUndefined())
        profile.batchAttributes = QJsonObject{{QStringLiteral("value"), batch}};

    QList<ProfileEvent> events;
    parseOrders(object, "orders", Kind::Order, &events);
    parseSubjectList(object, {"viewedItems", Kind::ItemView, {key("itemId"), key("id")}}, &events);
    parseSubjectList(object, {"clickedItems", Kind::Click, {key("itemId"), key("id")}}, &events);
    parseSubjectList(object, {"searchedTerms", Kind::Search, {key("searchTerm"), key("term"), key("query")}}, &events);
    parseSubjectList(object, {"viewedCategories", Kind::CategoryView, {key("categoryId"), key("category"), key("id")}}, &events);
    parseSubjectList(object, {"viewedBrands", Kind::BrandView, {key("brand"), key("brandName"), key("id")}}, &events);
    parseOrders(object, "addedToCartItems", Kind::CartAdd, &events);
    parseSubjectList(object, {"referrerUrls", Kind::Referrer, {key("url"), key("referrerUrl")}}, &events);
    parseVerbNouns(object, &events);
    parseSegments(object, &profile, &events);
    parseAttributes(object, &profile, &events);
    parseCountedEvents(object, &profile);

    sortNewestFirst(&events, &ProfileEvent::timestampMs);
    sortNewestFirst(&profile.segments, &ProfileSegmentSet::timestampMs);
    sortNewestFirst(&profile.attributes, &ProfileAttribute::timestampMs);
    profile.events = std::move(events);
    return profile;
}

} // namespace cdp
