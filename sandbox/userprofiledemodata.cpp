#include "userprofiledemodata.h"

#include "sandboxdatabase.h"
#include "sandboxlogging.h"
#include "userprofilestore.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

struct Product
{
    const char16_t *itemId;
    const char16_t *sku;
    const char16_t *category;
    const char16_t *brand;
    int priceCents;
};

constexpr Product kProducts[] = {
        {u"sku-trail-running-shoe", u"TRS-4410-42", u"Running Shoes", u"Salomon", 12999},
        {u"sku-road-running-shoe", u"RRS-2201-41", u"Running Shoes", u"Asics", 13999},
        {u"sku-leather-chelsea-boot", u"LCB-1187-39", u"Shoes", u"Dr. Martens", 18900},
        {u"sku-canvas-sneaker", u"CSN-0042-40", u"Shoes", u"Converse", 6499},
        {u"sku-hiking-boot", u"HKB-3310-43", u"Outdoor", u"Merrell", 15999},
        {u"sku-merino-wool-sweater", u"MWS-7741-M", u"Knitwear", u"Icebreaker", 11900},
        {u"sku-slim-fit-jeans", u"SFJ-5110-32", u"Jeans", u"Levi's", 8999},
        {u"sku-rain-jacket", u"RJK-9020-L", u"Jackets", u"The North Face", 16999},
        {u"sku-down-vest", u"DVS-6001-M", u"Jackets", u"Patagonia", 14900},
        {u"sku-cotton-t-shirt", u"CTS-1000-S", u"T-Shirts", u"Uniqlo", 1490},
        {u"sku-linen-shirt", u"LSH-2231-M", u"Shirts", u"Massimo Dutti", 5995},
        {u"sku-leather-belt", u"LBT-4500-95", u"Accessories", u"Fossil", 4500},
        {u"sku-wool-beanie", u"WBN-0230-OS", u"Accessories", u"Carhartt", 2299},
        {u"sku-aviator-sunglasses", u"AVS-3025-58", u"Accessories", u"Ray-Ban", 15300},
        {u"sku-canvas-backpack", u"CBP-1010-22L", u"Bags", u"Herschel", 7999},
        {u"sku-wireless-earbuds", u"WEB-1000-BK", u"Electronics", u"Sony", 12999},
        {u"sku-gps-smartwatch", u"GSW-0255-BK", u"Electronics", u"Garmin", 29999},
        {u"sku-bluetooth-speaker", u"BTS-0005-BL", u"Electronics", u"JBL", 9999},
        {u"sku-ceramic-mug-set", u"CMS-0004-WH", u"Home", u"IKEA", 2499},
        {u"sku-linen-duvet-cover", u"LDC-2020-200", u"Home", u"Zara Home", 8999},
        {u"sku-scented-candle", u"SCN-0310-VAN", u"Home", u"Yankee Candle", 2799},
        {u"sku-cast-iron-skillet", u"CIS-1026-26", u"Kitchen", u"Lodge", 4499},
        {u"sku-vitamin-c-serum", u"VCS-0030-30ML", u"Beauty", u"The Ordinary", 1290},
        {u"sku-hydrating-face-cream", u"HFC-0050-50ML", u"Beauty", u"La Roche-Posay", 2199},
        {u"sku-eau-de-parfum", u"EDP-0100-100ML", u"Beauty", u"Chanel", 13500},
        {u"sku-yoga-mat", u"YGM-0600-PRP", u"Sports", u"Manduka", 8800},
        {u"sku-insulated-water-bottle", u"IWB-0032-GRN", u"Sports", u"Hydro Flask", 3995},
        {u"sku-cycling-helmet", u"CHM-0440-M", u"Sports", u"Giro", 9999},
        {u"sku-tennis-racket", u"TRK-0100-G2", u"Sports", u"Wilson", 17900},
        {u"sku-building-blocks-set", u"BBS-4210-KIT", u"Toys", u"LEGO", 5999},
        {u"sku-plush-teddy-bear", u"PTB-0028-BRN", u"Toys", u"Steiff", 3499},
};

