// Contract test of cdp-sandbox against seed 000 (Algonomy Real-time CDP, productPurchased) and the
// token API of VENDOR_NOTES: replays the seed's own request over real HTTP on loopback, compares
// the answer with the seed's response field by field, and checks the sandbox's documented choices
// (identity headers, unknown customers, paging, money and date strings, images, rate limit, faults).

#include "httpclient.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using cdp::test::HttpResult;
using cdp::test::RcdpSampleCustomer;
using cdp::test::SandboxProcess;

namespace {

constexpr int kReplyTimeoutMs = 30000;
using Headers = cdp::test::RawHeaders;

// The JSON text that follows `marker` in the seed: from the first '{' to its matching '}'.
QByteArray jsonAfter(const QByteArray &text, const QByteArray &marker)
{
    const qsizetype markerAt = text.indexOf(marker);
    if (markerAt < 0)
        return {};
    const qsizetype begin = text.indexOf('{', markerAt);
    if (begin < 0)
        return {};
    int depth = 0;
    bool inString = false;
    for (qsizetype i = begin; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth == 0) {
            return text.mid(begin, i - begin + 1);
        }
    }
    return {};
}

QByteArray withPlainQuotes(const QByteArray &text)
{
    QString normalised = QString::fromUtf8(text);
    normalised.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
    return normalised.toUtf8();
}

// Amount in cents of "$100.30", "$1000.0", "$ 55.9", "€12.5"; -1 when the text is not like that.
qint64 cents(const QString &money, QString *currency = nullptr)
{
    static const QRegularExpression pattern(u"^([$€]) ?(\\d+)\\.(\\d{1,2})$"_s);
    const QRegularExpressionMatch match = pattern.match(money);
    if (!match.hasMatch())
        return -1;
    if (currency)
        *currency = match.captured(1);
    const QString fraction = match.captured(3);
    return match.captured(2).toLongLong() * 100 + (fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt());
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject lastKeyBody(const QJsonValue &lastKey, int pageSize)
{
    return QJsonObject{{u"lastKey"_s, lastKey}, {u"pageSize"_s, pageSize}};
}

} // namespace

class TestSandboxRcdp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void announcement();
    void seedExampleIsReadable();
    void seedRequestReplay_data();
    void seedRequestReplay();
    void seedResponseIsTheFirstPage();

    void createToken_data();
    void createToken();
    void tokenWithoutOAuth();
    void unauthorized_data();
    void unauthorized();
    void tokenOfAnotherResourceIsForbidden();
    void revokedToken();
    void expiredToken();
    void wrongMethod();

    void identityHeaderRequired();
    void dedupColumnsFlag();
    void identifierFindsCustomer_data();
    void identifierFindsCustomer();
    void agreeingIdentifiers();
    void conflictingIdentifiers();
    void unmatchedIdentifierDoesNotVeto();
    void unknownCustomer_data();
    void unknownCustomer();
    void customersWithFewPurchases_data();
    void customersWithFewPurchases();

    void pagingYieldsEachRowOnce_data();
    void pagingYieldsEachRowOnce();
    void pagingStylesAgree();
    void pagingBodyErrors_data();
    void pagingBodyErrors();
    void pageSizeIsCapped();
    void pageBeyondTheEnd();

    void moneyDatesAndImages();
    void productImagesAreServed();
    void demoDataIsDeterministic();
    void prefixFlag();

    void rateLimitPerTenant();
    void errorFault();
    void dropFault();
    void latencyFault();

private:
    HttpResult post(const QUrl &url, const Headers &headers, const QByteArray &body = {});
    HttpResult get(const QUrl &url);
    HttpResult createTokenFor(const SandboxProcess &sandbox, const QByteArray &body = {});
    QByteArray token(const SandboxProcess &sandbox);
    HttpResult purchased(const SandboxProcess &sandbox, const QByteArray &accessToken, const Headers &identity,
                         const QByteArray &body = {});
    HttpResult purchased(const Headers &identity, const QByteArray &body = {});
    QJsonArray allRows(const SandboxProcess &sandbox, const Headers &identity, int pageSize);

    cdp::test::HttpClient m_http{kReplyTimeoutMs};
    SandboxProcess m_sandbox;
    QByteArray m_token;
    QByteArray m_seedRequest;
    QJsonObject m_seedResponse;
};

// --- helpers ---

HttpResult TestSandboxRcdp::post(const QUrl &url, const Headers &headers, const QByteArray &body)
{
    return m_http.post(url, body, QByteArrayLiteral("application/json"), headers);
}

HttpResult TestSandboxRcdp::get(const QUrl &url)
{
    return m_http.get(url);
}

HttpResult TestSandboxRcdp::createTokenFor(const SandboxProcess &sandbox, const QByteArray &body)
{
    return post(sandbox.rcdpTokenUrl(),
                {{"tenant_hash", sandbox.rcdpTenantHash().toUtf8()},
                 {"oauth_key_secret", sandbox.rcdpOauthKeySecret().toUtf8()}},
                body);
}

QByteArray TestSandboxRcdp::token(const SandboxProcess &sandbox)
{
    const HttpResult result = createTokenFor(sandbox, QByteArrayLiteral("{\"resource\":[\"productPurchased\"]}"));
    return result.status == 200 ? result.data().value(u"access_token"_s).toString().toUtf8() : QByteArray();
}

HttpResult TestSandboxRcdp::purchased(const SandboxProcess &sandbox, const QByteArray &accessToken,
                                      const Headers &identity, const QByteArray &body)
{
    Headers headers{{"access_token", accessToken}, {"tenant_hash", sandbox.rcdpTenantHash().toUtf8()}};
    headers += identity;
    return post(sandbox.rcdpProductPurchasedUrl(), headers, body);
}

HttpResult TestSandboxRcdp::purchased(const Headers &identity, const QByteArray &body)
{
    return purchased(m_sandbox, m_token, identity, body);
}

// Every row of a customer, following data.lastKey; empty when any page is not a 200 "OK".
QJsonArray TestSandboxRcdp::allRows(const SandboxProcess &sandbox, const Headers &identity, int pageSize)
{
    const QByteArray accessToken = token(sandbox);
    QJsonArray rows;
    QJsonValue lastKey = QJsonValue::Null;
    for (int page = 0; page < 10000; ++page) {
        const HttpResult result = purchased(sandbox, accessToken, identity, json(lastKeyBody(lastKey, pageSize)));
        if (result.status != 200 || result.json().value(u"status"_s).toString() != u"OK")
            return {};
        const QJsonObject data = result.data();
        for (const QJsonValue &row : data.value(u"dataList"_s).toArray())
            rows.append(row);
        lastKey = data.value(u"lastKey"_s);
        if (lastKey.isNull())
            return rows;
    }
    return {};
}

