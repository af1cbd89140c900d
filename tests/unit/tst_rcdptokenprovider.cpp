// RcdpTokenProvider without a server: token response shapes, header, renewal margin, invalidation,
// single flight of waiters on a failing (incomplete) configuration.

#include "auth/rcdptokenprovider.h"
#include "net/apiclient.h"

#include <QJsonDocument>
#include <QTest>

using namespace cdp;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {
const QDateTime kT0(QDate(2025, 6, 1), QTime(12, 0, 0), Qt::UTC);
}

class TestRcdpTokenProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void headerAndUrl();
    void renewalMarginAndInvalidate();
    void incompleteConfigEndsEveryWaiterOnce();
};

void TestRcdpTokenProvider::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<bool>("assumed");

    QTest::newRow("sandbox: wrapped") << QByteArray(R"({"status":"OK","message":"","data":{"access_token":"abc123","expires_in":60}})")
                                      << QByteArray("abc123") << qint64(60) << false;
    QTest::newRow("bare access_token") << QByteArray(R"({"access_token":"xyz","expires_in":"7200"})") << QByteArray("xyz")
                                       << qint64(7200) << false;
    QTest::newRow("wrapped, expires_in outside data") << QByteArray(R"({"status":"OK","data":{"access_token":"t"},"expires_in":90})")
                                                      << QByteArray("t") << qint64(90) << false;
    QTest::newRow("no expires_in: one hour assumed") << QByteArray(R"({"status":"OK","data":{"access_token":"t"}})")
                                                     << QByteArray("t") << qint64(3600) << true;
    QTest::newRow("unusable expires_in") << QByteArray(R"({"access_token":"t","expires_in":"soon"})") << QByteArray("t")
                                         << qint64(3600) << true;
    QTest::newRow("status FAILURE") << QByteArray(R"({"status":"FAILURE","message":"Invalid tenant","data":null})")
                                    << QByteArray() << qint64(0) << false;
    QTest::newRow("no token") << QByteArray(R"({"status":"OK","data":{}})") << QByteArray() << qint64(0) << false;
    QTest::newRow("not an object") << QByteArray(R"(["t"])") << QByteArray() << qint64(0) << false;
}

void TestRcdpTokenProvider::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, token);
    QFETCH(qint64, expiresIn);
    QFETCH(bool, assumed);
    ApiError error;
    const RcdpTokenProvider::TokenResponse parsed = RcdpTokenProvider::parseTokenResponse(QJsonDocument::fromJson(body), &error);
    QCOMPARE(parsed.accessToken, token);
    QCOMPARE(error.isError(), token.isEmpty());
    if (token.isEmpty()) {
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        if (body.contains("Invalid tenant"))
            QVERIFY(error.message.contains(u"Invalid tenant"_s));
        return;
    }
    QCOMPARE(qint64(parsed.expiresIn.count()), expiresIn);
    QCOMPARE(parsed.expiresInAssumed, assumed);
}

void TestRcdpTokenProvider::headerAndUrl()
{
    ApiClient client;
    RcdpTokenProvider provider(&client, {});
    QCOMPARE(provider.headerName(), QByteArray("access_token"));
    QCOMPARE(provider.headerValue("tok"), QByteArray("tok"));
    QCOMPARE(RcdpTokenProvider::tokenUrl(QUrl(u"https://api-dev.algonomy.com/rcdpapi/"_s)),
             QUrl(u"https://api-dev.algonomy.com/rcdpapi/secureApi/token/profile/create"_s));
    QCOMPARE(provider.config().resources, QStringList{u"productPurchased"_s});
}

void TestRcdpTokenProvider::renewalMarginAndInvalidate()
{
    ApiClient client;
    RcdpTokenProvider provider(&client, {});
    QDateTime now = kT0;
    provider.setClock([&now] { return now; });
    provider.acceptToken("token-1", milliseconds(seconds(3600)));
    QCOMPARE(provider.expiresAt(), kT0.addSecs(3600));
    QCOMPARE(provider.renewAt(), kT0.addSecs(3600 - 300));   // 10 %, capped at 5 min
    QCOMPARE(provider.currentToken(), QByteArray("token-1"));
    now = kT0.addSecs(3600 - 301);
    QCOMPARE(provider.currentToken(), QByteArray("token-1"));
    now = kT0.addSecs(3600 - 300);
    QCOMPARE(provider.currentToken(), QByteArray());          // inside the margin: renew first

    now = kT0;
    provider.acceptToken("token-2", milliseconds(seconds(60)));
    provider.invalidate("token-1");                           // an older token: ignored
    QCOMPARE(provider.currentToken(), QByteArray("token-2"));
    provider.invalidate("token-2");
    QCOMPARE(provider.currentToken(), QByteArray());
    QVERIFY(!provider.expiresAt().isValid());
}

void TestRcdpTokenProvider::incompleteConfigEndsEveryWaiterOnce()
{
    ApiClient client;
    RcdpTokenProvider::Config config;
    config.baseUrl = QUrl(u"https://api-dev.algonomy.com/rcdpapi"_s);   // no tenant hash
    RcdpTokenProvider provider(&client, config);
    int calls = 0;
    ApiError last;
    for (int i = 0; i < 3; ++i) {
        provider.requestToken(this, [&](const QByteArray &token, const ApiError &error) {
            ++calls;
            last = error;
            QVERIFY(token.isEmpty());
        });
    }
    QCOMPARE(calls, 0);   // asynchronous
    QCOMPARE(provider.tokenRequestCount(), 1);
    QTRY_COMPARE(calls, 3);
    QCOMPARE(last.kind, ApiError::Kind::Config);
    QVERIFY(last.message.contains(u"tenant hash"_s));
    QTest::qWait(20);
    QCOMPARE(calls, 3);
}

QTEST_GUILESS_MAIN(TestRcdpTokenProvider)
#include "tst_rcdptokenprovider.moc"