constexpr const char16_t *kExtraCategories[] = {u"Sale", u"New Arrivals", u"Gifts for Her", u"Gifts for Him",
                                                u"Outlet", u"Best Sellers"};

constexpr const char16_t *kSearchTerms[] = {
        u"running shoes",     u"waterproof jacket", u"gift for her",   u"wireless earbuds",
        u"yoga mat",          u"chelsea boots",     u"merino sweater", u"lego",
        u"sunglasses",        u"face cream",        u"summer sale",    u"hiking boots size 42",
        u"water bottle",      u"linen shirt",       u"smartwatch",     u"scented candle",
};

constexpr const char16_t *kReferrers[] = {
        u"https://www.google.com/search?q=running+shoes",
        u"https://www.google.com/search?q=merino+wool+sweater",
        u"https://www.bing.com/search?q=rain+jacket",
        u"https://www.facebook.com/",
        u"https://www.instagram.com/",
        u"https://www.pinterest.com/pin/5512934671",
        u"https://newsletter.example-shop.com/2025-05-weekly",
        u"https://www.youtube.com/watch?v=gear-review",
        u"https://www.example-deals.com/coupons/spring",
};

constexpr const char16_t *kSegments[] = {u"High Value",  u"Frequent Buyer",      u"Runner",
                                         u"Outdoor Enthusiast", u"Newsletter Subscriber", u"Churn Risk",
                                         u"New Customer", u"Discount Seeker",    u"Mobile First"};

constexpr const char16_t *kOnlineChannels[] = {u"Desktop", u"Mobile", u"App"};
constexpr const char16_t *kVerbs[] = {u"like", u"share", u"wishlist", u"review", u"compare"};
constexpr const char16_t *kTiers[] = {u"bronze", u"silver", u"gold", u"platinum"};
constexpr const char16_t *kGenders[] = {u"female", u"male", u"unspecified"};
constexpr const char16_t *kStores[] = {u"Warsaw Mokotów", u"Kraków Galeria", u"Berlin Mitte", u"Online only",
                                       u"Gdańsk Oliwa"};
constexpr const char16_t *kFirstNames[] = {u"ewa",   u"piotr",  u"katarzyna", u"tomasz", u"magdalena", u"pawel",
                                           u"agnieszka", u"michal", u"julia", u"krzysztof", u"sophie", u"lukas",
                                           u"emma",  u"liam",   u"olivia",    u"noah",   u"mia",       u"elias"};
constexpr const char16_t *kLastNames[] = {u"nowak",  u"wisniewska", u"wojcik", u"kaminski", u"lewandowska",
                                          u"mueller", u"schmidt",   u"fischer", u"dubois",  u"martin",
                                          u"rossi",  u"smith",      u"jensen"};

struct DemoUser
{
    QString id;
    int sessions = 0;
    bool complete = false;   // every kind of event, the last session very recent
};

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

template <typename T, std::size_t N>
const T &pick(QRandomGenerator &random, const T (&values)[N])
{
    return values[random.bounded(int(N))];
}

bool chance(QRandomGenerator &random, double probability)
{
    return random.generateDouble() < probability;
}

// Deterministic generator of every user's events; one instance per population run.
class Generator
{
public:
    Generator()
        : m_random(UserProfileDemoData::kSeed)
    {
    }

    QRandomGenerator &random() { return m_random; }

    QString hexId(int digits)
    {
        QString id;
        while (id.size() < digits)
            id += QString::number(m_random.generate(), 16).rightJustified(8, u'0');
        return id.left(digits);
    }

    QString guid()
    {
        const QString hex = hexId(32);
        return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
                + hex.mid(20, 12);
    }

