#include "connectors/userprofiles.h"
#include "net/tolerantjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cdp;
using namespace Qt::StringLiterals;

namespace {

// The text of seed 002 (the User Profile API document).
QString seedText()
{
    const QDir dir(QStringLiteral(CDP_SEEDS_DIR));
    const QStringList files = dir.entryList({u"002_*.txt"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return QString();
    QFile file(dir.filePath(files.constFirst()));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// The JSON object that follows the n-th (1-based) "Sample Response" heading: from its first '{'
// to the matching '}', strings taken into account.
QByteArray sampleAfterHeading(const QString &text, int n)
{
    qsizetype at = -1;
    for (int i = 0; i < n; ++i) {
        at = text.indexOf(u"Sample Response"_s, at + 1);
        if (at < 0)
            return QByteArray();
    }
    const qsizetype start = text.indexOf(u'{', at);
    if (start < 0)
        return QByteArray();
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth == 0)
            return text.mid(start, i - start + 1).toUtf8();
    }
    return QByteArray();
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString kindKeys(const UserProfile &profile)
{
    QStringList keys;
    for (const ProfileEvent &event : profile.events)
        keys.append(ProfileEvent::kindKey(event.kind));
    return keys.join(u',');
}

QString subjects(const UserProfile &profile)
{
    QStringList list;
    for (const ProfileEvent &event : profile.events)
        list.append(event.subject);
    return list.join(u'|');
}

} // namespace

class TestUserProfileParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedSampleResponse();
    void edgeCases_data();
    void edgeCases();
    void everyList();
    void segmentsAndAttributes();
    void countedEventsShapes();
    void batchAttributes();
    void missingUserId_data();
    void missingUserId();
};

void TestUserProfileParse::seedSampleResponse()
{
    const QString text = seedText();
    QVERIFY2(!text.isEmpty(), "seed 002 not found under " CDP_SEEDS_DIR);
    const QByteArray json = sampleAfterHeading(text, 2);
    QVERIFY2(!json.isEmpty(), "no JSON after the second \"Sample Response\" heading");

    // The seed is a copied web page: the sample is indented with U+00A0 NO-BREAK SPACE, which
    // JSON does not count as white space. Outside that, the sample is valid JSON as printed.
    QVERIFY(json.contains("\xC2\xA0"));
    const QByteArray normalised = QString::fromUtf8(json).replace(QChar(0x00A0), u' ').toUtf8();
    const TolerantJson::Result parsed = TolerantJson::parse(normalised);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QVERIFY(parsed.document.isObject());
    QCOMPARE(parsed.repaired, false);
    QCOMPARE(QJsonDocument::fromJson(normalised).object(), parsed.document.object());

    ApiError error;
    const UserProfile profile = UserProfiles::parse(parsed.document.object(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toDisplayString()));
    QCOMPARE(profile.userId, u"userA"_s);
    QCOMPARE(profile.timeOfFirstEventMs, qint64(1650864600000));
    QCOMPARE(profile.linkedIds, QStringList());
    QCOMPARE(profile.mostRecentRRUserGuid, QString());

    QCOMPARE(profile.events.size(), 2);
    const ProfileEvent &newest = profile.events.at(0);
    const ProfileEvent &oldest = profile.events.at(1);
    QCOMPARE(newest.kind, ProfileEvent::Kind::Order);
    QCOMPARE(oldest.kind, ProfileEvent::Kind::Order);
    QVERIFY(newest.timestampMs > oldest.timestampMs);
    QCOMPARE(newest.timestampMs, qint64(1675402200000));
    QCOMPARE(newest.subject, u"1003"_s);
    QCOMPARE(newest.channel, u"Desktop"_s);
    QCOMPARE(newest.sessionId, QString());   // the sample sends none
    QCOMPARE(oldest.subject, u"123"_s);
    QCOMPARE(oldest.channel, u"offline"_s);
    QCOMPARE(oldest.timestampMs, profile.timeOfFirstEventMs);

    QCOMPARE(newest.items.size(), 3);
    QCOMPARE(oldest.items.size(), 3);
    QCOMPARE(newest.items.at(0).itemId, u"content__680"_s);
    QCOMPARE(newest.items.at(0).sku, u"sku2"_s);
    QCOMPARE(newest.items.at(0).quantity, qint64(2));
    QCOMPARE(newest.items.at(0).priceInCents, qint64(35667));
    QVERIFY(newest.items.at(0).hasPrice);
    QCOMPARE(newest.totalCents(), qint64(2 * 35667 + 2 * 45667 + 2 * 25667));
    QCOMPARE(newest.totalQuantity(), qint64(6));
    QCOMPARE(oldest.totalCents(), qint64(10 * 25667 + 10 * 35667 + 2 * 45667));
    QCOMPARE(oldest.totalQuantity(), qint64(22));
    QCOMPARE(profile.totalOrderCents(), newest.totalCents() + oldest.totalCents());
    QCOMPARE(profile.countsPerKind().at(int(ProfileEvent::Kind::Order)), 2);
}

void TestUserProfileParse::edgeCases_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("kinds");        // kind keys, newest first
    QTest::addColumn<QString>("subjects");     // subjects, newest first
    QTest::addColumn<qint64>("orderCents");
    QTest::addColumn<QStringList>("linkedIds");
    QTest::addColumn<qint64>("firstEvent");