// --- set-up ---

void TestSandboxRcdp::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    m_token = token(m_sandbox);
    QCOMPARE(m_token.size(), 32);

    const QStringList seeds = QDir(QStringLiteral(CDP_SEEDS_DIR)).entryList({u"000_*.txt"_s}, QDir::Files);
    QCOMPARE(seeds.size(), 1);
    QFile seed(QDir(QStringLiteral(CDP_SEEDS_DIR)).filePath(seeds.first()));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QByteArray text = seed.readAll();
    m_seedRequest = jsonAfter(text, "Request Body");
    m_seedResponse = QJsonDocument::fromJson(jsonAfter(text, "Response Body")).object();
}

void TestSandboxRcdp::cleanup()
{
    QVERIFY(m_sandbox.setFaults(0, 0.0, 0.0, 1));
}

// --- announcement and seed ---

void TestSandboxRcdp::announcement()
{
    const QJsonObject rcdp = m_sandbox.rcdp();
    QCOMPARE(rcdp.value(u"prefix"_s).toString(), u"/rcdpapi"_s);
    QCOMPARE(rcdp.value(u"tokenPath"_s).toString(), u"/rcdpapi/secureApi/token/profile/create"_s);
    QCOMPARE(rcdp.value(u"productPurchasedPath"_s).toString(), u"/rcdpapi/api/v1/profile/b2b/productPurchased"_s);
    QCOMPARE(rcdp.value(u"imagePath"_s).toString(), u"/sandbox/img/{productCode}.png"_s);
    QVERIFY(!m_sandbox.rcdpTenantHash().isEmpty());
    QVERIFY(!m_sandbox.rcdpOauthKeySecret().isEmpty());
    QCOMPARE(rcdp.value(u"oauthRequired"_s).toBool(), true);
    QCOMPARE(rcdp.value(u"tokenTtl"_s).toInt(), 3600);
    QCOMPARE(rcdp.value(u"dedupColumns"_s).toArray(),
             (QJsonArray{u"gcrId"_s, u"mobile_number"_s, u"email_address"_s, u"customer_code_external"_s}));
    QVERIFY(rcdp.value(u"resources"_s).toArray().contains(u"productPurchased"_s));
    QCOMPARE(rcdp.value(u"defaultPageSize"_s).toInt(), 20);
    QCOMPARE(rcdp.value(u"maxPageSize"_s).toInt(), 500);

    const QList<RcdpSampleCustomer> samples = m_sandbox.rcdpSampleCustomers();
    QList<int> purchaseCounts;
    QSet<QString> keys;
    for (const RcdpSampleCustomer &sample : samples) {
        QVERIFY(!sample.label.isEmpty());
        QVERIFY(sample.customerId > 0);
        QVERIFY(!sample.hashKey.isEmpty());
        QVERIFY2(!sample.gcrId.isEmpty(), "every golden record has a gcrId");
        purchaseCounts.append(sample.purchases);
        keys.insert(sample.key);
    }
    for (const int count : {0, 1, 2, 347, 100000})
        QVERIFY2(purchaseCounts.contains(count), qPrintable(QString::number(count)));
    for (const QString &key : {u"seed"_s, u"none"_s, u"one"_s, u"few"_s, u"big"_s, u"byEmail"_s, u"byMobile"_s,
                               u"byCode"_s, u"byGcr"_s})
        QVERIFY2(keys.contains(key), qPrintable(key));

    // The by* customers have a gcrId and exactly the one other kind of identifier their key names.
    const RcdpSampleCustomer byEmail = m_sandbox.rcdpSampleCustomer(u"byEmail"_s);
    QVERIFY(!byEmail.email.isEmpty() && byEmail.mobile.isEmpty() && byEmail.customerCode.isEmpty());
    const RcdpSampleCustomer byMobile = m_sandbox.rcdpSampleCustomer(u"byMobile"_s);
    QVERIFY(byMobile.email.isEmpty() && !byMobile.mobile.isEmpty() && byMobile.customerCode.isEmpty());
    const RcdpSampleCustomer byCode = m_sandbox.rcdpSampleCustomer(u"byCode"_s);
    QVERIFY(byCode.email.isEmpty() && byCode.mobile.isEmpty() && !byCode.customerCode.isEmpty());
    const RcdpSampleCustomer byGcr = m_sandbox.rcdpSampleCustomer(u"byGcr"_s);
    QVERIFY(byGcr.email.isEmpty() && byGcr.mobile.isEmpty() && byGcr.customerCode.isEmpty());
}

void TestSandboxRcdp::seedExampleIsReadable()
{
    // The seed's request uses typographic quotes (a known defect): only the normalised text parses.
    QVERIFY(m_seedRequest.contains("\xE2\x80\x9Cpage\xE2\x80\x9D"));
    QVERIFY(QJsonDocument::fromJson(m_seedRequest).isNull());
    const QJsonObject request = QJsonDocument::fromJson(withPlainQuotes(m_seedRequest)).object();
    QCOMPARE(request.value(u"lastKey"_s)[u"HK_CUSTOMER_CODE"_s].toString(), u"1_1092"_s);
    QCOMPARE(request.value(u"lastKey"_s)[u"RK_DATE_KEY"_s].toInt(), 5);
    QCOMPARE(request.value(u"page"_s).toInt(), 1);
    QCOMPARE(request.value(u"pageSize"_s).toInt(), 100);

    QCOMPARE(m_seedResponse.value(u"status"_s).toString(), u"OK"_s);
    QCOMPARE(m_seedResponse.value(u"data"_s)[u"dataList"_s].toArray().size(), 2);
}

void TestSandboxRcdp::seedRequestReplay_data()
{
    QTest::addColumn<bool>("normalised");
    QTest::newRow("typographic quotes normalised") << true;
    QTest::newRow("typographic quotes as in the seed") << false;
}

