// The eSputnik event composer (seed 003 + VENDOR_NOTES): catalogue, exact request bodies, the
// raw-body reader and validation, over the seed's own examples and data-driven cases.

#include "../support/seedexamples.h"

#include "events/eventcomposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp;

namespace {

// name → value of a body's params (first occurrence), with JSON-looking values normalised.
QList<QPair<QString, QJsonValue>> semanticParams(const QByteArray &body)
{
    QList<QPair<QString, QJsonValue>> out;
    const QJsonArray params = QJsonDocument::fromJson(body).object().value(u"params"_s).toArray();
    for (const QJsonValue &p : params) {
        const QString name = p.toObject().value(u"name"_s).toString();
        const QString value = p.toObject().value(u"value"_s).toString();
        const QJsonDocument nested = QJsonDocument::fromJson(value.toUtf8());
        if (!nested.isNull())
            out.append({name, nested.isObject() ? QJsonValue(nested.object()) : QJsonValue(nested.array())});
        else
            out.append({name, QJsonValue(value)});
    }
    return out;
}

bool hasProblem(const QList<EventProblem> &problems, EventProblem::Severity severity, const QString &field,
                const QString &fragment)
{
    for (const EventProblem &p : problems) {
        if (p.severity == severity && p.field == field && p.message.contains(fragment, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString describe(const QList<EventProblem> &problems)
{
    QStringList lines;
    for (const EventProblem &p : problems)
        lines.append(p.toDisplayString());
    return lines.join(u"\n"_s);
}

EventDraft validOrder()
{
    EventDraft d = EventDraft::forType(EventType::OrderCreated);
    d.keyValue = u"380501234567"_s;
    d.setValue(u"phone"_s, u"380501234567"_s);
    d.setValue(u"externalOrderId"_s, u"12345679"_s);
    d.setValue(u"externalCustomerId"_s, u"AV13760"_s);
    d.setValue(u"totalCost"_s, u"258.0"_s);
    d.setValue(u"status"_s, u"INITIALIZED"_s);
    d.setValue(u"date"_s, u"2020-05-14T10:11:00+03:00"_s);
    EventItem item;
    item.id = u"200600"_s;
    item.name = u"Super Device"_s;
    item.quantity = u"2"_s;
    item.price = u"129"_s;
    d.items = {item};
    return d;
}

} // namespace

class TestEventComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogue();
    void seedExamples_data();
    void seedExamples();
    void seedExamplesRoundTrip_data();
    void seedExamplesRoundTrip();
    void strayBracketIsNamed();
    void exactBody();
    void itemsJson_data();
    void itemsJson();
    void productsShapes();
    void rawBodyErrors_data();
    void rawBodyErrors();
    void validation_data();
    void validation();
    void keyValueCharacters_data();
    void keyValueCharacters();
    void dates_data();
    void dates();
    void identifierNames_data();
    void identifierNames();
    void identifierValues_data();
    void identifierValues();

private:
    QList<QByteArray> m_examples;
};

void TestEventComposer::initTestCase()
{
    m_examples = cdp::test::seed003Examples(QStringLiteral(CDP_SEEDS_DIR));
    QCOMPARE(m_examples.size(), 6);
}

void TestEventComposer::catalogue()
{
    const QList<EventTypeSpec> &types = EventComposer::catalogue();
    QStringList keys;
    for (const EventTypeSpec &t : types)
        keys.append(t.key);
    QCOMPARE(keys, (QStringList{u"orderCreated"_s, u"orderUpdated"_s, u"orderDelivered"_s, u"orderCancelled"_s,
                                u"pageViewed"_s, u"productViewed"_s, u"productCategoryViewed"_s, u"cartUpdated"_s}));
    const EventTypeSpec *created = EventComposer::spec(EventType::OrderCreated);
    QVERIFY(created);
    QStringList required;
    for (const EventParamSpec &p : created->params) {
        if (p.required)
            required.append(p.name);
    }
    QCOMPARE(required, (QStringList{u"externalOrderId"_s, u"externalCustomerId"_s, u"totalCost"_s, u"status"_s, u"date"_s}));
    QVERIFY(EventComposer::spec(EventType::OrderUpdated)->param(u"externalOrderId"_s)->required);
    QVERIFY(!EventComposer::spec(EventType::OrderUpdated)->param(u"totalCost"_s)->required);
    QVERIFY(EventComposer::spec(EventType::CartUpdated)->param(u"recycleStateId"_s)->required);
    QCOMPARE(EventComposer::spec(EventType::PageViewed)->param(u"page"_s)->requiredJsonKeys, QStringList{u"location"_s});
    QVERIFY(!EventComposer::spec(u"ordercreated"_s));   // keys are exact
    QCOMPARE(EventDraft::forType(EventType::OrderCreated).value(u"status"_s), u"INITIALIZED"_s);
}

void TestEventComposer::seedExamples_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("errorField");      // empty: no error expected
    QTest::addColumn<QStringList>("warningFields");

    QTest::newRow("orderCreated") << 0 << u"orderCreated"_s << QString() << QStringList{u"date"_s, u"totalCost"_s};
    QTest::newRow("orderCreated+products") << 1 << u"orderCreated"_s << QString() << QStringList{u"date"_s, u"totalCost"_s};
    QTest::newRow("pageViewed") << 2 << u"pageViewed"_s << QString() << QStringList{};
    QTest::newRow("productViewed (stray ]})") << 3 << u"productViewed"_s << u"product"_s << QStringList{};
    QTest::newRow("productCategoryViewed") << 4 << u"productCategoryViewed"_s << QString() << QStringList{};
    QTest::newRow("cartUpdated") << 5 << u"cartUpdated"_s << QString() << QStringList{};
}

void TestEventComposer::seedExamples()
{
    QFETCH(int, index);
    QFETCH(QString, type);
    QFETCH(QString, errorField);
    QFETCH(QStringList, warningFields);

    QList<EventProblem> readProblems;
    const std::optional<EventDraft> draft = EventDraft::fromRequestBody(m_examples.at(index), &readProblems);
    QVERIFY2(draft, qPrintable(describe(readProblems)));
    QCOMPARE(draft->eventTypeKey, type);
    const QList<EventProblem> problems = draft->validate();
    QStringList errors;
    QStringList warnings;
    for (const EventProblem &p : problems)
        (p.isError() ? errors : warnings).append(p.field);
    if (errorField.isEmpty())
        QVERIFY2(errors.isEmpty(), qPrintable(describe(problems)));
    else
        QCOMPARE(errors, QStringList{errorField});
    for (const QString &field : warningFields)
        QVERIFY2(warnings.contains(field), qPrintable(describe(problems)));
}

void TestEventComposer::seedExamplesRoundTrip_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 6; ++i)
        QTest::addRow("example %d", i) << i;
}