    QTest::newRow("only a user id") << QByteArray(R"({"userId":"u1"})") << u"u1"_s << QString() << QString()
                                    << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("null and empty lists")
        << QByteArray(R"({"userId":"u1","orders":null,"viewedItems":[],"linkedIds":null,"userSegments":{}})")
        << u"u1"_s << QString() << QString() << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("numbers as strings")
        << QByteArray(R"({"userId":"u2","timeOfFirstEvent":"1650864600000","orders":[{"timestamp":"1675402200000",
           "orderId":1003,"items":[{"itemId":"a","sku":"s","quantity":"2","priceInCents":"35667"},
           {"itemId":"b","quantity":3,"priceInCents":" 100 "}]}]})")
        << u"u2"_s << u"order"_s << u"1003"_s << qint64(2 * 35667 + 3 * 100) << QStringList() << qint64(1650864600000);
    QTest::newRow("numeric user id") << QByteArray(R"({"userId":42})") << u"42"_s << QString() << QString()
                                     << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("unknown fields are ignored")
        << QByteArray(R"({"userId":"u3","futureList":[1,2],"schemaVersion":7,
           "viewedItems":[{"itemId":"i1","timestamp":5,"extra":{"x":1},"sessionId":"s"}]})")
        << u"u3"_s << u"view"_s << u"i1"_s << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("linkedIds as objects and strings")
        << QByteArray(R"({"userId":"u4","linkedIds":[{"userId":"a"},{"id":"b"},"c",{"other":"d"},7,"c",""]})")
        << u"u4"_s << QString() << QString() << qint64(0) << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"7"_s}
        << qint64(0);
    QTest::newRow("missing sessionId and channel")
        << QByteArray(R"({"userId":"u5","clickedItems":[{"itemId":"c1","timestamp":10}]})")
        << u"u5"_s << u"click"_s << u"c1"_s << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("missing timestamp sorts last")
        << QByteArray(R"({"userId":"u6","viewedItems":[{"itemId":"old"},{"itemId":"new","timestamp":9}]})")
        << u"u6"_s << u"view,view"_s << u"new|old"_s << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("equal timestamps keep list order")
        << QByteArray(R"({"userId":"u7","viewedItems":[{"itemId":"v1","timestamp":5},{"itemId":"v2","timestamp":5}],
           "clickedItems":[{"itemId":"c1","timestamp":5}],"orders":[{"orderId":"o1","timestamp":5,"items":[]}]})")
        << u"u7"_s << u"order,view,view,click"_s << u"o1|v1|v2|c1"_s << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("item without price")
        << QByteArray(R"({"userId":"u8","addedToCartItems":[{"timestamp":3,"channel":"web","items":[{"itemId":"x"}]}]})")
        << u"u8"_s << u"cart"_s << u"x"_s << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("bare values in a list")
        << QByteArray(R"({"userId":"u9","searchedTerms":["shoes"],"viewedBrands":[{"brand":"Acme","timestamp":1}]})")
        << u"u9"_s << u"brand,search"_s << u"Acme|shoes"_s << qint64(0) << QStringList() << qint64(0);
    QTest::newRow("ISO time and float number")
        << QByteArray(R"({"userId":"u10","timeOfFirstEvent":"2022-04-25T05:30:00Z",
           "orders":[{"orderId":"o","timestamp":1.6754022E12,"items":[{"itemId":"i","quantity":1.0,"priceInCents":250.0}]}]})")
        << u"u10"_s << u"order"_s << u"o"_s << qint64(250) << QStringList() << qint64(1650864600000);
    QTest::newRow("price in major units, junk entries skipped")
        << QByteArray(R"({"userId":"u11","orders":[{"orderId":"o","timestamp":1,"items":[{"itemId":"i","quantity":2,
           "price":"$12.5"}]},"junk",7],"userAttributes":["junk"]})")
        << u"u11"_s << u"order"_s << u"o"_s << qint64(2500) << QStringList() << qint64(0);
}