void TestSandboxRcdp::seedRequestReplay()
{
    QFETCH(bool, normalised);
    const QByteArray body = normalised ? withPlainQuotes(m_seedRequest) : m_seedRequest;
    // The seed's example identifier values; they name the demo customer whose purchase table has
    // the hash key of the seed's lastKey ("1_1092").
    const HttpResult result = purchased({{"mobile_number", "1212121212"},
                                         {"email_address", "customer@example.com"},
                                         {"customer_code_external", "123456"}},
                                        body);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    bool valid = false;
    const QJsonObject answer = result.json(&valid);
    QVERIFY2(valid, result.body.constData());

    // Same keys and JSON types as the seed's response, level by level; data.lastKey is the one
    // documented addition (the pointer to the next page, null on the last one).
    QCOMPARE(answer.keys(), m_seedResponse.keys());
    QCOMPARE(answer.value(u"status"_s).toString(), u"OK"_s);
    QCOMPARE(answer.value(u"message"_s).toString(), QString());
    const QJsonObject seedData = m_seedResponse.value(u"data"_s).toObject();
    const QJsonObject data = answer.value(u"data"_s).toObject();
    QStringList expectedKeys = seedData.keys();
    expectedKeys.append(u"lastKey"_s);
    expectedKeys.sort();
    QCOMPARE(data.keys(), expectedKeys);
    for (const QString &key : seedData.keys())
        QVERIFY2(data.value(key).type() == seedData.value(key).type(), qPrintable(key));
    QVERIFY(data.value(u"data"_s).isNull());
    QVERIFY(data.value(u"lastKey"_s).isNull());

    QCOMPARE(data.value(u"customerId"_s).toInteger(), seedData.value(u"customerId"_s).toInteger());
    QCOMPARE(data.value(u"totalCount"_s).toInt(), 2);
    QCOMPARE(data.value(u"currentPage"_s).toInt(), 1);
    QCOMPARE(data.value(u"pageSize"_s).toInt(), 100);   // as requested
    QCOMPARE(data.value(u"totalPages"_s).toInt(), 1);

    const QJsonArray seedRows = seedData.value(u"dataList"_s).toArray();
    const QJsonArray rows = data.value(u"dataList"_s).toArray();
    QCOMPARE(rows.size(), seedRows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject seedRow = seedRows.at(i).toObject();
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.keys(), seedRow.keys());
        for (const QString &key : seedRow.keys()) {
            QVERIFY2(row.value(key).type() == seedRow.value(key).type(), qPrintable(key));
            QVERIFY2(row.value(key) == seedRow.value(key),
                     qPrintable(u"%1: %2"_s.arg(key, QString::fromUtf8(json(row)))));
        }
    }
}

void TestSandboxRcdp::seedResponseIsTheFirstPage()
{
    // Without a body (the seed: "only required for pagination") the seed customer's first page is
    // the seed's response, byte for byte as JSON values, plus lastKey:null.
    const HttpResult result = purchased({{"email_address", "customer@example.com"}});
    QCOMPARE(result.status, 200);
    QJsonObject answer = result.json();
    QJsonObject data = answer.value(u"data"_s).toObject();
    QVERIFY(data.contains(u"lastKey"_s));
    data.remove(u"lastKey"_s);
    answer.insert(u"data"_s, data);
    QCOMPARE(answer, m_seedResponse);
}

// --- tokens ---

void TestSandboxRcdp::createToken_data()
{
    QTest::addColumn<bool>("sendTenant");
    QTest::addColumn<QByteArray>("tenant");      // empty: the announced tenant hash
    QTest::addColumn<bool>("sendSecret");
    QTest::addColumn<QByteArray>("secret");      // empty: the announced secret
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QByteArray resource = "{\"resource\":[\"productPurchased\"]}";
    QTest::newRow("good") << true << QByteArray() << true << QByteArray() << resource << 200 << QString();
    QTest::newRow("several resources") << true << QByteArray() << true << QByteArray()
                                       << QByteArrayLiteral("{\"resource\":[\"productPurchased\",\"basic\"]}") << 200
                                       << QString();
    QTest::newRow("no body: every resource") << true << QByteArray() << true << QByteArray() << QByteArray() << 200
                                             << QString();
    QTest::newRow("typographic quotes") << true << QByteArray() << true << QByteArray()
                                        << QByteArrayLiteral("{\xE2\x80\x9Cresource\xE2\x80\x9D:[\xE2\x80\x9CproductPurchased\xE2\x80\x9D]}")
                                        << 200 << QString();
    QTest::newRow("no tenant_hash") << false << QByteArray() << true << QByteArray() << resource << 401
                                    << u"tenant_hash"_s;
    QTest::newRow("unknown tenant_hash") << true << QByteArrayLiteral("0000000000000000") << true << QByteArray()
                                         << resource << 401 << u"Unknown tenant_hash"_s;
    QTest::newRow("no oauth_key_secret") << true << QByteArray() << false << QByteArray() << resource << 401
                                         << u"oauth_key_secret"_s;
    QTest::newRow("wrong oauth_key_secret") << true << QByteArray() << true << QByteArrayLiteral("wrong-secret")
                                            << resource << 401 << u"Invalid oauth_key_secret"_s;
    QTest::newRow("unknown resource") << true << QByteArray() << true << QByteArray()
                                      << QByteArrayLiteral("{\"resource\":[\"productPurchasd\"]}") << 400
                                      << u"productPurchasd"_s;
    QTest::newRow("body not JSON") << true << QByteArray() << true << QByteArray() << QByteArrayLiteral("resource=x")
                                   << 400 << u"not valid JSON"_s;
}

void TestSandboxRcdp::createToken()
{
    QFETCH(bool, sendTenant);
    QFETCH(QByteArray, tenant);
    QFETCH(bool, sendSecret);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);

    Headers headers;
    if (sendTenant)
        headers.append({"tenant_hash", tenant.isEmpty() ? m_sandbox.rcdpTenantHash().toUtf8() : tenant});
    if (sendSecret)
        headers.append({"oauth_key_secret", secret.isEmpty() ? m_sandbox.rcdpOauthKeySecret().toUtf8() : secret});
    const HttpResult result = post(m_sandbox.rcdpTokenUrl(), headers, body);
    QCOMPARE(result.status, status);
    bool valid = false;
    const QJsonObject answer = result.json(&valid);
    QVERIFY2(valid, result.body.constData());
    QCOMPARE(answer.keys(), (QStringList{u"data"_s, u"message"_s, u"status"_s}));

    if (status != 200) {
        QCOMPARE(answer.value(u"status"_s).toString(), u"FAILURE"_s);
        QVERIFY(answer.value(u"data"_s).isNull());
        QVERIFY2(result.message().contains(message), qPrintable(result.message()));
        return;
    }
    QCOMPARE(answer.value(u"status"_s).toString(), u"OK"_s);
    QCOMPARE(result.message(), QString());
    const QJsonObject data = result.data();
    QCOMPARE(data.keys(), (QStringList{u"access_token"_s, u"expires_in"_s}));
    QCOMPARE(data.value(u"expires_in"_s).toInt(), 3600);
    const QString accessToken = data.value(u"access_token"_s).toString();
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9]{32}$"_s).match(accessToken).hasMatch(), qPrintable(accessToken));
    QCOMPARE(purchased(m_sandbox, accessToken.toUtf8(), {{"gcrId", "8f14e45f-ceea-467f-a0e6-2b1f0c3d5a71"}}).status,
             200);
}