    QHash<QString, QList<ProfileEvent>> events(const DemoUser &user)
    {
        m_lists.clear();
        QList<qint64> starts;
        for (int i = 0; i < user.sessions; ++i) {
            const qint64 minutesAgo = m_random.bounded(30, 365 * 24 * 60);
            starts.append(UserProfileDemoData::kDemoNowMs - minutesAgo * 60 * 1000);
        }
        std::sort(starts.begin(), starts.end());
        if (user.complete && !starts.isEmpty())
            starts.last() = UserProfileDemoData::kDemoNowMs - 95 * 60 * 1000;

        for (qsizetype i = 0; i < starts.size(); ++i)
            session(starts.at(i), user.complete && i == starts.size() - 1);

        if (user.complete || chance(m_random, 0.3))
            storePurchase(starts.isEmpty() ? UserProfileDemoData::kDemoNowMs : starts.first());
        countedEvents();
        for (QList<ProfileEvent> &list : m_lists) {
            std::stable_sort(list.begin(), list.end(), [](const ProfileEvent &a, const ProfileEvent &b) {
                return a.timestampMs < b.timestampMs;
            });
        }
        return m_lists;
    }

private:
    void add(const QString &list, const QJsonObject &payload)
    {
        m_time += 1000 * qint64(m_random.bounded(15, 120));
        m_lists[list].append(ProfileEvent{m_time, m_sessionId, payload});
        if (m_time >= m_lastTime) {
            m_lastTime = m_time;
            m_lastSessionId = m_sessionId;
        }
    }

    const Product &productNear(const Product &focus)
    {
        if (chance(m_random, 0.6)) {
            QList<const Product *> related;
            for (const Product &product : kProducts) {
                if (QStringView(product.category) == QStringView(focus.category))
                    related.append(&product);
            }
            return *related.at(m_random.bounded(int(related.size())));
        }
        return pick(m_random, kProducts);
    }

    QJsonArray lineItems(const Product &focus, int minimum, int maximum)
    {
        QJsonArray items;
        QSet<QString> used;
        const int count = m_random.bounded(minimum, maximum + 1);
        while (items.size() < count) {
            const Product &product = items.isEmpty() ? focus : productNear(focus);
            if (used.contains(text(product.itemId)))
                continue;
            used.insert(text(product.itemId));
            const int quantity = chance(m_random, 0.75) ? 1 : m_random.bounded(2, 4);
            const bool discounted = chance(m_random, 0.2);
            const int price = discounted ? (product.priceCents * 85 + 50) / 100 : product.priceCents;
            items.append(QJsonObject{{u"itemId"_s, text(product.itemId)},
                                     {u"sku"_s, text(product.sku)},
                                     {u"quantity"_s, quantity},
                                     {u"priceInCents"_s, price}});
        }
        return items;
    }