void TestEventComposer::seedExamplesRoundTrip()
{
    QFETCH(int, index);
    const QByteArray original = m_examples.at(index);
    const std::optional<EventDraft> draft = EventDraft::fromRequestBody(original, nullptr);
    QVERIFY(draft);
    const QByteArray body = draft->toRequestBody();
    const QJsonObject before = QJsonDocument::fromJson(original).object();
    const QJsonObject after = QJsonDocument::fromJson(body).object();
    QCOMPARE(after.value(u"eventTypeKey"_s), before.value(u"eventTypeKey"_s));
    QCOMPARE(after.value(u"keyValue"_s), before.value(u"keyValue"_s));
    QCOMPARE(semanticParams(body), semanticParams(original));
    // Reading the composed body again gives the same draft.
    QCOMPARE(EventDraft::fromRequestBody(body, nullptr), draft);
}

void TestEventComposer::strayBracketIsNamed()
{
    const std::optional<EventDraft> draft = EventDraft::fromRequestBody(m_examples.at(3), nullptr);
    QVERIFY(draft);
    const QList<EventProblem> problems = draft->validate();
    QVERIFY(EventDraft::hasErrors(problems));
    const EventProblem &p = problems.constFirst();
    QCOMPARE(p.field, u"product"_s);
    QVERIFY2(p.message.contains(u"“]}”"_s), qPrintable(p.message));
    QVERIFY2(p.message.contains(u"after the end of the object"_s), qPrintable(p.message));
    QVERIFY2(p.message.contains(u"column 88"_s), qPrintable(p.message));
    qInfo().noquote() << p.toDisplayString();
    // The same text pasted as a whole body: the stray characters are named there too.
    QList<EventProblem> raw;
    QVERIFY(!EventDraft::fromRequestBody(R"({"eventTypeKey":"x","params":[]}]})", &raw));
    QCOMPARE(raw.size(), 1);
    QVERIFY2(raw.constFirst().message.contains(u"“]}”"_s), qPrintable(raw.constFirst().message));
}