void TestSandboxRcdp::tokenWithoutOAuth()
{
    SandboxProcess open;
    QString error;
    QVERIFY2(open.start({u"--rcdp-no-oauth"_s}, &error), qPrintable(error));
    QCOMPARE(open.rcdp().value(u"oauthRequired"_s).toBool(), false);

    const HttpResult result = post(open.rcdpTokenUrl(), {{"tenant_hash", open.rcdpTenantHash().toUtf8()}});
    QCOMPARE(result.status, 200);
    const QByteArray accessToken = result.data().value(u"access_token"_s).toString().toUtf8();
    QCOMPARE(accessToken.size(), 32);
    QCOMPARE(purchased(open, accessToken, {{"customer_code_external", "123456"}}).status, 200);
    // The tenant still has to be known.
    QCOMPARE(post(open.rcdpTokenUrl(), {{"tenant_hash", "0000"}}).status, 401);
}

void TestSandboxRcdp::unauthorized_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("message");

    const QByteArray identity = "customer@example.com";
    QTest::newRow("no access_token") << Headers{{"tenant_hash", "T"}, {"email_address", identity}}
                                     << u"access_token header is required"_s;
    QTest::newRow("unknown access_token")
            << Headers{{"access_token", "M6w0M0K9QbQGHC8xgvb91ZgLMKaW4xOd"}, {"tenant_hash", "T"},
                       {"email_address", identity}}
            << u"Invalid access_token"_s;
    QTest::newRow("no tenant_hash") << Headers{{"access_token", "A"}, {"email_address", identity}}
                                    << u"tenant_hash header is required"_s;
    QTest::newRow("unknown tenant_hash")
            << Headers{{"access_token", "A"}, {"tenant_hash", "0000000000000000"}, {"email_address", identity}}
            << u"Unknown tenant_hash"_s;
    QTest::newRow("token in an Authorization header")
            << Headers{{"Authorization", "Bearer A"}, {"tenant_hash", "T"}, {"email_address", identity}}
            << u"access_token header is required"_s;
}

void TestSandboxRcdp::unauthorized()
{
    QFETCH(Headers, headers);
    QFETCH(QString, message);
    for (auto &[name, value] : headers) {
        if (value == "T")
            value = m_sandbox.rcdpTenantHash().toUtf8();
        else if (value == "A" || value == "Bearer A")
            value.replace("A", m_token);
    }
    const HttpResult result = post(m_sandbox.rcdpProductPurchasedUrl(), headers);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json().value(u"status"_s).toString(), u"FAILURE"_s);
    QVERIFY(result.json().value(u"data"_s).isNull());
    QVERIFY2(result.message().contains(message), qPrintable(result.message()));
}

void TestSandboxRcdp::tokenOfAnotherResourceIsForbidden()
{
    const HttpResult created = createTokenFor(m_sandbox, QByteArrayLiteral("{\"resource\":[\"segments\"]}"));
    QCOMPARE(created.status, 200);
    const QByteArray accessToken = created.data().value(u"access_token"_s).toString().toUtf8();
    const HttpResult result = purchased(m_sandbox, accessToken, {{"email_address", "customer@example.com"}});
    QCOMPARE(result.status, 403);
    QVERIFY(result.message().contains(u"productPurchased"_s));
}

void TestSandboxRcdp::revokedToken()
{
    SandboxProcess own;
    QString error;
    QVERIFY2(own.start({}, &error), qPrintable(error));
    const QByteArray accessToken = token(own);
    const Headers identity{{"email_address", "customer@example.com"}};
    QCOMPARE(purchased(own, accessToken, identity).status, 200);

    const HttpResult revoke = post(own.baseUrl().resolved(QUrl(u"sandbox/revoke-tokens"_s)), {});
    QCOMPARE(revoke.status, 200);
    QVERIFY(revoke.json().value(u"revoked"_s).toInt() >= 1);

    const HttpResult result = purchased(own, accessToken, identity);
    QCOMPARE(result.status, 401);
    QVERIFY2(result.message().contains(u"revoked"_s), qPrintable(result.message()));
    QCOMPARE(purchased(own, token(own), identity).status, 200);
}

void TestSandboxRcdp::expiredToken()
{
    SandboxProcess shortLived;
    QString error;
    QVERIFY2(shortLived.start({u"--token-ttl"_s, u"1"_s}, &error), qPrintable(error));
    QCOMPARE(shortLived.rcdp().value(u"tokenTtl"_s).toInt(), 1);

    const HttpResult created = createTokenFor(shortLived);
    QCOMPARE(created.data().value(u"expires_in"_s).toInt(), 1);
    const QByteArray accessToken = created.data().value(u"access_token"_s).toString().toUtf8();
    const Headers identity{{"mobile_number", "1212121212"}};
    QCOMPARE(purchased(shortLived, accessToken, identity).status, 200);

    QTest::qWait(1300);
    const HttpResult result = purchased(shortLived, accessToken, identity);
    QCOMPARE(result.status, 401);
    QVERIFY2(result.message().contains(u"expired"_s), qPrintable(result.message()));
}

void TestSandboxRcdp::wrongMethod()
{
    const HttpResult result = get(m_sandbox.rcdpProductPurchasedUrl());
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArrayLiteral("POST"));
}

// --- identity ---

void TestSandboxRcdp::identityHeaderRequired()
{
    for (const QByteArray &body : {QByteArray(), QByteArrayLiteral("{\"pageSize\":5}")}) {
        const HttpResult result = purchased({}, body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().value(u"status"_s).toString(), u"FAILURE"_s);
        QVERIFY2(result.message().contains(u"At least one identity header is required"_s), qPrintable(result.message()));
        for (const QString &header : {u"gcrId"_s, u"mobile_number"_s, u"email_address"_s, u"customer_code_external"_s})
            QVERIFY2(result.message().contains(header), qPrintable(result.message()));
    }
}

void TestSandboxRcdp::dedupColumnsFlag()
{
    SandboxProcess narrow;
    QString error;
    QVERIFY2(narrow.start({u"--rcdp-dedup-columns"_s, u"gcrId, EMAIL_ADDRESS"_s}, &error), qPrintable(error));
    QCOMPARE(narrow.rcdp().value(u"dedupColumns"_s).toArray(), (QJsonArray{u"gcrId"_s, u"email_address"_s}));
    const QByteArray accessToken = token(narrow);
    const RcdpSampleCustomer seed = narrow.rcdpSampleCustomer(u"seed"_s);

    QCOMPARE(purchased(narrow, accessToken, {{"email_address", seed.email.toUtf8()}}).status, 200);
    QCOMPARE(purchased(narrow, accessToken, {{"gcrId", seed.gcrId.toUtf8()}}).status, 200);
    for (const QByteArray &header : {QByteArrayLiteral("mobile_number"), QByteArrayLiteral("customer_code_external")}) {
        const QByteArray value = header == "mobile_number" ? seed.mobile.toUtf8() : seed.customerCode.toUtf8();
        const HttpResult result = purchased(narrow, accessToken, {{"gcrId", seed.gcrId.toUtf8()}, {header, value}});
        QCOMPARE(result.status, 400);
        QVERIFY2(result.message().startsWith(QString::fromUtf8(header)), qPrintable(result.message()));
        QVERIFY2(result.message().contains(u"not a de-duplication column"_s), qPrintable(result.message()));
    }

    SandboxProcess invalid;
    QVERIFY(!invalid.start({u"--rcdp-dedup-columns"_s, u"gcrId,phone"_s}, &error));
    QVERIFY2(error.contains(u"exited"_s), qPrintable(error));
}

