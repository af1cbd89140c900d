#include "net/apiclient.h"
#include "net/responsetext.h"
#include "net/tolerantjson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using namespace cdp;

class TestResponseText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodyExcerpt_data();
    void bodyExcerpt();
    void excerptIsBounded();
    void duration_data();
    void duration();
    void idempotency_data();
    void idempotency();
    void headerLookupIgnoresCase();
};

void TestResponseText::bodyExcerpt_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("OAuth error JSON")
        << QByteArray("application/json")
        << QByteArray(R"({"error":"invalid_client","error_description":"Unknown client id or wrong secret","status":401})")
        << u"invalid_client — Unknown client id or wrong secret"_s;
    QTest::newRow("vendor wrapper") << QByteArray("application/json")
                                    << QByteArray(R"({"status":"ERROR","message":"tenant_hash is required"})")
                                    << u"tenant_hash is required"_s;
    QTest::newRow("nested error object") << QByteArray("application/json")
                                         << QByteArray(R"({"error":{"message":"quota exceeded"}})")
                                         << u"quota exceeded"_s;
    QTest::newRow("eSputnik free text")
        << QByteArray("text/plain")
        << QByteArray("The event should have the following params:\n  [externalCustomerId]")
        << u"The event should have the following params: [externalCustomerId]"_s;
    QTest::newRow("HTML error page summarised")
        << QByteArray("text/html; charset=utf-8")
        << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{}</style></head>"
                      "<body><h1>Bad Gateway</h1><p>lots of markup</p></body></html>")
        << u"HTML page: 502 Bad Gateway"_s;
    QTest::newRow("HTML without type, entities decoded")
        << QByteArray() << QByteArray("<html><body><h1>Service &amp; Co. unavailable</h1></body></html>")
        << u"HTML page: Service & Co. unavailable"_s;
    QTest::newRow("secrets in the body are redacted")
        << QByteArray("text/plain") << QByteArray("bad request: client_secret=hunter22 from jane@example.com")
        << u"bad request: client_secret=REDACTED from j***@e***.com"_s;
    QTest::newRow("empty") << QByteArray("application/json") << QByteArray("  ") << QString();
}

void TestResponseText::bodyExcerpt()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QJsonDocument json = TolerantJson::parse(body).document;
    QCOMPARE(ResponseText::bodyExcerpt(body, contentType, json), expected);
}

void TestResponseText::excerptIsBounded()
{
    const QByteArray body = QByteArray("word ").repeated(1000);
    const QString excerpt = ResponseText::bodyExcerpt(body, "text/plain");
    QCOMPARE(excerpt.size(), ResponseText::kExcerptMax);
    QVERIFY(excerpt.endsWith(QChar(0x2026)));
    const QByteArray page = "<html><body>" + QByteArray("<p>paragraph</p>").repeated(500) + "</body></html>";
    QVERIFY(ResponseText::bodyExcerpt(page, "text/html").size() < 80);
}

void TestResponseText::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tiny") << qint64(1) << u"0.1 s"_s;
    QTest::newRow("0.4 s") << qint64(380) << u"0.4 s"_s;
    QTest::newRow("almost 1 s") << qint64(990) << u"1 s"_s;
    QTest::newRow("rounded up") << qint64(2001) << u"3 s"_s;
    QTest::newRow("exact") << qint64(3000) << u"3 s"_s;
    QTest::newRow("minutes") << qint64(125000) << u"2 min 5 s"_s;
    QTest::newRow("whole minutes") << qint64(120000) << u"2 min"_s;
    QTest::newRow("hours") << qint64(3600000 + 60000) << u"1 h 1 min"_s;
}

void TestResponseText::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(ResponseText::duration(milliseconds(ms)), expected);
}

void TestResponseText::idempotency_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("override");   // -1 none, 0 false, 1 true
    QTest::addColumn<bool>("expected");
    QTest::newRow("GET") << QByteArray("GET") << -1 << true;
    QTest::newRow("lower-case get") << QByteArray("get") << -1 << true;
    QTest::newRow("PUT") << QByteArray("PUT") << -1 << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << -1 << true;
    QTest::newRow("HEAD") << QByteArray("HEAD") << -1 << true;
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << -1 << true;
    QTest::newRow("POST") << QByteArray("POST") << -1 << false;
    QTest::newRow("PATCH") << QByteArray("PATCH") << -1 << false;
    QTest::newRow("POST declared idempotent") << QByteArray("POST") << 1 << true;
    QTest::newRow("GET declared not idempotent") << QByteArray("GET") << 0 << false;
}

void TestResponseText::idempotency()
{
    QFETCH(QByteArray, method);
    QFETCH(int, override);
    QFETCH(bool, expected);
    ApiRequest request;
    request.method = method;
    if (override >= 0)
        request.idempotent = override == 1;
    QCOMPARE(request.isIdempotent(), expected);
}

void TestResponseText::headerLookupIgnoresCase()
{
    ApiResponse response;
    response.headers = {{"Content-Type", "application/json"}, {"retry-after", "3"}};
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    QCOMPARE(response.header("Retry-After"), QByteArray("3"));
    QVERIFY(response.header("Date").isEmpty());
}

QTEST_GUILESS_MAIN(TestResponseText)
#include "tst_responsetext.moc"