void TestEventComposer::exactBody()
{
    EventDraft d = validOrder();
    d.productsShape = ProductsShape::ArrayObject;
    const QByteArray expected =
        R"({"eventTypeKey":"orderCreated","keyValue":"380501234567","params":[)"
        R"({"name":"phone","value":"380501234567"},{"name":"externalOrderId","value":"12345679"},)"
        R"({"name":"externalCustomerId","value":"AV13760"},{"name":"totalCost","value":"258.0"},)"
        R"({"name":"status","value":"INITIALIZED"},{"name":"date","value":"2020-05-14T10:11:00+03:00"},)"
        R"({"name":"items","value":"[{\"externalItemId\":\"200600\",\"name\":\"Super Device\",\"quantity\":2,\"cost\":129}]"},)"
        R"({"name":"products","value":"{\"array\":[{\"externalItemId\":\"200600\",\"name\":\"Super Device\",\"quantity\":2,\"cost\":129}]}"}]})";
    QCOMPARE(d.toRequestBody(), expected);
    QVERIFY2(d.validate().isEmpty(), qPrintable(describe(d.validate())));
}

void TestEventComposer::itemsJson_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("order") << int(EventType::OrderCreated) << u"1"_s << u"990"_s
                           << QByteArray(R"([{"externalItemId":"A\"1","quantity":1,"cost":990}])");
    QTest::newRow("leading zeros") << int(EventType::OrderCreated) << u"007"_s << u"0045.50"_s
                                   << QByteArray(R"([{"externalItemId":"A\"1","quantity":7,"cost":45.50}])");
    QTest::newRow("cart") << int(EventType::CartUpdated) << u"0.5"_s << u"45.5"_s
                          << QByteArray(R"([{"productId":"A\"1","quantity":0.5,"price":45.5}])");
    QTest::newRow("not a number stays a string") << int(EventType::OrderCreated) << u"1,5"_s << u""_s
                                                 << QByteArray(R"([{"externalItemId":"A\"1","quantity":"1,5"}])");
}

void TestEventComposer::itemsJson()
{
    QFETCH(int, type);
    QFETCH(QString, quantity);
    QFETCH(QString, price);
    QFETCH(QByteArray, expected);
    EventItem item;
    item.id = u"A\"1"_s;
    item.quantity = quantity;
    item.price = price;
    QCOMPARE(EventComposer::itemsJson({item, EventItem{}}, EventType(type)), expected);
    QVERIFY(QJsonDocument::fromJson(expected).isArray());
}

