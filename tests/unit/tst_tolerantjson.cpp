#include "net/tolerantjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp;

namespace {

QByteArray readSeed(const QString &prefix)
{
    const QDir dir(QStringLiteral(CDP_SEEDS_DIR));
    const QStringList files = dir.entryList({prefix + u"_*.txt"_s}, QDir::Files);
    if (files.size() != 1)
        return {};
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The JSON block that follows the n-th "Sample Response" heading of a seed, exactly as printed:
// from its first '{' to the matching '}' (braces counted outside strings).
QByteArray sampleResponse(const QByteArray &seed, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i) {
        at = seed.indexOf("Sample Response", at + 1);
        if (at < 0)
            return {};
    }
    const qsizetype start = seed.indexOf('{', at);
    if (start < 0)
        return {};
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < seed.size(); ++i) {
        const char c = seed.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{')
            ++depth;
        else if (c == '}' && --depth == 0)
            return seed.mid(start, i - start + 1);
    }
    return {};
}

} // namespace

class TestTolerantJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seed002TokenResponse();
    void seed002ProfileSample();
    void strictJsonUntouched_data();
    void strictJsonUntouched();
    void repairs_data();
    void repairs();
    void unrepairable_data();
    void unrepairable();
    void seedTypographicExamples_data();
    void seedTypographicExamples();
    void looksLikeJson_data();
    void looksLikeJson();
};

void TestTolerantJson::seed002TokenResponse()
{
    const QByteArray seed = readSeed(u"002"_s);
    QVERIFY2(!seed.isEmpty(), "seed 002 not found under CDP_SEEDS_DIR");
    const QByteArray block = sampleResponse(seed, 0);
    QVERIFY2(block.contains("\"token_type\": \"bearer\"\n\"access_token\""),
             "the seed's token response (with its missing comma) was not found");

    // Strict parsing fails: that is the seed's defect.
    QJsonParseError strictError{};
    QVERIFY(QJsonDocument::fromJson(block, &strictError).isNull());

    const TolerantJson::Result result = TolerantJson::parse(block);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QVERIFY(result.repaired);
    QCOMPARE(result.repairs.size(), 1);
    QVERIFY(result.repairs.first().contains(u"comma"_s));
    const QJsonObject object = result.document.object();
    QCOMPARE(object.size(), 3);
    QCOMPARE(object.value(u"token_type"_s).toString(), u"bearer"_s);
    QCOMPARE(object.value(u"access_token"_s).toString().size(), 32);
    QCOMPARE(object.value(u"expires_in"_s).toInt(), 28800);
}

void TestTolerantJson::seed002ProfileSample()
{
    // The profile sample is indented with no-break spaces (U+00A0), which JSON does not allow.
    const QByteArray block = sampleResponse(readSeed(u"002"_s), 1);
    QVERIFY(block.contains("\"userId\""));
    QVERIFY(block.contains("\xC2\xA0"));
    const TolerantJson::Result result = TolerantJson::parse(block);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QVERIFY(result.repaired);
    QCOMPARE(result.repairs, QStringList{u"replaced non-breaking spaces"_s});
    QCOMPARE(result.document.object().value(u"userId"_s).toString(), u"userA"_s);
    QCOMPARE(result.document.object().value(u"orders"_s).toArray().size(), 2);
}

void TestTolerantJson::strictJsonUntouched_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, null, "x"]})");
    QTest::newRow("typographic quotes inside a string stay")
        << QByteArray("{\"text\": \"the merchant\xE2\x80\x99s \xE2\x80\x9C" "best\xE2\x80\x9D item\"}");
    QTest::newRow("array of objects") << QByteArray(R"([{"a":1},{"b":2}])");
    QTest::newRow("escaped quotes") << QByteArray(R"({"a": "say \"hi\"", "b": "x"})");
    QTest::newRow("byte order mark (Qt accepts it)") << QByteArray("\xEF\xBB\xBF{\"a\":1}");
}

void TestTolerantJson::strictJsonUntouched()
{
    QFETCH(QByteArray, json);
    const TolerantJson::Result result = TolerantJson::parse(json);
    QVERIFY(result.ok());
    QVERIFY(!result.repaired);
    QVERIFY(result.repairs.isEmpty());
    QCOMPARE(result.document, QJsonDocument::fromJson(json));
}