void TestUserProfileParse::edgeCases()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, userId);
    QFETCH(QString, kinds);
    QFETCH(QString, subjects);
    QFETCH(qint64, orderCents);
    QFETCH(QStringList, linkedIds);
    QFETCH(qint64, firstEvent);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    ApiError error;
    const UserProfile profile = UserProfiles::parse(doc.object(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toDisplayString()));
    QCOMPARE(profile.userId, userId);
    QCOMPARE(kindKeys(profile), kinds);
    QCOMPARE(::subjects(profile), subjects);
    QCOMPARE(profile.totalOrderCents(), orderCents);
    QCOMPARE(profile.linkedIds, linkedIds);
    QCOMPARE(profile.timeOfFirstEventMs, firstEvent);
    QVERIFY(!profile.fetchedAt.isValid());   // set by the connector, not the parser
}

void TestUserProfileParse::everyList()
{
    // Field shapes from VENDOR_NOTES (the vendor's SDK test data), one entry per list.
    const QJsonObject json = object(R"({
        "userId": "all", "mostRecentRRUserGuid": "guid-1", "timeOfFirstEvent": 100,
        "orders": [{"sessionId":"s1","timestamp":1100,"channel":"web","orderId":"o1",
                    "items":[{"itemId":"i1","sku":"k1","quantity":1,"priceInCents":500}]}],
        "viewedItems": [{"sessionId":"s1","timestamp":1000,"channel":"web","itemId":"i1"}],
        "clickedItems": [{"sessionId":"s1","timestamp":900,"itemId":"i2"}],
        "searchedTerms": [{"sessionId":"s1","timestamp":800,"channel":"app","searchTerm":"red shoes"}],
        "viewedCategories": [{"sessionId":"s1","timestamp":700,"categoryId":"cat9"}],
        "viewedBrands": [{"sessionId":"s1","timestamp":600,"brand":"Acme"}],
        "addedToCartItems": [{"sessionId":"s1","timestamp":500,"channel":"web",
                              "items":[{"itemId":"i3","quantity":2,"priceInCents":150},{"itemId":"i4","quantity":1}]}],
        "referrerUrls": [{"sessionId":"s1","timestamp":400,"url":"https://example.com/?q=1"}],
        "verbNouns": [{"sessionId":"s1","timestamp":300,"verb":"like","noun":"i1"}],
        "userSegments": [{"sessionId":"s1","timestamp":200,"channel":"web","segments":["vip","eu"]}],
        "userAttributes": [{"sessionId":"s1","timestamp":150,"channel":"web","values":{"size":["M","L"]}}],
        "countedEvents": [{"value":"login","count":12,"mostRecentTime":1050}],
        "batchAttributes": {"tier":"gold"}
    })");
    ApiError error;
    const UserProfile profile = UserProfiles::parse(json, &error);
    QVERIFY(!error.isError());
    QCOMPARE(kindKeys(profile),
             u"order,view,click,search,category,brand,cart,referrer,verbnoun,segments,attributes"_s);
    QCOMPARE(::subjects(profile),
             u"o1|i1|i2|red shoes|cat9|Acme|i3, i4|https://example.com/?q=1|like i1|vip, eu|size: M, L"_s);
    for (const int count : profile.countsPerKind())
        QCOMPARE(count, 1);
    QCOMPARE(profile.mostRecentRRUserGuid, u"guid-1"_s);
    const ProfileEvent &cart = profile.events.at(6);
    QCOMPARE(cart.items.size(), 2);
    QCOMPARE(cart.totalCents(), qint64(300));
    QVERIFY(cart.hasAmount());
    QVERIFY(!cart.items.at(1).hasPrice);
    QCOMPARE(profile.events.at(3).channel, u"app"_s);
    QCOMPARE(profile.events.at(0).sessionId, u"s1"_s);
}

