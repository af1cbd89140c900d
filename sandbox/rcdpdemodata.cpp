#include "rcdpdemodata.h"

#include "rcdpstore.h"
#include "sandboxdatabase.h"
#include "sandboxlogging.h"
#include "tokenstore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <iterator>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

constexpr quint32 kCatalogueSeed = 20250601;
constexpr qint64 kFirstGeneratedProduct = 3;   // 1 and 2 are seed 000's own products
constexpr int kGeneratedProducts = 150;

struct Style
{
    const char16_t *code;
    const char16_t *kind;          // for the friendly descriptions
    const char16_t *const *sizes;
    int sizeCount;
    qint64 baseCents;
    const char16_t *codePrefix;    // first 7 digits of the 13-digit product code
};

constexpr const char16_t *kKidsSizes[] = {u"7-8 Y", u"9-10 Y", u"11-12 Y", u"13-14 Y"};
constexpr const char16_t *kShoeSizes[] = {u"24", u"36", u"38", u"40", u"42", u"44"};
constexpr const char16_t *kAdultSizes[] = {u"S", u"M", u"L", u"XL"};
constexpr const char16_t *kOneSize[] = {u"ONE SIZE"};
constexpr const char16_t *kVolumes[] = {u"250ML", u"500ML", u"1L"};

constexpr Style kStyles[] = {
        {u"NF-PO06", u"Polo shirt", kKidsSizes, 4, 10030, u"1000000"},
        {u"71299", u"Running shoe", kShoeSizes, 6, 10000, u"4900016"},
        {u"KJ-TS14", u"T-shirt", kAdultSizes, 4, 1990, u"1000000"},
        {u"40811", u"Chelsea boot", kShoeSizes, 6, 15900, u"4900016"},
        {u"DN-JE32", u"Slim jeans", kAdultSizes, 4, 5590, u"1000000"},
        {u"RJ-0920", u"Rain jacket", kAdultSizes, 4, 16990, u"1000000"},
        {u"MW-SW77", u"Merino sweater", kAdultSizes, 4, 11900, u"1000000"},
        {u"BG-CB10", u"Canvas backpack", kOneSize, 1, 7999, u"5012345"},
        {u"AC-BT45", u"Leather belt", kOneSize, 1, 4500, u"5012345"},
        {u"HM-MG04", u"Ceramic mug set", kOneSize, 1, 2499, u"5012345"},
        {u"SP-YM60", u"Yoga mat", kOneSize, 1, 8800, u"5012345"},
        {u"BT-WB32", u"Insulated bottle", kVolumes, 3, 3995, u"5012345"},
        {u"KD-PJ21", u"Pyjama set", kKidsSizes, 4, 2790, u"1000000"},
        {u"SK-0133", u"Sneaker", kShoeSizes, 6, 6499, u"4900016"},
        {u"OF-PP500", u"Copy paper A4 (box)", kOneSize, 1, 3120, u"7300100"},
};

constexpr const char16_t *kColours[] = {u"NAVY",  u"ORANGE", u"BLACK",    u"WHITE", u"RED",
                                        u"GREY",  u"OLIVE",  u"SKY BLUE", u"CHARCOAL", u"BEIGE"};
constexpr qint64 kPriceSteps[] = {0, 0, 500, 990, 1000, 1299, -10, 2001};

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