    void session(qint64 start, bool full)
    {
        m_time = start;
        m_sessionId = hexId(16);
        ++m_sessions;
        const QString channel = text(pick(m_random, kOnlineChannels));
        const Product &focus = pick(m_random, kProducts);

        if (full || chance(m_random, 0.6))
            add(u"referrerUrls"_s, {{u"url"_s, text(pick(m_random, kReferrers))}});

        const int categoryViews = m_random.bounded(1, 4);
        for (int i = 0; i < categoryViews; ++i) {
            const QString category = chance(m_random, 0.7) ? text(focus.category) : text(pick(m_random, kExtraCategories));
            add(u"viewedCategories"_s, {{u"categoryId"_s, category}});
            ++m_pageViews;
        }
        if (full || chance(m_random, 0.5)) {
            add(u"viewedBrands"_s, {{u"brand"_s, text(chance(m_random, 0.7) ? focus.brand : pick(m_random, kProducts).brand)}});
            ++m_pageViews;
        }
        const int searches = full ? 2 : m_random.bounded(0, 3);
        for (int i = 0; i < searches; ++i)
            add(u"searchedTerms"_s, {{u"channel"_s, channel}, {u"searchTerm"_s, text(pick(m_random, kSearchTerms))}});

        const int views = m_random.bounded(2, 7);
        for (int i = 0; i < views; ++i) {
            const Product &product = i == 0 ? focus : productNear(focus);
            add(u"viewedItems"_s, {{u"channel"_s, channel}, {u"itemId"_s, text(product.itemId)}});
            ++m_pageViews;
        }
        const int clicks = full ? 1 : m_random.bounded(0, 3);
        for (int i = 0; i < clicks; ++i)
            add(u"clickedItems"_s, {{u"itemId"_s, text(productNear(focus).itemId)}});

        if (full || chance(m_random, 0.3)) {
            add(u"verbNouns"_s, {{u"verb"_s, text(pick(m_random, kVerbs))}, {u"noun"_s, text(focus.itemId)}});
        }
        const bool ordering = full || chance(m_random, 0.25);
        if (ordering || chance(m_random, 0.2)) {
            add(u"addedToCartItems"_s, {{u"channel"_s, channel}, {u"items"_s, lineItems(focus, 1, 2)}});
        }
        if (ordering) {
            add(u"orders"_s, {{u"channel"_s, channel},
                              {u"orderId"_s, u"ORD-%1"_s.arg(m_nextOrderId++)},
                              {u"items"_s, lineItems(focus, 2, 4)}});
        }
        if (full || chance(m_random, 0.25))
            add(u"userSegments"_s, {{u"channel"_s, channel}, {u"segments"_s, segments()}});
        if (full || chance(m_random, 0.2))
            add(u"userAttributes"_s, {{u"channel"_s, channel}, {u"values"_s, attributes(focus)}});
    }

    // A purchase in a physical store: channel "offline", its own session, no browsing around it.
    void storePurchase(qint64 before)
    {
        m_time = before - qint64(m_random.bounded(1, 90)) * 24 * 3600 * 1000;
        m_sessionId = u"store-"_s + hexId(10);
        const Product &focus = pick(m_random, kProducts);
        add(u"orders"_s, {{u"channel"_s, u"offline"_s},
                          {u"orderId"_s, u"ORD-%1"_s.arg(m_nextOrderId++)},
                          {u"items"_s, lineItems(focus, 2, 3)}});
    }

    QJsonArray segments()
    {
        QStringList chosen;
        const int count = m_random.bounded(2, 4);
        while (chosen.size() < count) {
            const QString segment = text(pick(m_random, kSegments));
            if (!chosen.contains(segment))
                chosen.append(segment);
        }
        return QJsonArray::fromStringList(chosen);
    }

    QJsonObject attributes(const Product &focus)
    {
        QJsonObject values{
                {u"gender"_s, QJsonArray{text(pick(m_random, kGenders))}},
                {u"loyaltyTier"_s, QJsonArray{text(pick(m_random, kTiers))}},
                {u"favoriteCategories"_s,
                 QJsonArray{text(focus.category), text(pick(m_random, kProducts).category)}},
        };
        if (chance(m_random, 0.5))
            values.insert(u"shoeSize"_s, QJsonArray{QString::number(m_random.bounded(36, 47))});
        return values;
    }

    void countedEvents()
    {
        const qint64 last = m_lastTime;
        const QString sessionId = m_lastSessionId;
        const QList<QPair<QString, int>> counts{
                {u"pageView"_s, m_pageViews},
                {u"login"_s, m_sessions},
                {u"newsletterOpen"_s, m_random.bounded(0, 40)},
                {u"couponRedeemed"_s, m_random.bounded(0, 6)},
        };
        for (const auto &[value, count] : counts) {
            if (count == 0)
                continue;
            m_lists[u"countedEvents"_s].append(ProfileEvent{
                    last, sessionId,
                    QJsonObject{{u"value"_s, value}, {u"count"_s, count}, {u"mostRecentTime"_s, last}}});
        }
        m_pageViews = 0;
        m_sessions = 0;
        m_lastTime = 0;
    }