void TestEventComposer::productsShapes()
{
    EventItem item;
    item.id = u"WS01"_s;
    item.quantity = u"1"_s;
    item.price = u"45.5"_s;
    const QByteArray array = EventComposer::productsJson({item}, ProductsShape::ArrayString);
    QCOMPARE(array, QByteArray(R"([{"productId":"WS01","quantity":1,"price":45.5}])"));
    const QByteArray object = EventComposer::productsJson({item}, ProductsShape::ArrayObject, EventType::OrderCreated);
    QCOMPARE(object, QByteArray(R"({"array":[{"externalItemId":"WS01","quantity":1,"cost":45.5}]})"));
    ProductsShape shape = ProductsShape::None;
    QCOMPARE(EventComposer::parseProductsJson(QString::fromUtf8(object), &shape), QList<EventItem>{item});
    QCOMPARE(shape, ProductsShape::ArrayObject);
    QCOMPARE(EventComposer::parseProductsJson(QString::fromUtf8(array), &shape), QList<EventItem>{item});
    QCOMPARE(shape, ProductsShape::ArrayString);
    // Fields the table cannot hold keep the value raw.
    QVERIFY(!EventComposer::parseItemsJson(uR"([{"productId":"x","someProductProperty":["green"]}])"_s));

    // cartUpdated: the table always becomes products.
    EventDraft cart = EventDraft::forType(EventType::CartUpdated);
    cart.keyValue = u"example@email.com"_s;
    cart.setValue(u"email"_s, u"example@email.com"_s);
    cart.setValue(u"recycleStateId"_s, u"d59c6e6d"_s);
    cart.items = {item};
    const auto params = QJsonDocument::fromJson(cart.toRequestBody()).object().value(u"params"_s).toArray();
    QCOMPARE(params.last().toObject().value(u"name"_s).toString(), u"products"_s);
    QCOMPARE(params.last().toObject().value(u"value"_s).toString(), QString::fromUtf8(array));
    QVERIFY2(!EventDraft::hasErrors(cart.validate()), qPrintable(describe(cart.validate())));
}

void TestEventComposer::rawBodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("typographic quotes") << QByteArray("{\n\xe2\x80\x9c" "eventTypeKey\xe2\x80\x9d: 1}") << u"body"_s << u"typographic quote"_s;
    QTest::newRow("trailing comma") << QByteArray("{\"eventTypeKey\":\"a\",\n\"params\":[],}") << u"body"_s << u"line 2"_s;
    QTest::newRow("not an object") << QByteArray("[1,2]") << u"body"_s << u"JSON object"_s;
    QTest::newRow("empty") << QByteArray("  ") << u"body"_s << u"empty"_s;
    QTest::newRow("no eventTypeKey") << QByteArray(R"({"params":[]})") << u"eventTypeKey"_s << u"eventTypeKey"_s;
    QTest::newRow("params not an array") << QByteArray(R"({"eventTypeKey":"a","params":{}})") << u"params"_s << u"array"_s;
    QTest::newRow("param without name") << QByteArray(R"({"eventTypeKey":"a","params":[{"value":"x"}]})") << u"params"_s << u"no name"_s;
}

void TestEventComposer::rawBodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    QList<EventProblem> problems;
    QVERIFY(!EventDraft::fromRequestBody(body, &problems));
    QVERIFY(!problems.isEmpty());
    QVERIFY2(hasProblem(problems, EventProblem::Severity::Error, field, fragment), qPrintable(describe(problems)));
}

void TestEventComposer::validation_data()
{
    QTest::addColumn<QString>("param");      // set this parameter …
    QTest::addColumn<QString>("value");      // … to this value (empty: remove it)
    QTest::addColumn<bool>("error");         // expected severity
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("missing externalOrderId") << u"externalOrderId"_s << QString() << true << u"externalOrderId"_s << u"ignores"_s;
    QTest::newRow("missing date") << u"date"_s << QString() << true << u"date"_s << u"required"_s;
    QTest::newRow("total with comma") << u"totalCost"_s << u"258,0"_s << true << u"totalCost"_s << u"point"_s;
    QTest::newRow("total with exponent") << u"totalCost"_s << u"2.58e2"_s << true << u"totalCost"_s << u"number"_s;
    QTest::newRow("total disagrees") << u"totalCost"_s << u"250"_s << false << u"totalCost"_s << u"add up to 258"_s;
    QTest::newRow("status lower case") << u"status"_s << u"delivered"_s << true << u"status"_s << u"capitals"_s;
    QTest::newRow("status unknown") << u"status"_s << u"SHIPPED"_s << true << u"status"_s << u"not an order status"_s;
    QTest::newRow("date unreadable") << u"date"_s << u"14.05.2020"_s << true << u"date"_s << u"ISO 8601"_s;
    QTest::newRow("date without zone") << u"date"_s << u"2020-05-14T10:11:00"_s << false << u"date"_s << u"time zone"_s;
    QTest::newRow("date impossible") << u"date"_s << u"2020-02-30T10:11:00Z"_s << true << u"date"_s << u"ISO 8601"_s;
    QTest::newRow("currency") << u"currency"_s << u"usd"_s << false << u"currency"_s << u"three-letter"_s;
    QTest::newRow("email") << u"email"_s << u"not-an-address"_s << true << u"email"_s << u"e-mail"_s;
    QTest::newRow("phone") << u"phone"_s << u"+38 050 123"_s << false << u"phone"_s << u"international"_s;
    QTest::newRow("misspelt name") << u"externalorderid"_s << u"1"_s << true << u"externalorderid"_s << u"spelt"_s;
    QTest::newRow("raw items invalid") << u"items"_s << u"[{\"a\":1}"_s << true << u"items"_s << u"JSON"_s;
    QTest::newRow("custom JSON-looking") << u"extra"_s << u"{\"a\":}"_s << false << u"extra"_s << u"looks like JSON"_s;
}