void TestSandboxRcdp::identifierFindsCustomer_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");

    const QList<RcdpSampleCustomer> samples = m_sandbox.rcdpSampleCustomers();
    for (const RcdpSampleCustomer &sample : samples) {
        const QList<QPair<QByteArray, QString>> identifiers{{"gcrId", sample.gcrId},
                                                            {"email_address", sample.email},
                                                            {"mobile_number", sample.mobile},
                                                            {"customer_code_external", sample.customerCode}};
        for (const auto &[header, value] : identifiers) {
            if (!value.isEmpty()) {
                QTest::addRow("%s by %s", qPrintable(sample.key), header.constData())
                        << sample.key << header << value.toUtf8();
            }
        }
    }
    // Normalisation: e-mail trimmed and case-insensitive, mobile compared on its digits.
    QTest::newRow("e-mail in other case with spaces") << u"byEmail"_s << QByteArrayLiteral("email_address")
                                                      << QByteArrayLiteral("  Zofia.WISNIEWSKA@Example.COM  ");
    QTest::newRow("mobile with brackets and dashes") << u"byMobile"_s << QByteArrayLiteral("mobile_number")
                                                     << QByteArrayLiteral("+48 (600) 123-456");
    QTest::newRow("mobile digits only") << u"byMobile"_s << QByteArrayLiteral("mobile_number")
                                        << QByteArrayLiteral("48600123456");
    QTest::newRow("seed e-mail upper case") << u"seed"_s << QByteArrayLiteral("email_address")
                                            << QByteArrayLiteral("CUSTOMER@EXAMPLE.COM");
}

void TestSandboxRcdp::identifierFindsCustomer()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const RcdpSampleCustomer sample = m_sandbox.rcdpSampleCustomer(key);
    const HttpResult result = purchased({{header, value}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"status"_s).toString(), u"OK"_s);
    const QJsonObject data = result.data();
    QCOMPARE(data.value(u"customerId"_s).toInteger(), sample.customerId);
    QCOMPARE(data.value(u"totalCount"_s).toInteger(), qint64(sample.purchases));
    QCOMPARE(data.value(u"dataList"_s).toArray().size(), qMin(sample.purchases, 20));
}

void TestSandboxRcdp::agreeingIdentifiers()
{
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    const HttpResult result = purchased({{"gcrId", few.gcrId.toUtf8()},
                                         {"email_address", few.email.toUtf8()},
                                         {"mobile_number", few.mobile.toUtf8()},
                                         {"customer_code_external", few.customerCode.toUtf8()}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().value(u"customerId"_s).toInteger(), few.customerId);
}

void TestSandboxRcdp::conflictingIdentifiers()
{
    // Documented choice: identifiers that name different customers are a 409.
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    const RcdpSampleCustomer byEmail = m_sandbox.rcdpSampleCustomer(u"byEmail"_s);
    const HttpResult result = purchased({{"gcrId", few.gcrId.toUtf8()}, {"email_address", byEmail.email.toUtf8()}});
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json().value(u"status"_s).toString(), u"FAILURE"_s);
    QVERIFY(result.json().value(u"data"_s).isNull());
    QVERIFY2(result.message().contains(u"different customers"_s), qPrintable(result.message()));
    QVERIFY(result.message().contains(u"gcrId"_s));
    QVERIFY(result.message().contains(u"email_address"_s));
}

void TestSandboxRcdp::unmatchedIdentifierDoesNotVeto()
{
    // Documented choice: an identifier that matches nobody is ignored when another one matches.
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    const HttpResult result = purchased({{"gcrId", few.gcrId.toUtf8()}, {"email_address", "nobody@example.com"}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().value(u"customerId"_s).toInteger(), few.customerId);
}

void TestSandboxRcdp::unknownCustomer_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("gcrId") << QByteArrayLiteral("gcrId") << QByteArrayLiteral("00000000-0000-4000-8000-000000000000");
    QTest::newRow("e-mail") << QByteArrayLiteral("email_address") << QByteArrayLiteral("nobody@example.com");
    QTest::newRow("mobile") << QByteArrayLiteral("mobile_number") << QByteArrayLiteral("+48 999 999 999");
    QTest::newRow("mobile without digits") << QByteArrayLiteral("mobile_number") << QByteArrayLiteral("n/a");
    QTest::newRow("external code") << QByteArrayLiteral("customer_code_external") << QByteArrayLiteral("NO-SUCH-CODE");
    QTest::newRow("gcrId in other case") << QByteArrayLiteral("gcrId")
                                         << QByteArrayLiteral("8F14E45F-CEEA-467F-A0E6-2B1F0C3D5A71");
}

void TestSandboxRcdp::unknownCustomer()
{
    // Documented choice: HTTP 200 with status FAILURE and data null, so the console can tell "no
    // such customer" from "a customer without purchases" (status OK, totalCount 0).
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const HttpResult result = purchased({{header, value}});
    QCOMPARE(result.status, 200);
    const QJsonObject answer = result.json();
    QCOMPARE(answer.keys(), (QStringList{u"data"_s, u"message"_s, u"status"_s}));
    QCOMPARE(answer.value(u"status"_s).toString(), u"FAILURE"_s);
    QCOMPARE(answer.value(u"message"_s).toString(), u"No customer matches the given identifiers"_s);
    QVERIFY(answer.value(u"data"_s).isNull());
}

void TestSandboxRcdp::customersWithFewPurchases_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("count");
    QTest::newRow("no purchases") << u"none"_s << 0;
    QTest::newRow("one purchase") << u"one"_s << 1;
}

void TestSandboxRcdp::customersWithFewPurchases()
{
    QFETCH(QString, key);
    QFETCH(int, count);
    const RcdpSampleCustomer sample = m_sandbox.rcdpSampleCustomer(key);
    QCOMPARE(sample.purchases, count);
    const HttpResult result = purchased({{"gcrId", sample.gcrId.toUtf8()}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"status"_s).toString(), u"OK"_s);
    const QJsonObject data = result.data();
    QCOMPARE(data.value(u"customerId"_s).toInteger(), sample.customerId);
    QCOMPARE(data.value(u"totalCount"_s).toInt(), count);
    QCOMPARE(data.value(u"totalPages"_s).toInt(), count);   // 0 rows: 0 pages; 1 row: 1 page
    QCOMPARE(data.value(u"currentPage"_s).toInt(), 1);
    QCOMPARE(data.value(u"dataList"_s).toArray().size(), count);
    QVERIFY(data.value(u"dataList"_s).isArray());
    QVERIFY(data.value(u"lastKey"_s).isNull());
    QVERIFY(data.value(u"data"_s).isNull());
}

