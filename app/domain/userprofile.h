#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cdp {

// One product line inside an order or a cart add (User Profile API).
struct ProfileItem
{
    QString itemId;
    QString sku;
    qint64 quantity = 0;
    qint64 priceInCents = 0;   // per unit, as the API sends it
    bool hasPrice = false;
    qint64 lineTotalCents() const { return quantity * priceInCents; }
};

// One entry of the chronological timeline. All behaviour lists of the profile become events.
struct ProfileEvent
{
    enum class Kind {
        Order,          // orders {channel, orderId, items[]}
        ItemView,       // viewedItems {channel, itemId}
        Click,          // clickedItems {itemId}
        Search,         // searchedTerms {channel, searchTerm}
        CategoryView,   // viewedCategories {categoryId}
        BrandView,      // viewedBrands {brand}
        CartAdd,        // addedToCartItems {channel, items[]}
        Referrer,       // referrerUrls {url}
        VerbNoun,       // verbNouns {verb, noun}
        Segments,       // userSegments {channel, segments[]}
        Attributes,     // userAttributes {channel, values{key:[...]}}
    };
    static constexpr int KindCount = 11;

    Kind kind = Kind::ItemView;
    qint64 timestampMs = 0;     // epoch milliseconds, UTC
    QString sessionId;
    QString channel;
    QString subject;            // orderId, itemId, searchTerm, categoryId, brand, url, "verb noun", segments joined
    QList<ProfileItem> items;   // orders and cart adds

    qint64 totalCents() const;  // sum of item line totals
    qint64 totalQuantity() const;
    bool hasAmount() const;     // at least one item carries a price

    static QString kindKey(Kind kind);          // stable, untranslated: "order", "view" ...
    static QString kindDisplayName(Kind kind);  // translated label for the UI
    static bool kindFromKey(const QString &key, Kind *kind);
    static QList<Kind> allKinds();              // in enum order
};

struct ProfileSegmentSet
{
    qint64 timestampMs = 0;
    QString sessionId;
    QString channel;
    QStringList segments;
};

struct ProfileAttribute
{
    qint64 timestampMs = 0;
    QString sessionId;
    QString channel;
    QString key;
    QStringList values;
};

struct CountedEvent
{
    QString value;
    qint64 count = 0;
    qint64 mostRecentTimeMs = 0;
};

// A user profile as fetched at one moment.
struct UserProfile
{
    QString userId;
    QString mostRecentRRUserGuid;
    qint64 timeOfFirstEventMs = 0;      // 0 = not sent
    QStringList linkedIds;
    QList<ProfileEvent> events;         // every behaviour list, sorted newest first
    QList<ProfileSegmentSet> segments;  // newest first
    QList<ProfileAttribute> attributes; // newest first
    QList<CountedEvent> countedEvents;
    QJsonObject batchAttributes;
    QDateTime fetchedAt;                // UTC, set by the connector

    QList<int> countsPerKind() const;   // indexed by int(ProfileEvent::Kind), KindCount entries
    qint64 totalOrderCents() const;     // sum over all order events
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::UserProfile)
Q_DECLARE_METATYPE(cdp::ProfileEvent)