void TestUserProfileParse::segmentsAndAttributes()
{
    const QJsonObject json = object(R"({"userId":"seg",
        "userSegments": [{"timestamp":10,"channel":"web","segments":["a","b"]},
                         {"timestamp":30,"channel":"app","segments":[{"name":"c"},{"id":"d"}]},
                         "e"],
        "userAttributes": [{"timestamp":20,"channel":"web","values":{"size":["M"],"color":"red"}},
                           {"timestamp":40,"key":"plan","values":["pro"]}]})");
    const UserProfile profile = UserProfiles::parse(json);
    QCOMPARE(profile.segments.size(), 3);
    QCOMPARE(profile.segments.at(0).segments, (QStringList{u"c"_s, u"d"_s}));
    QCOMPARE(profile.segments.at(0).channel, u"app"_s);
    QCOMPARE(profile.segments.at(1).segments, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(profile.segments.at(2).segments, QStringList{u"e"_s});

    QCOMPARE(profile.attributes.size(), 3);
    QCOMPARE(profile.attributes.at(0).key, u"plan"_s);
    QCOMPARE(profile.attributes.at(0).values, QStringList{u"pro"_s});
    QCOMPARE(profile.attributes.at(1).key, u"color"_s);   // QJsonObject keys are sorted
    QCOMPARE(profile.attributes.at(1).values, QStringList{u"red"_s});
    QCOMPARE(profile.attributes.at(2).key, u"size"_s);
    QCOMPARE(profile.attributes.at(2).timestampMs, qint64(20));

    // Both lists also appear on the timeline.
    QCOMPARE(kindKeys(profile), u"attributes,segments,attributes,segments,segments"_s);
    QCOMPARE(profile.events.at(2).subject, u"color: red; size: M"_s);
}

void TestUserProfileParse::countedEventsShapes()
{
    const UserProfile list = UserProfiles::parse(object(
        R"({"userId":"c","countedEvents":[{"value":"login","count":"3","mostRecentTime":"77"},{"count":1}]})"));
    QCOMPARE(list.countedEvents.size(), 1);
    QCOMPARE(list.countedEvents.at(0).value, u"login"_s);
    QCOMPARE(list.countedEvents.at(0).count, qint64(3));
    QCOMPARE(list.countedEvents.at(0).mostRecentTimeMs, qint64(77));

    const UserProfile map = UserProfiles::parse(
        object(R"({"userId":"c","countedEvents":{"a":2,"b":{"count":5,"mostRecentTime":9}}})"));
    QCOMPARE(map.countedEvents.size(), 2);
    QCOMPARE(map.countedEvents.at(0).value, u"a"_s);
    QCOMPARE(map.countedEvents.at(0).count, qint64(2));
    QCOMPARE(map.countedEvents.at(1).count, qint64(5));
    QCOMPARE(map.countedEvents.at(1).mostRecentTimeMs, qint64(9));
}

void TestUserProfileParse::batchAttributes()
{
    const UserProfile object1 = UserProfiles::parse(object(R"({"userId":"b","batchAttributes":{"tier":"gold","n":[1]}})"));
    QCOMPARE(object1.batchAttributes.value(u"tier"_s).toString(), u"gold"_s);
    QCOMPARE(object1.batchAttributes.size(), 2);

    const UserProfile array = UserProfiles::parse(object(R"({"userId":"b","batchAttributes":[1,2]})"));
    QCOMPARE(array.batchAttributes.value(u"value"_s).toArray().size(), 2);

    const UserProfile none = UserProfiles::parse(object(R"({"userId":"b","batchAttributes":null})"));
    QVERIFY(none.batchAttributes.isEmpty());
}

void TestUserProfileParse::missingUserId_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no userId") << QByteArray(R"({"orders":[]})");
    QTest::newRow("empty userId") << QByteArray(R"({"userId":"  "})");
    QTest::newRow("null userId") << QByteArray(R"({"userId":null})");
    QTest::newRow("object userId") << QByteArray(R"({"userId":{"id":"x"}})");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestUserProfileParse::missingUserId()
{
    QFETCH(QByteArray, json);
    ApiError error;
    const UserProfile profile = UserProfiles::parse(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(error.kind, ApiError::Kind::BadResponse);
    QVERIFY(error.message.contains(u"user id"_s));
    QVERIFY(profile.userId.isEmpty());
    QVERIFY(profile.events.isEmpty());
}

QTEST_GUILESS_MAIN(TestUserProfileParse)
#include "tst_userprofileparse.moc"