// --- paging ---

void TestSandboxRcdp::pagingYieldsEachRowOnce_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("byLastKey");
    QTest::addColumn<int>("pageSize");      // 0: no pageSize in the body (default 20)
    QTest::addColumn<int>("rows");          // rows to read; the customer's total = to the end

    QTest::newRow("100k customer, 10 000 rows by lastKey") << u"big"_s << true << 500 << 10000;
    QTest::newRow("100k customer, 10 000 rows by page") << u"big"_s << false << 500 << 10000;
    QTest::newRow("100k customer, 10 000 rows by lastKey, odd page size") << u"big"_s << true << 487 << 10000;
    QTest::newRow("347 customer to the end by lastKey") << u"few"_s << true << 50 << 347;
    QTest::newRow("347 customer to the end by page") << u"few"_s << false << 50 << 347;
    QTest::newRow("347 customer, default page size") << u"few"_s << true << 0 << 347;
}

void TestSandboxRcdp::pagingYieldsEachRowOnce()
{
    QFETCH(QString, key);
    QFETCH(bool, byLastKey);
    QFETCH(int, pageSize);
    QFETCH(int, rows);

    const RcdpSampleCustomer sample = m_sandbox.rcdpSampleCustomer(key);
    const Headers identity{{"customer_code_external", sample.customerCode.toUtf8()}};
    const int effectivePageSize = pageSize > 0 ? pageSize : 20;
    const qint64 totalPages = (sample.purchases + effectivePageSize - 1) / effectivePageSize;

    QSet<qint64> seen;
    QJsonValue lastKey = QJsonValue::Null;
    int page = 1;
    while (seen.size() < rows) {
        QJsonObject body;
        if (pageSize > 0)
            body.insert(u"pageSize"_s, pageSize);
        if (byLastKey && page > 1)
            body.insert(u"lastKey"_s, lastKey);
        else if (!byLastKey)
            body.insert(u"page"_s, page);
        const HttpResult result = purchased(identity, json(body));
        QCOMPARE(result.status, 200);
        const QJsonObject data = result.data();
        QCOMPARE(data.value(u"customerId"_s).toInteger(), sample.customerId);
        QCOMPARE(data.value(u"totalCount"_s).toInt(), sample.purchases);
        QCOMPARE(data.value(u"pageSize"_s).toInt(), effectivePageSize);
        QCOMPARE(data.value(u"totalPages"_s).toInteger(), totalPages);
        QCOMPARE(data.value(u"currentPage"_s).toInt(), page);

        const QJsonArray list = data.value(u"dataList"_s).toArray();
        const qsizetype remaining = sample.purchases - qsizetype(page - 1) * effectivePageSize;
        QCOMPARE(list.size(), qMin<qsizetype>(effectivePageSize, remaining));
        for (const QJsonValue &row : list) {
            const qint64 productKey = row[u"productKey"_s].toInteger();
            QVERIFY2(!seen.contains(productKey), qPrintable(u"productKey %1 repeated"_s.arg(productKey)));
            seen.insert(productKey);
        }
        lastKey = data.value(u"lastKey"_s);
        const bool lastPage = page == totalPages;
        QCOMPARE(lastKey.isNull(), lastPage);
        if (!lastKey.isNull()) {
            QCOMPARE(lastKey[u"HK_CUSTOMER_CODE"_s].toString(), sample.hashKey);
            QVERIFY(lastKey[u"RK_DATE_KEY"_s].isDouble());
        }
        if (lastPage)
            break;
        ++page;
    }
    // Whole pages were read: `rows` rounded up to a page, at most the customer's total.
    const qsizetype expected = qMin<qsizetype>(sample.purchases,
                                               (rows + effectivePageSize - 1) / effectivePageSize * effectivePageSize);
    QCOMPARE(seen.size(), expected);
    // productKey numbers the rows newest first: exactly 1…expected, none skipped.
    for (qint64 productKey = 1; productKey <= expected; ++productKey)
        QVERIFY2(seen.contains(productKey), qPrintable(u"productKey %1 skipped"_s.arg(productKey)));
}

void TestSandboxRcdp::pagingStylesAgree()
{
    // The same customer read by lastKey and by page, and all at once: the same rows in the same order.
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    const Headers identity{{"gcrId", few.gcrId.toUtf8()}};
    const QJsonArray byLastKey = allRows(m_sandbox, identity, 40);
    QCOMPARE(byLastKey.size(), qsizetype(few.purchases));

    QJsonArray byPage;
    for (int page = 1; page <= 9; ++page) {
        const HttpResult result = purchased(identity, json({{u"page"_s, page}, {u"pageSize"_s, 40}}));
        QCOMPARE(result.status, 200);
        for (const QJsonValue &row : result.data().value(u"dataList"_s).toArray())
            byPage.append(row);
    }
    QCOMPARE(byPage, byLastKey);

    const HttpResult whole = purchased(identity, json({{u"pageSize"_s, 500}}));
    QCOMPARE(whole.data().value(u"dataList"_s).toArray(), byLastKey);

    // A lastKey in the seed's style (typographic quotes, page and lastKey together): lastKey wins,
    // and currentPage tells where the page starts.
    const QJsonObject first = purchased(identity, json({{u"pageSize"_s, 40}})).data();
    const QJsonObject key = first.value(u"lastKey"_s).toObject();
    const QByteArray seedStyle = "{\"lastKey\":{\"HK_CUSTOMER_CODE\":\"" + key.value(u"HK_CUSTOMER_CODE"_s).toString().toUtf8()
            + "\",\"RK_DATE_KEY\":" + QByteArray::number(key.value(u"RK_DATE_KEY"_s).toInteger())
            + "},\xE2\x80\x9Cpage\xE2\x80\x9D:1 ,\xE2\x80\x9CpageSize\xE2\x80\x9D:40}";
    const QJsonObject second = purchased(identity, seedStyle).data();
    QCOMPARE(second.value(u"currentPage"_s).toInt(), 2);
    QJsonArray secondPage;
    for (qsizetype i = 40; i < 80; ++i)
        secondPage.append(byLastKey.at(i));
    QCOMPARE(second.value(u"dataList"_s).toArray(), secondPage);
}