void TestEventComposer::validation()
{
    QFETCH(QString, param);
    QFETCH(QString, value);
    QFETCH(bool, error);
    QFETCH(QString, field);
    QFETCH(QString, fragment);

    EventDraft d = validOrder();
    QVERIFY2(d.validate().isEmpty(), qPrintable(describe(d.validate())));
    if (param == u"items"_s)
        d.items.clear();
    if (value.isEmpty())
        d.removeParam(param);
    else
        d.setValue(param, value);
    const QList<EventProblem> problems = d.validate();
    QVERIFY2(hasProblem(problems, error ? EventProblem::Severity::Error : EventProblem::Severity::Warning, field, fragment),
             qPrintable(describe(problems)));
    QCOMPARE(EventDraft::hasErrors(problems), error);
}

void TestEventComposer::keyValueCharacters_data()
{
    QTest::addColumn<QString>("keyValue");
    QTest::addColumn<bool>("ok");

    QTest::newRow("e-mail") << u"example@email.com"_s << true;
    QTest::newRow("phone with +") << u"+380501234567"_s << true;
    QTest::newRow("300 chars") << QString(300, u'a') << true;
    QTest::newRow("301 chars") << QString(301, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    const QString forbidden = EventComposer::forbiddenKeyValueCharacters();
    for (const QChar c : forbidden)
        QTest::addRow("forbidden U+%04x", c.unicode()) << (u"ab"_s + c + u"cd"_s) << false;
}

void TestEventComposer::keyValueCharacters()
{
    QFETCH(QString, keyValue);
    QFETCH(bool, ok);
    EventDraft d = validOrder();
    d.keyValue = keyValue;
    const QList<EventProblem> problems = d.validate();
    bool keyError = false;
    for (const EventProblem &p : problems)
        keyError = keyError || (p.isError() && p.field == u"keyValue"_s);
    QCOMPARE(!keyError, ok);
}

void TestEventComposer::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("zone");
    QTest::addColumn<qint64>("utcMs");   // when zoned

    QTest::newRow("offset") << u"2020-05-14T10:11:00+03:00"_s << true << true << qint64(1589440260000);
    QTest::newRow("Z") << u"2020-05-14T07:11:00Z"_s << true << true << qint64(1589440260000);
    QTest::newRow("no colon") << u"2020-05-14T10:11:00+0300"_s << true << true << qint64(1589440260000);
    QTest::newRow("ms") << u"2020-05-14T07:11:00.250Z"_s << true << true << qint64(1589440260250);
    QTest::newRow("no seconds") << u"2020-05-14T07:11Z"_s << true << true << qint64(1589440260000);
    QTest::newRow("space") << u"2020-05-14 07:11:00Z"_s << true << true << qint64(1589440260000);
    QTest::newRow("no zone") << u"2020-05-14T10:11:00"_s << true << false << qint64(0);
    QTest::newRow("bad month") << u"2020-13-14T10:11:00Z"_s << false << false << qint64(0);
    QTest::newRow("24h") << u"2020-05-14T24:00:00Z"_s << false << false << qint64(0);
    QTest::newRow("text") << u"yesterday"_s << false << false << qint64(0);
}