void TestTolerantJson::repairs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");   // strict JSON of the same document
    QTest::newRow("missing comma between members")
        << QByteArray("{\"a\": 1\n\"b\": 2}") << QByteArray(R"({"a":1,"b":2})");
    QTest::newRow("two missing commas")
        << QByteArray("{\"a\": \"x\" \"b\": {} \"c\": [1 2]}") << QByteArray(R"({"a":"x","b":{},"c":[1,2]})");
    QTest::newRow("missing comma after literal")
        << QByteArray("{\"a\": true \"b\": null}") << QByteArray(R"({"a":true,"b":null})");
    QTest::newRow("missing comma between array objects")
        << QByteArray("[{\"a\":1} {\"a\":2}]") << QByteArray(R"([{"a":1},{"a":2}])");
    QTest::newRow("typographic keys and values")
        << QByteArray("{\xE2\x80\x9C" "batchId\xE2\x80\x9D: \xE2\x80\x9C" "101111\xE2\x80\x9D}")
        << QByteArray(R"({"batchId":"101111"})");
    QTest::newRow("typographic key, plain value (seed 000)")
        << QByteArray("{\"lastKey\":{\"RK_DATE_KEY\":5},\n\xE2\x80\x9Cpage\xE2\x80\x9D:1 ,\n\xE2\x80\x9CpageSize\xE2\x80\x9D:100\n}")
        << QByteArray(R"({"lastKey":{"RK_DATE_KEY":5},"page":1,"pageSize":100})");
    QTest::newRow("closing quote opens the string (seed 001 status)")
        << QByteArray("{\xE2\x80\x9Cstatus\xE2\x80\x9D: \xE2\x80\x9D PENDING|FINISHED\xE2\x80\x9D\n}")
        << QByteArray(R"({"status":" PENDING|FINISHED"})");
    QTest::newRow("apostrophe inside a typographic string")
        << QByteArray("{\xE2\x80\x9Cname\xE2\x80\x9D: \xE2\x80\x9CO\xE2\x80\x99" "Brien\xE2\x80\x9D}")
        << QByteArray(R"({"name":"O’Brien"})");
    QTest::newRow("single typographic quotes")
        << QByteArray("{\xE2\x80\x98" "a\xE2\x80\x99: \xE2\x80\x98" "b\xE2\x80\x99}") << QByteArray(R"({"a":"b"})");
    QTest::newRow("stray closers after the document (seed 003)")
        << QByteArray(R"({"productId":"WS01-L-Green","price":45.5}]})")
        << QByteArray(R"({"productId":"WS01-L-Green","price":45.5})");
    QTest::newRow("no-break spaces as indentation")
        << QByteArray("{\n\xC2\xA0\xC2\xA0\"a\": \"x\xC2\xA0y\"}") << QByteArray("{\"a\":\"x\xC2\xA0y\"}");
    QTest::newRow("quotes and a missing comma together")
        << QByteArray("{\xE2\x80\x9C" "a\xE2\x80\x9D: 1\n\xE2\x80\x9C" "b\xE2\x80\x9D: 2}") << QByteArray(R"({"a":1,"b":2})");
}

void TestTolerantJson::repairs()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const TolerantJson::Result result = TolerantJson::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QVERIFY(result.repaired);
    QVERIFY(!result.repairs.isEmpty());
    QCOMPARE(result.document.toJson(QJsonDocument::Compact), QJsonDocument::fromJson(expected).toJson(QJsonDocument::Compact));
}

void TestTolerantJson::unrepairable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"a": [1, 2)");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("garbage after the document") << QByteArray(R"({"a":1} trailing words)");
    QTest::newRow("empty") << QByteArray();
}

void TestTolerantJson::unrepairable()
{
    QFETCH(QByteArray, input);
    const TolerantJson::Result result = TolerantJson::parse(input);
    QVERIFY(!result.ok());
    QVERIFY(result.document.isNull());
    QVERIFY(result.error.error != QJsonParseError::NoError);
    QVERIFY(!result.errorString().isEmpty());
}

void TestTolerantJson::seedTypographicExamples_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("key");
    // Seed 001's examples use typographic quotes throughout.
    QTest::newRow("001 import id") << u"001"_s << u"id"_s;
    QTest::newRow("001 batch id") << u"001"_s << u"batchId"_s;
}

void TestTolerantJson::seedTypographicExamples()
{
    QFETCH(QString, seed);
    QFETCH(QString, key);
    const QByteArray text = readSeed(seed);
    QVERIFY(!text.isEmpty());
    // Every "{ … }" block of the seed whose first member is `key` in typographic quotes.
    const QByteArray marker = "\xE2\x80\x9C" + key.toUtf8() + "\xE2\x80\x9D";
    const qsizetype at = text.indexOf(marker);
    QVERIFY(at > 0);
    const qsizetype start = text.lastIndexOf('{', at);
    const qsizetype end = text.indexOf('}', at);
    QVERIFY(start >= 0 && end > at);
    const TolerantJson::Result result = TolerantJson::parse(text.mid(start, end - start + 1));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QVERIFY(result.repaired);
    QVERIFY(result.document.object().contains(key));
}

void TestTolerantJson::looksLikeJson_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("expected");
    QTest::newRow("application/json") << QByteArray("application/json; charset=utf-8") << QByteArray("x") << true;
    QTest::newRow("problem+json") << QByteArray("application/problem+json") << QByteArray() << true;
    QTest::newRow("text/plain but an object") << QByteArray("text/plain") << QByteArray("  {\"a\":1}") << true;
    QTest::newRow("no type, array") << QByteArray() << QByteArray("\n[1]") << true;
    QTest::newRow("text/html") << QByteArray("text/html") << QByteArray("<html>") << false;
    QTest::newRow("plain text") << QByteArray("text/plain") << QByteArray("The event should have…") << false;
}

void TestTolerantJson::looksLikeJson()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, expected);
    QCOMPARE(TolerantJson::looksLikeJson(contentType, body), expected);
}

QTEST_GUILESS_MAIN(TestTolerantJson)
#include "tst_tolerantjson.moc"