    QRandomGenerator m_random;
    QHash<QString, QList<ProfileEvent>> m_lists;
    QString m_sessionId;
    QString m_lastSessionId;
    qint64 m_time = 0;
    qint64 m_lastTime = 0;
    int m_pageViews = 0;
    int m_sessions = 0;
    int m_nextOrderId = 500001;
};

QList<DemoUser> demoUsers(QRandomGenerator &random)
{
    const QStringList samples = UserProfileDemoData::sampleUserIds();
    QList<DemoUser> users{
            {samples.at(0), 45, true},
            {samples.at(1), 8, false},
            {samples.at(2), 6, false},
            {samples.at(3), 2, false},
            {samples.at(4), 12, false},
    };
    QSet<QString> taken(samples.cbegin(), samples.cend());
    constexpr int firstCount = int(std::size(kFirstNames));
    constexpr int lastCount = int(std::size(kLastNames));
    for (int i = 0; users.size() < UserProfileDemoData::kUserCount; ++i) {
        QString id = i % 4 == 0 ? u"user-%1"_s.arg(100300 + i * 37)
                                : text(kFirstNames[i % firstCount]) + u'.' + text(kLastNames[(i * 7) % lastCount])
                                        + u"@example.com"_s;
        if (taken.contains(id))
            id.replace(u"@"_s, u"%1@"_s.arg(i));
        taken.insert(id);
        users.append(DemoUser{id, int(random.bounded(1, 15)), false});
    }
    return users;
}

QJsonObject batchAttributes(QRandomGenerator &random)
{
    return QJsonObject{{u"loyaltyPoints"_s, QString::number(random.bounded(0, 5000))},
                       {u"crmTier"_s, text(pick(random, kTiers))},
                       {u"preferredStore"_s, text(pick(random, kStores))},
                       {u"emailOptIn"_s, chance(random, 0.7) ? u"true"_s : u"false"_s}};
}

} // namespace

QStringList UserProfileDemoData::sampleUserIds()
{
    return {u"anna.kowalska@example.com"_s, u"user-100245"_s, u"jan.nowak+newsletter@example.com"_s,
            u"Guest 7781"_s, u"marek.zielinski@example.com"_s};
}

bool UserProfileDemoData::populate(SandboxDatabase &database, UserProfileStore &store, const QString &apiKey,
                                   QString *error)
{
    Generator generator;
    const QList<DemoUser> users = demoUsers(generator.random());

    // Linked ids: the first sample is one shopper on three identities; then pairs of others.
    QList<QPair<QString, QString>> links{{users.at(0).id, users.at(1).id}, {users.at(0).id, users.at(3).id}};
    for (qsizetype i = 5; i + 1 < users.size(); i += 5)
        links.append({users.at(i).id, users.at(i + 1).id});

    if (!database.transaction()) {
        if (error)
            *error = u"cannot start a transaction for the demo data"_s;
        return false;
    }
    bool ok = true;
    for (const DemoUser &user : users) {
        ProfileUser profile;
        profile.userId = user.id;
        profile.mostRecentRRUserGuid = generator.guid();
        profile.batchAttributes = batchAttributes(generator.random());
        ok = ok && store.upsertUser(apiKey, profile);
        const QHash<QString, QList<ProfileEvent>> lists = generator.events(user);
        for (const QString &list : UserProfileStore::eventLists())
            ok = ok && store.appendEvents(apiKey, user.id, list, lists.value(list));
    }
    for (const auto &[first, second] : std::as_const(links)) {
        ok = ok && store.addLinkedId(apiKey, first, second);
        ok = ok && store.addLinkedId(apiKey, second, first);
    }
    if (!ok || !database.commit()) {
        database.rollback();
        if (error)
            *error = u"cannot store the demo data"_s;
        return false;
    }
    qCInfo(lcSandbox) << "demo data:" << users.size() << "user profiles loaded";
    return true;
}

} // namespace cdp::sandbox