void TestSandboxRcdp::pagingBodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"page\":") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArrayLiteral("[1,2]") << u"must be a JSON object"_s;
    QTest::newRow("page 0") << QByteArrayLiteral("{\"page\":0}") << u"page must be"_s;
    QTest::newRow("pageSize 0") << QByteArrayLiteral("{\"pageSize\":0}") << u"pageSize must be"_s;
    QTest::newRow("pageSize not a number") << QByteArrayLiteral("{\"pageSize\":\"many\"}") << u"pageSize must be"_s;
    QTest::newRow("lastKey not an object") << QByteArrayLiteral("{\"lastKey\":5}") << u"lastKey must be"_s;
    QTest::newRow("lastKey without RK_DATE_KEY") << QByteArrayLiteral("{\"lastKey\":{\"HK_CUSTOMER_CODE\":\"1_2103\"}}")
                                                 << u"RK_DATE_KEY"_s;
    QTest::newRow("lastKey of another customer")
            << QByteArrayLiteral("{\"lastKey\":{\"HK_CUSTOMER_CODE\":\"1_1092\",\"RK_DATE_KEY\":5}}")
            << u"does not belong to the requested customer"_s;
}

void TestSandboxRcdp::pagingBodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    const HttpResult result = purchased({{"gcrId", few.gcrId.toUtf8()}}, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"status"_s).toString(), u"FAILURE"_s);
    QVERIFY2(result.message().contains(message), qPrintable(result.message()));
}

void TestSandboxRcdp::pageSizeIsCapped()
{
    const RcdpSampleCustomer big = m_sandbox.rcdpSampleCustomer(u"big"_s);
    const Headers identity{{"gcrId", big.gcrId.toUtf8()}};
    const QJsonObject capped = purchased(identity, json({{u"pageSize"_s, 5000}})).data();
    QCOMPARE(capped.value(u"pageSize"_s).toInt(), 500);
    QCOMPARE(capped.value(u"dataList"_s).toArray().size(), 500);
    QCOMPARE(capped.value(u"totalPages"_s).toInt(), 200);

    // Numbers as strings are read too; null lastKey means the first page.
    const QJsonObject strings = purchased(identity, "{\"pageSize\":\"25\",\"page\":\"3\",\"lastKey\":null}").data();
    QCOMPARE(strings.value(u"pageSize"_s).toInt(), 25);
    QCOMPARE(strings.value(u"currentPage"_s).toInt(), 3);
    QCOMPARE(strings.value(u"dataList"_s).toArray().first()[u"productKey"_s].toInt(), 51);
}

void TestSandboxRcdp::pageBeyondTheEnd()
{
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    const HttpResult result = purchased({{"gcrId", few.gcrId.toUtf8()}}, json({{u"page"_s, 99}}));
    QCOMPARE(result.status, 200);
    const QJsonObject data = result.data();
    QCOMPARE(data.value(u"currentPage"_s).toInt(), 99);
    QCOMPARE(data.value(u"totalPages"_s).toInt(), 18);
    QVERIFY(data.value(u"dataList"_s).toArray().isEmpty());
    QVERIFY(data.value(u"lastKey"_s).isNull());
}

// --- row contents ---

void TestSandboxRcdp::moneyDatesAndImages()
{
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    const QJsonArray rows = allRows(m_sandbox, {{"gcrId", few.gcrId.toUtf8()}}, 500);
    QCOMPARE(rows.size(), qsizetype(few.purchases));

    static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"_s);
    static const QRegularExpression twoDecimals(u"^[$€]\\d+\\.\\d{2}$"_s);
    static const QRegularExpression oneDecimal(u"^[$€]\\d+\\.\\d$"_s);
    static const QRegularExpression spaced(u"^[$€] \\d+\\.\\d{1,2}$"_s);
    const QString imagePrefix = m_sandbox.baseUrl().toString() + u"sandbox/img/"_s;

    QSet<QString> currencies;
    int twoDecimalCount = 0, oneDecimalCount = 0, spacedCount = 0, emptyDates = 0, blankDates = 0;
    int blankImages = 0, emptyImages = 0, urlImages = 0;
    QString previousDate;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.keys().size(), 9);
        QVERIFY(!row.value(u"productCode"_s).toString().isEmpty());
        QVERIFY(!row.value(u"productName"_s).toString().isEmpty());
        QVERIFY(!row.value(u"productDescription"_s).toString().isEmpty());
        const int quantity = row.value(u"productQty"_s).toInt();
        QVERIFY(quantity >= 1);

        QString orderCurrency;
        QString productCurrency;
        const QString orderValue = row.value(u"orderValue"_s).toString();
        const QString productValue = row.value(u"productValue"_s).toString();
        const qint64 order = cents(orderValue, &orderCurrency);
        const qint64 product = cents(productValue, &productCurrency);
        QVERIFY2(order > 0 && product > 0, qPrintable(orderValue + u" / "_s + productValue));
        QCOMPARE(order, product * quantity);   // orderValue is the line total, exactly
        QCOMPARE(orderCurrency, productCurrency);
        currencies.insert(orderCurrency);
        twoDecimalCount += twoDecimals.match(productValue).hasMatch() ? 1 : 0;
        oneDecimalCount += oneDecimal.match(productValue).hasMatch() ? 1 : 0;
        spacedCount += spaced.match(productValue).hasMatch() ? 1 : 0;

        const QString date = row.value(u"orderDate"_s).toString();
        if (date.isEmpty()) {
            ++emptyDates;
        } else if (date == u" ") {
            ++blankDates;
        } else {
            QVERIFY2(datePattern.match(date).hasMatch(), qPrintable(date));
            if (!previousDate.isEmpty())
                QVERIFY2(date <= previousDate, "newest first");
            previousDate = date;
        }

        const QString image = row.value(u"productImgUrl"_s).toString();
        if (image == u" ") {
            ++blankImages;
        } else if (image.isEmpty()) {
            ++emptyImages;
        } else {
            QVERIFY2(image.startsWith(imagePrefix) && image.endsWith(u".png"_s), qPrintable(image));
            QVERIFY(image.contains(row.value(u"productCode"_s).toString()));
            ++urlImages;
        }
    }
    QCOMPARE(currencies, (QSet<QString>{u"$"_s, u"€"_s}));
    QVERIFY(twoDecimalCount > 0);
    QVERIFY(oneDecimalCount > 0);
    QVERIFY(spacedCount > 0);
    QVERIFY(emptyDates > 0);
    QVERIFY(blankDates > 0);
    QVERIFY(blankImages > 0);
    QVERIFY(emptyImages > 0);
    QVERIFY(urlImages > 0);
}