void TestEventComposer::dates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, zone);
    QFETCH(qint64, utcMs);
    bool hasZone = false;
    const QDateTime parsed = EventComposer::parseDate(text, &hasZone);
    QCOMPARE(parsed.isValid(), valid);
    QCOMPARE(hasZone, zone);
    if (zone) {
        QCOMPARE(parsed.toMSecsSinceEpoch(), utcMs);
        // formatDate keeps the offset and reads back to the same instant.
        bool again = false;
        QCOMPARE(EventComposer::parseDate(EventComposer::formatDate(parsed), &again).toMSecsSinceEpoch(), utcMs / 1000 * 1000);   // whole seconds
        QVERIFY(again);
    }
    QCOMPARE(EventComposer::formatDate(QDateTime(QDate(2020, 5, 14), QTime(10, 11), Qt::OffsetFromUTC, 3 * 3600)),
             u"2020-05-14T10:11:00+03:00"_s);
    QCOMPARE(EventComposer::formatDate(QDateTime(QDate(2020, 5, 14), QTime(10, 11), Qt::OffsetFromUTC, -(5 * 3600 + 1800))),
             u"2020-05-14T10:11:00-05:30"_s);
    QCOMPARE(EventComposer::formatDate(QDateTime(QDate(2020, 5, 14), QTime(10, 11), Qt::UTC)), u"2020-05-14T10:11:00Z"_s);
}

void TestEventComposer::identifierNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("identifier");
    QTest::addColumn<bool>("email");

    const QStringList names = EventComposer::identifierNames();
    QCOMPARE(names.size(), 12);
    for (const QString &n : names) {
        const bool email = n.contains(u"mail"_s, Qt::CaseInsensitive);
        QTest::addRow("%s", qPrintable(n)) << n << true << email;
        QTest::addRow("%s lower", qPrintable(n)) << n.toLower() << true << email;
        QTest::addRow("%s upper", qPrintable(n)) << n.toUpper() << true << email;
    }
    QTest::newRow("externalCustomerId") << u"externalCustomerId"_s << false << false;
    QTest::newRow("mail") << u"mail"_s << false << false;
    QTest::newRow("contact id with space") << u"Contact id"_s << false << false;
    QTest::newRow("phone2") << u"phone2"_s << false << false;
}

void TestEventComposer::identifierNames()
{
    QFETCH(QString, name);
    QFETCH(bool, identifier);
    QFETCH(bool, email);
    QCOMPARE(EventComposer::isIdentifierName(name), identifier);
    QCOMPARE(EventComposer::isEmailIdentifierName(name), email);
}

void TestEventComposer::identifierValues_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("match");

    QTest::newRow("email case") << u"Email"_s << u"Example@Email.com"_s << u"example@email.com"_s << true;
    QTest::newRow("UserEmail case") << u"useremail"_s << u"A@B.C"_s << u"a@b.c"_s << true;
    QTest::newRow("email differs") << u"email"_s << u"a@b.c"_s << u"b@b.c"_s << false;
    QTest::newRow("phone exact") << u"phone"_s << u"380501234567"_s << u"380501234567"_s << true;
    QTest::newRow("phone + differs") << u"Phone"_s << u"+380501234567"_s << u"380501234567"_s << false;
    QTest::newRow("contactKey case") << u"ContactKey"_s << u"AV13760"_s << u"av13760"_s << false;
    QTest::newRow("pushToken exact") << u"PushToken"_s << u"tok-1"_s << u"tok-1"_s << true;
    QTest::newRow("empty") << u"email"_s << QString() << QString() << false;
}

void TestEventComposer::identifierValues()
{
    QFETCH(QString, param);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, match);
    QCOMPARE(EventComposer::identifierValuesMatch(param, a, b), match);
}

QTEST_GUILESS_MAIN(TestEventComposer)
#include "tst_eventcomposer.moc"
