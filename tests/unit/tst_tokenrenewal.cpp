#include "auth/oauth2clientcredentials.h"
#include "net/apiclient.h"
#include "net/tolerantjson.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using std::chrono::seconds;
using namespace cdp;

namespace {
const QDateTime kT0(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
}

class TestTokenRenewal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renewalTime_data();
    void renewalTime();
    void currentTokenInsideMargin_data();
    void currentTokenInsideMargin();
    void explicitMargin();
    void invalidate();
    void parseTokenResponse_data();
    void parseTokenResponse();
    void seed002TokenResponse();
    void requestTokenWithCurrentToken();
    void configErrorCompletesAllWaitersOnce();
    void deadContextIsNotCalled();
    void setConfigDropsToken();
};

void TestTokenRenewal::renewalTime_data()
{
    QTest::addColumn<qint64>("lifetimeMs");
    QTest::addColumn<qint64>("marginMs");
    QTest::addColumn<qint64>("expectedOffsetMs");
    QTest::newRow("2 s token renews at 1.8 s") << qint64(2000) << qint64(-1) << qint64(1800);
    QTest::newRow("seed TTL 8 h: margin capped at 5 min") << qint64(28800000) << qint64(-1) << qint64(28500000);
    QTest::newRow("1 min token: 10 %") << qint64(60000) << qint64(-1) << qint64(54000);
    QTest::newRow("explicit 10 s margin") << qint64(3600000) << qint64(10000) << qint64(3590000);
    QTest::newRow("explicit margin larger than half the lifetime") << qint64(10000) << qint64(8000) << qint64(5000);
    QTest::newRow("zero margin") << qint64(5000) << qint64(0) << qint64(5000);
}

void TestTokenRenewal::renewalTime()
{
    QFETCH(qint64, lifetimeMs);
    QFETCH(qint64, marginMs);
    QFETCH(qint64, expectedOffsetMs);
    const QDateTime at = OAuth2ClientCredentials::renewalTime(kT0, milliseconds(lifetimeMs), milliseconds(marginMs));
    QCOMPARE(kT0.msecsTo(at), expectedOffsetMs);
}

void TestTokenRenewal::currentTokenInsideMargin_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<bool>("usable");
    // a 2 s token obtained at T0: usable before 1.8 s, not from then on
    QTest::newRow("fresh") << qint64(0) << true;
    QTest::newRow("1 s") << qint64(1000) << true;
    QTest::newRow("just before the margin") << qint64(1799) << true;
    QTest::newRow("margin starts") << qint64(1800) << false;
    QTest::newRow("inside the margin") << qint64(1950) << false;
    QTest::newRow("expired") << qint64(2500) << false;
}

void TestTokenRenewal::currentTokenInsideMargin()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(bool, usable);
    ApiClient client;
    OAuth2ClientCredentials provider(&client, {});
    QDateTime now = kT0;
    provider.setClock([&now] { return now; });
    provider.acceptToken("token-one", seconds(2));
    QCOMPARE(provider.expiresAt(), kT0.addSecs(2));
    QCOMPARE(provider.renewAt(), kT0.addMSecs(1800));
    now = kT0.addMSecs(elapsedMs);
    QCOMPARE(!provider.currentToken().isEmpty(), usable);
}

void TestTokenRenewal::explicitMargin()
{
    ApiClient client;
    OAuth2ClientCredentials::Config config;
    config.renewMargin = milliseconds(500);
    OAuth2ClientCredentials provider(&client, config);
    QDateTime now = kT0;
    provider.setClock([&now] { return now; });
    provider.acceptToken("token-one", seconds(2));
    now = kT0.addMSecs(1499);
    QVERIFY(!provider.currentToken().isEmpty());
    now = kT0.addMSecs(1500);
    QVERIFY(provider.currentToken().isEmpty());
}

void TestTokenRenewal::invalidate()
{
    ApiClient client;
    OAuth2ClientCredentials provider(&client, {});
    provider.setClock([] { return kT0; });
    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);
    provider.acceptToken("token-one", seconds(3600));
    QCOMPARE(changed.count(), 1);
    provider.invalidate("an-older-token");   // not the current one: ignored
    QCOMPARE(provider.currentToken(), QByteArray("token-one"));
    QCOMPARE(changed.count(), 1);
    provider.invalidate("token-one");
    QVERIFY(provider.currentToken().isEmpty());
    QVERIFY(!provider.expiresAt().isValid());
    QCOMPARE(changed.count(), 2);
}