void TestSandboxRcdp::productImagesAreServed()
{
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    const QJsonArray rows = purchased({{"gcrId", few.gcrId.toUtf8()}}, json({{u"pageSize"_s, 60}}))
                                    .data()
                                    .value(u"dataList"_s)
                                    .toArray();
    QStringList urls;
    for (const QJsonValue &row : rows) {
        const QString url = row[u"productImgUrl"_s].toString();
        if (url.startsWith(u"http"_s) && !urls.contains(url))
            urls.append(url);
    }
    QVERIFY(urls.size() >= 3);

    // Images are a control route: no faults apply to them.
    QVERIFY(m_sandbox.setFaults(0, 1.0, 0.0));
    for (const QString &url : std::as_const(urls)) {
        const HttpResult image = get(QUrl(url));
        QCOMPARE(image.status, 200);
        QCOMPARE(image.header("Content-Type"), QByteArrayLiteral("image/png"));
        QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY2(image.elapsedMs < 1000, qPrintable(QString::number(image.elapsedMs)));
        QCOMPARE(get(QUrl(url)).body, image.body);   // deterministic
    }
    QVERIFY(get(QUrl(urls.at(0))).body != get(QUrl(urls.at(1))).body);
    QCOMPARE(get(m_sandbox.baseUrl().resolved(QUrl(u"sandbox/img/bad%20name.png"_s))).status, 404);
    QCOMPARE(get(m_sandbox.baseUrl().resolved(QUrl(u"sandbox/img/1000000873152.gif"_s))).status, 404);
}

void TestSandboxRcdp::demoDataIsDeterministic()
{
    SandboxProcess other;
    QString error;
    QVERIFY2(other.start({}, &error), qPrintable(error));
    const QByteArray otherToken = token(other);
    for (const QString &key : {u"few"_s, u"big"_s, u"byCode"_s}) {
        const RcdpSampleCustomer sample = m_sandbox.rcdpSampleCustomer(key);
        const Headers identity{{"gcrId", sample.gcrId.toUtf8()}};
        const QByteArray body = json({{u"page"_s, 3}, {u"pageSize"_s, 100}});
        QByteArray mine = purchased(identity, body).body;
        QByteArray theirs = purchased(other, otherToken, identity, body).body;
        QVERIFY(!mine.isEmpty());
        // Image URLs carry each sandbox's own port.
        mine.replace(m_sandbox.baseUrl().toEncoded(), "BASE/");
        theirs.replace(other.baseUrl().toEncoded(), "BASE/");
        QCOMPARE(theirs, mine);
    }
}

void TestSandboxRcdp::prefixFlag()
{
    SandboxProcess prefixed;
    QString error;
    QVERIFY2(prefixed.start({u"--rcdp-prefix"_s, u"/b2b/"_s}, &error), qPrintable(error));
    QCOMPARE(prefixed.rcdp().value(u"prefix"_s).toString(), u"/b2b"_s);
    QCOMPARE(prefixed.rcdp().value(u"tokenPath"_s).toString(), u"/b2b/secureApi/token/profile/create"_s);
    QCOMPARE(prefixed.rcdp().value(u"productPurchasedPath"_s).toString(), u"/b2b/api/v1/profile/b2b/productPurchased"_s);
    QCOMPARE(purchased(prefixed, token(prefixed), {{"customer_code_external", "123456"}}).status, 200);
    QCOMPARE(post(prefixed.baseUrl().resolved(QUrl(u"rcdpapi/secureApi/token/profile/create"_s)), {}).status, 404);
}

// --- rate limit and faults ---

void TestSandboxRcdp::rateLimitPerTenant()
{
    SandboxProcess limited;
    QString error;
    QVERIFY2(limited.start({u"--rate-limit"_s, u"3"_s, u"--rate-window-ms"_s, u"3000"_s}, &error), qPrintable(error));
    const QByteArray accessToken = token(limited);   // token creation has its own bucket
    QCOMPARE(accessToken.size(), 32);
    const Headers identity{{"email_address", "customer@example.com"}};

    for (int i = 0; i < 3; ++i)
        QCOMPARE(purchased(limited, accessToken, identity).status, 200);
    const HttpResult result = purchased(limited, accessToken, identity);
    QCOMPARE(result.status, 429);
    bool ok = false;
    const int retryAfter = result.header("Retry-After").toInt(&ok);
    QVERIFY2(ok, result.header("Retry-After").constData());
    QVERIFY(retryAfter >= 1 && retryAfter <= 3);
    QCOMPARE(result.json().value(u"status"_s).toString(), u"FAILURE"_s);
    QVERIFY(result.message().contains(u"Rate limit"_s));

    // The limit is per tenant_hash: another (unknown) tenant is not throttled, it is refused.
    HttpResult other = post(limited.rcdpProductPurchasedUrl(),
                            {{"access_token", accessToken}, {"tenant_hash", "another-tenant"}, identity.first()});
    QCOMPARE(other.status, 401);
    QVERIFY(limited.stats().value(u"rateLimited"_s).toInt() >= 1);

    QTest::qWait(retryAfter * 1000);
    QCOMPARE(purchased(limited, accessToken, identity).status, 200);
}

void TestSandboxRcdp::errorFault()
{
    QVERIFY(m_sandbox.setFaults(0, 1.0, 0.0));
    const HttpResult tokenResult = createTokenFor(m_sandbox);
    QCOMPARE(tokenResult.status, 503);
    QCOMPARE(tokenResult.header("Retry-After"), QByteArrayLiteral("1"));
    QCOMPARE(purchased({{"email_address", "customer@example.com"}}).status, 503);
    QVERIFY(m_sandbox.stats().value(u"injectedErrors"_s).toInt() >= 2);
    QVERIFY(m_sandbox.setFaults(0, 0.0, 0.0));
    QCOMPARE(purchased({{"email_address", "customer@example.com"}}).status, 200);
}

void TestSandboxRcdp::dropFault()
{
    QVERIFY(m_sandbox.setFaults(0, 0.0, 1.0));
    const HttpResult result = purchased({{"email_address", "customer@example.com"}});
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(result.error != QNetworkReply::TimeoutError);
    QCOMPARE(result.status, 0);
    QCOMPARE(createTokenFor(m_sandbox).status, 0);
    QVERIFY(m_sandbox.stats().value(u"dropped"_s).toInt() >= 2);
}

void TestSandboxRcdp::latencyFault()
{
    QVERIFY(m_sandbox.setFaults(300, 0.0, 0.0));
    const HttpResult result = purchased({{"email_address", "customer@example.com"}});
    QCOMPARE(result.status, 200);
    QVERIFY2(result.elapsedMs >= 295, qPrintable(QString::number(result.elapsedMs)));
    const HttpResult tokenResult = createTokenFor(m_sandbox);
    QCOMPARE(tokenResult.status, 200);
    QVERIFY2(tokenResult.elapsedMs >= 295, qPrintable(QString::number(tokenResult.elapsedMs)));
}

QTEST_GUILESS_MAIN(TestSandboxRcdp)
#include "tst_sandbox_rcdp.moc"