// 150 products: style × colour × size combinations picked by a fixed PRNG, unique codes.
QList<RcdpProduct> catalogue()
{
    QList<RcdpProduct> products;
    products.append({1, u"1000000873152"_s, u"NF-PO06:NAVY:11-12 Y"_s, u"NF-PO06:NAVY:11-12 Y"_s, 10030,
                     RcdpImage::Blank});
    products.append({2, u"4900016873417"_s, u"71299:ORANGE:24"_s, u"71299:ORANGE:24"_s, 10000, RcdpImage::Blank});

    QRandomGenerator random(kCatalogueSeed);
    for (int index = 0; index < kGeneratedProducts; ++index) {
        const Style &style = kStyles[index % int(std::size(kStyles))];
        const QString colour = text(kColours[random.bounded(int(std::size(kColours)))]);
        const QString size = text(style.sizes[random.bounded(style.sizeCount)]);
        const QString name = text(style.code) + u':' + colour + u':' + size;
        const QString description = index % 3 == 2
                ? u"%1, %2, size %3"_s.arg(text(style.kind), colour.toLower(), size)
                : name;
        const qint64 cents = style.baseCents + kPriceSteps[random.bounded(int(std::size(kPriceSteps)))];
        const QString code = text(style.codePrefix) + QString::number(100000 + (index * 7919) % 900000);
        RcdpImage image = RcdpImage::Sandbox;
        if (index % 3 == 0)
            image = RcdpImage::Blank;
        else if (index % 25 == 7)
            image = RcdpImage::Empty;
        products.append({kFirstGeneratedProduct + index, code, name, description, cents, image});
    }
    return products;
}

struct DemoCustomer
{
    RcdpSampleCustomer sample;
    RcdpGeneration generation;   // generation.count == 0: explicit rows (seed customer) or none
};

RcdpGeneration generated(int count, quint32 salt, int linesPerOrder, qint64 start, qint64 step, int euroEvery = 0)
{
    return RcdpGeneration{count, salt, kFirstGeneratedProduct, kGeneratedProducts, linesPerOrder, start, step, euroEvery};
}

const QList<DemoCustomer> &demoCustomers()
{
    // Dates (UTC): big from 2016-06-01 08:00, 4 lines per order, up to 2025-05-30; few from
    // 2021-01-10 10:00 every ~9 days; the small ones in 2024/2025.
    static const QList<DemoCustomer> customers{
            {{u"seed"_s, u"Seed 000 example (2 purchases)"_s, 2056, u"1_1092"_s,
              u"8f14e45f-ceea-467f-a0e6-2b1f0c3d5a71"_s, u"customer@example.com"_s, u"1212121212"_s, u"123456"_s, 2},
             {}},
            {{u"none"_s, u"No purchases"_s, 2101, u"1_2101"_s, u"1679091c-5a88-4faf-b5e6-1ad0f1e7c2d3"_s,
              u"anna.nowak@example.com"_s, u"+48 603 456 789"_s, u"C-2101"_s, 0},
             {}},
            {{u"one"_s, u"One purchase"_s, 2102, u"1_2102"_s, u"d3d94468-02a4-4b5e-8c1f-6e7a9b0c1d2e"_s,
              u"tomasz.mazur@example.com"_s, u"+48 602 345 678"_s, u"C-2102"_s, 1},
             generated(1, 2102, 1, 1732890720, 86400)},
            {{u"few"_s, u"347 purchases (some in euro)"_s, 2103, u"1_2103"_s, u"45c48cce-2e2d-4fbd-a7d2-3b9e8f0a1c62"_s,
              u"ewa.kowalczyk@example.com"_s, u"+48 601 234 567"_s, u"C-2103"_s, 347},
             generated(347, 2103, 2, 1610272800, 794580, 10)},
            {{u"big"_s, u"100 000 purchases (B2B account)"_s, 3001, u"1_3001"_s, u"c9f0f895-fb98-4b91-99f5-1a3b4c5d6e7f"_s,
              u"procurement@northwind-traders.example"_s, u"+1 415 555 0142"_s, u"NWT-000318"_s, 100000},
             generated(100000, 3001, 4, 1464768000, 11353)},
            {{u"byEmail"_s, u"Known by e-mail only"_s, 2201, u"1_2201"_s, u"a87ff679-a2f3-4e71-9181-a67b7542122c"_s,
              u"zofia.wisniewska@example.com"_s, QString(), QString(), 12},
             generated(12, 2201, 3, 1722510900, 45 * 86400)},
            {{u"byMobile"_s, u"Known by mobile number only"_s, 2202, u"1_2202"_s, u"e4da3b7f-bbce-4345-9777-2b0674a318d5"_s,
              QString(), u"+48 600 123 456"_s, QString(), 9},
             generated(9, 2202, 1, 1733078400, 20 * 86400)},
            {{u"byCode"_s, u"Known by external customer code only"_s, 2203, u"1_2203"_s,
              u"eccbc87e-4b5c-4e2f-a830-8fd9f2a7baf3"_s, QString(), QString(), u"EXT-77-0412"_s, 23},
             generated(23, 2203, 1, 1727773500, 7 * 86400)},
            {{u"byGcr"_s, u"Known by gcrId only"_s, 2204, u"1_2204"_s, u"6512bd43-d9ca-4ec4-9a5f-8c1d2e3f4a5b"_s,
              QString(), QString(), QString(), 5},
             generated(5, 2204, 5, 1744474800, 86400)},
    };
    return customers;
}

} // namespace