void TestTokenRenewal::parseTokenResponse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<bool>("assumed");
    QTest::newRow("number") << QByteArray(R"({"access_token":"abc","token_type":"bearer","expires_in":3600})") << true << qint64(3600) << false;
    QTest::newRow("string") << QByteArray(R"({"access_token":"abc","expires_in":"120"})") << true << qint64(120) << false;
    QTest::newRow("decimal string") << QByteArray(R"({"access_token":"abc","expires_in":"7200.0"})") << true << qint64(7200) << false;
    QTest::newRow("missing → seed TTL") << QByteArray(R"({"access_token":"abc"})") << true << qint64(28800) << true;
    QTest::newRow("garbage → seed TTL") << QByteArray(R"({"access_token":"abc","expires_in":"soon"})") << true << qint64(28800) << true;
    QTest::newRow("negative → seed TTL") << QByteArray(R"({"access_token":"abc","expires_in":-5})") << true << qint64(28800) << true;
    QTest::newRow("RCDP wrapper") << QByteArray(R"({"status":"OK","message":"","data":{"access_token":"abc","expires_in":3600}})") << true << qint64(3600) << false;
    QTest::newRow("no access_token") << QByteArray(R"({"token_type":"bearer","expires_in":3600})") << false << qint64(0) << false;
    QTest::newRow("empty access_token") << QByteArray(R"({"access_token":"","expires_in":3600})") << false << qint64(0) << false;
    QTest::newRow("array") << QByteArray(R"([1,2])") << false << qint64(0) << false;
}

void TestTokenRenewal::parseTokenResponse()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(qint64, expiresIn);
    QFETCH(bool, assumed);
    ApiError error;
    const auto parsed = OAuth2ClientCredentials::parseTokenResponse(QJsonDocument::fromJson(json), &error);
    QCOMPARE(!error.isError(), ok);
    if (!ok) {
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QCOMPARE(parsed.accessToken, QByteArray("abc"));
    QCOMPARE(qint64(parsed.expiresIn.count()), expiresIn);
    QCOMPARE(parsed.expiresInAssumed, assumed);
}

void TestTokenRenewal::seed002TokenResponse()
{
    // The seed's sample, missing comma included.
    const QByteArray body = "{\n\"token_type\": \"bearer\"\n\"access_token\": \"M6w0M0K9QbQGHC8xgvb91ZgLMKaW4xOd\",\n\"expires_in\": 28800\n}";
    const TolerantJson::Result json = TolerantJson::parse(body);
    QVERIFY(json.ok());
    ApiError error;
    const auto parsed = OAuth2ClientCredentials::parseTokenResponse(json.document, &error);
    QVERIFY(!error.isError());
    QCOMPARE(parsed.accessToken.size(), 32);
    QCOMPARE(qint64(parsed.expiresIn.count()), qint64(28800));
    QCOMPARE(parsed.tokenType, u"bearer"_s);
}

void TestTokenRenewal::requestTokenWithCurrentToken()
{
    ApiClient client;
    OAuth2ClientCredentials provider(&client, {});
    provider.setClock([] { return kT0; });
    provider.acceptToken("token-one", seconds(3600));
    int calls = 0;
    bool sameToken = false;
    provider.requestToken(this, [&](const QByteArray &token, const ApiError &error) {
        ++calls;
        sameToken = token == "token-one" && !error.isError();
    });
    QCOMPARE(calls, 0);   // asynchronous even when the token is at hand
    QTRY_COMPARE(calls, 1);
    QVERIFY(sameToken);
    QCOMPARE(provider.tokenRequestCount(), 0);
}

void TestTokenRenewal::configErrorCompletesAllWaitersOnce()
{
    ApiClient client;
    OAuth2ClientCredentials provider(&client, {});   // no token URL, no id, no secret
    QSignalSpy failed(&provider, &TokenProvider::tokenFailed);
    QList<ApiError::Kind> kinds;
    bool anyToken = false;
    for (int i = 0; i < 5; ++i) {
        provider.requestToken(this, [&kinds, &anyToken](const QByteArray &token, const ApiError &error) {
            anyToken = anyToken || !token.isEmpty();
            kinds << error.kind;
        });
    }
    QCOMPARE(provider.tokenRequestCount(), 1);   // single flight, even for a failure
    QTRY_COMPARE(kinds.size(), 5);
    for (const ApiError::Kind kind : std::as_const(kinds))
        QCOMPARE(kind, ApiError::Kind::Config);
    QVERIFY(!anyToken);
    QCOMPARE(failed.count(), 1);
    QTest::qWait(50);
    QCOMPARE(kinds.size(), 5);   // never twice
    QVERIFY(!provider.isRequestInFlight());
}

void TestTokenRenewal::deadContextIsNotCalled()
{
    ApiClient client;
    OAuth2ClientCredentials provider(&client, {});
    QSignalSpy failed(&provider, &TokenProvider::tokenFailed);
    int calls = 0;
    auto *context = new QObject;
    provider.requestToken(context, [&calls](const QByteArray &, const ApiError &) { ++calls; });
    delete context;
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(calls, 0);
}

void TestTokenRenewal::setConfigDropsToken()
{
    ApiClient client;
    OAuth2ClientCredentials provider(&client, {});
    provider.setClock([] { return kT0; });
    provider.acceptToken("token-one", seconds(3600));
    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);
    OAuth2ClientCredentials::Config config;
    config.clientId = u"another"_s;
    provider.setConfig(config);
    QVERIFY(provider.currentToken().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(provider.config().clientId, u"another"_s);
}

QTEST_GUILESS_MAIN(TestTokenRenewal)
#include "tst_tokenrenewal.moc"