QString RcdpDemoData::tenantHash()
{
    return u"7c4a8d09ca3762af61e59520943dc264"_s;
}

QString RcdpDemoData::oauthKeySecret()
{
    return u"rcdp-demo-Kq93xLm2Vt7Pw4Zs"_s;
}

const QList<RcdpSampleCustomer> &RcdpDemoData::sampleCustomers()
{
    static const QList<RcdpSampleCustomer> samples = [] {
        QList<RcdpSampleCustomer> list;
        for (const DemoCustomer &customer : demoCustomers())
            list.append(customer.sample);
        return list;
    }();
    return samples;
}

bool RcdpDemoData::install(SandboxDatabase &database, RcdpStore &store, TokenStore &tokens,
                           const RcdpOptions &options, bool demo, QString *error)
{
    const QString hash = tenantHash();
    if (!store.addTenant(RcdpTenant{hash, kTenantNo, u"CDP demo shop"_s, options.oauthRequired})
        || !tokens.addClient(OAuthClient{QString::fromUtf16(kRcdpService), hash, oauthKeySecret(), hash})) {
        if (error)
            *error = u"cannot store the RCDP demo tenant"_s;
        return false;
    }
    if (!demo || store.customerCount(hash) > 0)
        return true;

    QElapsedTimer timer;
    timer.start();
    if (!database.transaction()) {
        if (error)
            *error = u"cannot start a transaction for the RCDP demo data"_s;
        return false;
    }
    if (!populate(store, error) || !database.commit()) {
        database.rollback();
        if (error && error->isEmpty())
            *error = u"cannot store the RCDP demo data"_s;
        return false;
    }
    qCInfo(lcSandboxStore) << "RCDP demo data loaded in" << timer.elapsed() << "ms";
    return true;
}

bool RcdpDemoData::populate(RcdpStore &store, QString *error)
{
    const QList<RcdpProduct> products = catalogue();
    for (const RcdpProduct &product : products) {
        if (!store.addProduct(product))
            return false;
    }

    const QString hash = tenantHash();
    for (const DemoCustomer &customer : demoCustomers()) {
        const RcdpSampleCustomer &sample = customer.sample;
        const RcdpCustomer record{sample.customerId, hash,         sample.hashKey, sample.gcrId,
                                  sample.email,      sample.mobile, sample.customerCode};
        if (!store.addCustomer(record) || !store.generatePurchases(sample.customerId, customer.generation)) {
            if (error)
                *error = u"cannot store the RCDP demo customer %1"_s.arg(sample.key);
            return false;
        }
    }

    // Seed 000's own example rows, newest first as served: productKey 1 (rk 2), productKey 2 (rk 1).
    const qint64 seedCustomer = demoCustomers().first().sample.customerId;
    return store.addPurchase(seedCustomer, RcdpPurchaseRow{2, 1, 1, 1, u"$"_s, RcdpMoneyStyle::TwoDecimals, QString()})
            && store.addPurchase(seedCustomer, RcdpPurchaseRow{1, 2, 2, 10, u"$"_s, RcdpMoneyStyle::Shortest, u" "_s});
}

} // namespace cdp::sandbox
