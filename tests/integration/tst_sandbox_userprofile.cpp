// Contract test of cdp-sandbox against seed 002 (Algonomy / RichRelevance User Profile API):
// replays the seed's requests over real HTTP on loopback and checks the sandbox's documented
// behaviour (errors, rate limit, faults, announcement line, demo data).

#include "httpclient.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using cdp::test::HttpResult;
using cdp::test::SandboxProcess;

namespace {

constexpr int kReplyTimeoutMs = 15000;

// The seed's own sample credentials (the sandbox's documented demo client uses them, so the
// seed's examples replay verbatim).
const QString kSeedClientId = u"51934de97c95e1ced"_s;
const QString kSeedClientSecret = u"20l9dr0jkink11ad49hg93it52d"_s;
const QString kEveryKindUser = u"anna.kowalska@example.com"_s;

struct RawResult
{
    int status = 0;
    QByteArray body;
};

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return query.toString(QUrl::FullyEncoded).toUtf8();
}

} // namespace

class TestSandboxUserProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void announcement();
    void cleanShutdownAndNoSecretsInLogs();

    void tokenFromSeedExamples_data();
    void tokenFromSeedExamples();
    void tokenErrors_data();
    void tokenErrors();
    void tokenPathRejectsGet();

    void profileWithSeedCurlHeader();
    void profileTopLevelFields();
    void profileLists_data();
    void profileLists();
    void sampleUsersCappedAndNewestFirst_data();
    void sampleUsersCappedAndNewestFirst();
    void capKeepsFiftyMostRecent();
    void linkedIdsAreDemoUsers();
    void userIdsArePercentDecoded_data();
    void userIdsArePercentDecoded();
    void demoDataIsDeterministic();

    void unauthorized_data();
    void unauthorized();
    void revokedToken();
    void expiredToken();
    void unknownApiKeyIsForbidden();
    void unknownUserIsNotFound();
    void unknownEndpoint();

    void rateLimitAnswers429WithRetryAfter();

    void latencyFault();
    void errorFault();
    void dropFault();
    void faultsAreDeterministic();
    void faultFlags();
    void invalidFaultsRejected();

private:
    HttpResult get(const QUrl &url, const QByteArray &authorization = {});
    HttpResult post(const QUrl &url, const QByteArray &body = {},
                    const QByteArray &contentType = QByteArrayLiteral("application/x-www-form-urlencoded"));
    RawResult rawRequest(const QUrl &baseUrl, const QByteArray &request);

    static QUrl tokenUrl(const SandboxProcess &sandbox, const QString &path, bool credentialsInQuery);
    static QUrl profileUrl(const SandboxProcess &sandbox, const QString &userId, const QString &apiKey = {});
    QString fetchToken(const SandboxProcess &sandbox);
    QJsonObject profile(const SandboxProcess &sandbox, const QString &userId);

    cdp::test::HttpClient m_http{kReplyTimeoutMs};
    SandboxProcess m_sandbox;
};

// --- helpers ---

HttpResult TestSandboxUserProfile::get(const QUrl &url, const QByteArray &authorization)
{
    cdp::test::RawHeaders headers;
    if (!authorization.isNull())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    return m_http.get(url, headers);
}

HttpResult TestSandboxUserProfile::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    return m_http.post(url, body, contentType);
}

// One request over a plain socket, byte for byte as given (for header forms QNAM never sends).
RawResult TestSandboxUserProfile::rawRequest(const QUrl &baseUrl, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    RawResult result;
    if (!socket.waitForConnected(kReplyTimeoutMs))
        return result;
    socket.write(request);
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < kReplyTimeoutMs) {
        socket.waitForReadyRead(500);
        response += socket.readAll();
    }
    response += socket.readAll();
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/1.1 ") || headerEnd < 0)
        return result;
    result.status = response.mid(9, 3).toInt();
    result.body = response.mid(headerEnd + 4);
    return result;
}

QUrl TestSandboxUserProfile::tokenUrl(const SandboxProcess &sandbox, const QString &path, bool credentialsInQuery)
{
    QUrl url = sandbox.baseUrl().resolved(QUrl(path.mid(1)));
    if (credentialsInQuery) {
        QUrlQuery query;
        query.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        query.addQueryItem(u"client_id"_s, sandbox.clientId());
        query.addQueryItem(u"client_secret"_s, sandbox.clientSecret());
        url.setQuery(query);
    }
    return url;
}

QUrl TestSandboxUserProfile::profileUrl(const SandboxProcess &sandbox, const QString &userId, const QString &apiKey)
{
    const QString key = apiKey.isEmpty() ? sandbox.apiKey() : apiKey;
    const QByteArray path = "rruserprofile/api/v1/" + QUrl::toPercentEncoding(key) + '/'
            + QUrl::toPercentEncoding(userId);
    return sandbox.baseUrl().resolved(QUrl::fromEncoded(path));
}

QString TestSandboxUserProfile::fetchToken(const SandboxProcess &sandbox)
{
    const HttpResult result = post(tokenUrl(sandbox, u"/rruserprofile/api/v1/oauth2/token"_s, true));
    if (result.status != 200)
        return {};
    return result.json().value(u"access_token"_s).toString();
}

QJsonObject TestSandboxUserProfile::profile(const SandboxProcess &sandbox, const QString &userId)
{
    const QString token = fetchToken(sandbox);
    const HttpResult result = get(profileUrl(sandbox, userId), "Bearer " + token.toUtf8());
    return result.status == 200 ? result.json() : QJsonObject{};
}

// --- set-up ---

void TestSandboxUserProfile::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
}

void TestSandboxUserProfile::cleanup()
{
    QVERIFY(m_sandbox.setFaults(0, 0.0, 0.0, 1));
}

// --- the announcement line and the process ---

void TestSandboxUserProfile::announcement()
{
    const QJsonObject line = m_sandbox.announcement();
    const QStringList expectedKeys{u"service"_s,       u"baseUrl"_s,  u"clientId"_s,   u"clientSecret"_s,
                                   u"apiKey"_s,        u"tokenPaths"_s, u"profilePath"_s, u"sampleUserIds"_s,
                                   u"tokenTtl"_s,      u"rateLimit"_s, u"rateWindowMs"_s, u"demo"_s};
    for (const QString &key : expectedKeys)
        QVERIFY2(line.contains(key), qPrintable(key));

    const QUrl base = m_sandbox.baseUrl();
    QCOMPARE(base.scheme(), u"http"_s);
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QVERIFY(base.port() > 0);
    QCOMPARE(base.path(), u"/"_s);

    QCOMPARE(m_sandbox.clientId(), kSeedClientId);
    QCOMPARE(m_sandbox.clientSecret(), kSeedClientSecret);
    QVERIFY(!m_sandbox.apiKey().isEmpty());
    QCOMPARE(line.value(u"tokenPaths"_s).toArray(),
             (QJsonArray{u"/rruserprofile/api/v1/oauth2/token"_s, u"/rruserprofile/v1/oauth2/token"_s}));
    QCOMPARE(line.value(u"profilePath"_s).toString(), u"/rruserprofile/api/v1/{apiKey}/{userId}"_s);
    QCOMPARE(line.value(u"tokenTtl"_s).toInt(), 28800);
    QCOMPARE(line.value(u"rateLimit"_s).toInt(), 1000);
    QCOMPARE(line.value(u"rateWindowMs"_s).toInt(), 60000);
    QCOMPARE(line.value(u"demo"_s).toBool(), true);

    const QStringList samples = m_sandbox.sampleUserIds();
    QVERIFY(samples.size() >= 3);
    QCOMPARE(samples.first(), kEveryKindUser);
    QVERIFY(samples.contains(u"Guest 7781"_s));
}

void TestSandboxUserProfile::cleanShutdownAndNoSecretsInLogs()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"cdp.*.debug=true"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CDP_SANDBOX_EXECUTABLE), {u"--port"_s, u"0"_s, u"--demo"_s});
    QVERIFY(process.waitForStarted(kReplyTimeoutMs));
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < kReplyTimeoutMs)
        process.waitForReadyRead(500);
    const QByteArray line = process.readLine();
    const QJsonObject announced = QJsonDocument::fromJson(line).object();
    const QUrl base(announced.value(u"baseUrl"_s).toString());
    QVERIFY(base.isValid());

    QUrlQuery query;
    query.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    query.addQueryItem(u"client_id"_s, announced.value(u"clientId"_s).toString());
    query.addQueryItem(u"client_secret"_s, announced.value(u"clientSecret"_s).toString());
    QUrl url = base.resolved(QUrl(u"rruserprofile/v1/oauth2/token"_s));
    url.setQuery(query);
    const HttpResult tokenResult = post(url);
    QCOMPARE(tokenResult.status, 200);
    const QByteArray token = tokenResult.json().value(u"access_token"_s).toString().toUtf8();
    QCOMPARE(token.size(), 32);
    const QByteArray profilePath = "rruserprofile/api/v1/" + announced.value(u"apiKey"_s).toString().toUtf8() + '/'
            + QUrl::toPercentEncoding(kEveryKindUser);
    QCOMPARE(get(base.resolved(QUrl::fromEncoded(profilePath)), "Bearer " + token).status, 200);

    process.terminate();
    QVERIFY(process.waitForFinished(kReplyTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QCOMPARE(process.readAllStandardOutput(), QByteArray());   // exactly one line on stdout
    const QByteArray logs = process.readAllStandardError();
    QVERIFY(logs.contains("listening"));
    QVERIFY(!logs.contains(token));
    QVERIFY(!logs.contains(kSeedClientSecret.toUtf8()));
}

// --- tokens ---

void TestSandboxUserProfile::tokenFromSeedExamples_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("inQuery");
    QTest::addColumn<bool>("inForm");

    // "POST https://<host>/rruserprofile/v1/oauth2/token?grant_type=...&client_id=...&client_secret=..."
    QTest::newRow("seed syntax: v1 path, query string") << u"/rruserprofile/v1/oauth2/token"_s << true << false;
    // "Sample Request": the api/v1 path with the query string.
    QTest::newRow("seed sample: api/v1 path, query string") << u"/rruserprofile/api/v1/oauth2/token"_s << true << false;
    // curl -X POST .../rruserprofile/api/v1/oauth2/token -d "grant_type=..." -d "client_id=..." -d "client_secret=..."
    QTest::newRow("seed curl -d: api/v1 path, form body") << u"/rruserprofile/api/v1/oauth2/token"_s << false << true;
    QTest::newRow("v1 path, form body") << u"/rruserprofile/v1/oauth2/token"_s << false << true;
}

void TestSandboxUserProfile::tokenFromSeedExamples()
{
    QFETCH(QString, path);
    QFETCH(bool, inQuery);
    QFETCH(bool, inForm);

    const QByteArray body = inForm ? "grant_type=client_credentials&client_id=" + kSeedClientId.toUtf8()
                    + "&client_secret=" + kSeedClientSecret.toUtf8()
                                   : QByteArray();
    const HttpResult result = post(tokenUrl(m_sandbox, path, inQuery), body);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));

    bool valid = false;
    const QJsonObject json = result.json(&valid);
    QVERIFY2(valid, result.body.constData());   // valid JSON: the comma the seed forgot is there
    QCOMPARE(json.value(u"token_type"_s).toString(), u"bearer"_s);
    QCOMPARE(json.value(u"expires_in"_s).toInt(), 28800);
    const QString token = json.value(u"access_token"_s).toString();
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9]{32}$"_s).match(token).hasMatch(), qPrintable(token));

    QCOMPARE(get(profileUrl(m_sandbox, kEveryKindUser), "Bearer " + token.toUtf8()).status, 200);
}

void TestSandboxUserProfile::tokenErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString id = kSeedClientId;
    const QString secret = kSeedClientSecret;
    QTest::newRow("wrong secret in query")
            << u"grant_type=client_credentials&client_id=%1&client_secret=wrong"_s.arg(id) << QByteArray() << 401
            << u"invalid_client"_s;
    QTest::newRow("wrong secret in form")
            << QString() << formEncode({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, id},
                                        {u"client_secret"_s, secret + u'x'}})
            << 401 << u"invalid_client"_s;
    QTest::newRow("unknown client")
            << u"grant_type=client_credentials&client_id=nobody&client_secret=%1"_s.arg(secret) << QByteArray() << 401
            << u"invalid_client"_s;
    QTest::newRow("missing secret") << u"grant_type=client_credentials&client_id=%1"_s.arg(id) << QByteArray()
                                    << 401 << u"invalid_client"_s;
    QTest::newRow("missing credentials") << u"grant_type=client_credentials"_s << QByteArray() << 401
                                         << u"invalid_client"_s;
    QTest::newRow("password grant")
            << u"grant_type=password&client_id=%1&client_secret=%2"_s.arg(id, secret) << QByteArray() << 400
            << u"unsupported_grant_type"_s;
    QTest::newRow("missing grant_type") << QString()
                                        << formEncode({{u"client_id"_s, id}, {u"client_secret"_s, secret}})
                                        << 400 << u"invalid_request"_s;
}

void TestSandboxUserProfile::tokenErrors()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(QString, error);

    QUrl url = tokenUrl(m_sandbox, u"/rruserprofile/api/v1/oauth2/token"_s, false);
    if (!query.isEmpty())
        url.setQuery(query);
    const HttpResult result = post(url, form);
    QCOMPARE(result.status, status);
    bool valid = false;
    const QJsonObject json = result.json(&valid);
    QVERIFY(valid);
    QCOMPARE(json.value(u"error"_s).toString(), error);
    QVERIFY(!json.contains(u"access_token"_s));
}

void TestSandboxUserProfile::tokenPathRejectsGet()
{
    const HttpResult result = get(tokenUrl(m_sandbox, u"/rruserprofile/api/v1/oauth2/token"_s, true));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArrayLiteral("POST"));
}

// --- profiles ---

void TestSandboxUserProfile::profileWithSeedCurlHeader()
{
    // curl -H 'Authorization:Bearer <tokenValue>' https://<host>/rruserprofile/api/v1/<apiKey>/<userID>
    // sends the header with no space after the colon; QNAM never does, so use a plain socket.
    const QString token = fetchToken(m_sandbox);
    QVERIFY(!token.isEmpty());
    const QUrl url = profileUrl(m_sandbox, kEveryKindUser);
    const QByteArray request = "GET " + url.path(QUrl::FullyEncoded).toUtf8() + " HTTP/1.1\r\n"
            + "Host: " + url.host().toUtf8() + ':' + QByteArray::number(url.port()) + "\r\n"
            + "User-Agent: curl/8.0\r\nAccept: */*\r\n"
            + "Authorization:Bearer " + token.toUtf8() + "\r\n"
            + "Connection: close\r\n\r\n";
    const RawResult result = rawRequest(m_sandbox.baseUrl(), request);
    QCOMPARE(result.status, 200);
    QCOMPARE(QJsonDocument::fromJson(result.body).object().value(u"userId"_s).toString(), kEveryKindUser);
}

void TestSandboxUserProfile::profileTopLevelFields()
{
    const QJsonObject body = profile(m_sandbox, kEveryKindUser);
    QVERIFY(!body.isEmpty());

    QCOMPARE(body.value(u"userId"_s).toString(), kEveryKindUser);
    QVERIFY(!body.value(u"mostRecentRRUserGuid"_s).toString().isEmpty());
    QVERIFY(body.value(u"timeOfFirstEvent"_s).isDouble());
    QVERIFY(body.value(u"linkedIds"_s).isArray());
    QVERIFY(!body.value(u"linkedIds"_s).toArray().isEmpty());
    QVERIFY(body.value(u"batchAttributes"_s).isObject());
    QVERIFY(!body.value(u"batchAttributes"_s).toObject().isEmpty());

    // timeOfFirstEvent is never later than any event still in the profile.
    const qint64 first = qint64(body.value(u"timeOfFirstEvent"_s).toDouble());
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!it->isArray() || it.key() == u"linkedIds")
            continue;
        const QJsonArray list = it->toArray();
        for (const QJsonValue &entry : list)
            QVERIFY2(qint64(entry[u"timestamp"_s].toDouble()) >= first, qPrintable(it.key()));
    }
}

void TestSandboxUserProfile::profileLists_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("stringFields");
    QTest::addColumn<QStringList>("otherFields");

    QTest::newRow("viewedItems") << u"viewedItems"_s << QStringList{u"channel"_s, u"itemId"_s} << QStringList{};
    QTest::newRow("clickedItems") << u"clickedItems"_s << QStringList{u"itemId"_s} << QStringList{};
    QTest::newRow("orders") << u"orders"_s << QStringList{u"channel"_s, u"orderId"_s} << QStringList{u"items"_s};
    QTest::newRow("addedToCartItems") << u"addedToCartItems"_s << QStringList{u"channel"_s}
                                      << QStringList{u"items"_s};
    QTest::newRow("searchedTerms") << u"searchedTerms"_s << QStringList{u"channel"_s, u"searchTerm"_s}
                                   << QStringList{};
    QTest::newRow("viewedCategories") << u"viewedCategories"_s << QStringList{u"categoryId"_s} << QStringList{};
    QTest::newRow("viewedBrands") << u"viewedBrands"_s << QStringList{u"brand"_s} << QStringList{};
    QTest::newRow("referrerUrls") << u"referrerUrls"_s << QStringList{u"url"_s} << QStringList{};
    QTest::newRow("userSegments") << u"userSegments"_s << QStringList{u"channel"_s} << QStringList{u"segments"_s};
    QTest::newRow("userAttributes") << u"userAttributes"_s << QStringList{u"channel"_s} << QStringList{u"values"_s};
    QTest::newRow("verbNouns") << u"verbNouns"_s << QStringList{u"verb"_s, u"noun"_s} << QStringList{};
    QTest::newRow("countedEvents") << u"countedEvents"_s << QStringList{u"value"_s}
                                   << QStringList{u"count"_s, u"mostRecentTime"_s};
}

void TestSandboxUserProfile::profileLists()
{
    QFETCH(QString, list);
    QFETCH(QStringList, stringFields);
    QFETCH(QStringList, otherFields);

    const QJsonObject body = profile(m_sandbox, kEveryKindUser);
    QVERIFY(body.value(list).isArray());
    const QJsonArray entries = body.value(list).toArray();
    QVERIFY2(!entries.isEmpty(), "the first sample user has every kind of event");
    QVERIFY(entries.size() <= 50);

    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : entries) {
        QVERIFY(value.isObject());
        const QJsonObject entry = value.toObject();
        QVERIFY(!entry.value(u"sessionId"_s).toString().isEmpty());
        QVERIFY(entry.value(u"timestamp"_s).isDouble());
        const qint64 timestamp = qint64(entry.value(u"timestamp"_s).toDouble());
        QVERIFY(timestamp > 1'500'000'000'000);   // epoch milliseconds, not seconds
        QVERIFY2(timestamp <= previous, "newest first");
        previous = timestamp;
        for (const QString &field : std::as_const(stringFields))
            QVERIFY2(!entry.value(field).toString().isEmpty(), qPrintable(field));
        for (const QString &field : std::as_const(otherFields))
            QVERIFY2(entry.contains(field), qPrintable(field));

        if (otherFields.contains(u"items"_s)) {
            const QJsonArray items = entry.value(u"items"_s).toArray();
            QVERIFY(!items.isEmpty());
            for (const QJsonValue &item : items) {
                QVERIFY(!item[u"itemId"_s].toString().isEmpty());
                QVERIFY(!item[u"sku"_s].toString().isEmpty());
                QVERIFY(item[u"quantity"_s].toInt() >= 1);
                QVERIFY(item[u"priceInCents"_s].toInt() > 0);
            }
        }
        if (list == u"orders")
            QVERIFY(entry.value(u"items"_s).toArray().size() >= 2);
        if (list == u"userSegments")
            QVERIFY(!entry.value(u"segments"_s).toArray().isEmpty());
        if (list == u"userAttributes") {
            const QJsonObject values = entry.value(u"values"_s).toObject();
            QVERIFY(!values.isEmpty());
            for (const QJsonValue &attribute : values)
                QVERIFY(attribute.isArray());
        }
        if (list == u"countedEvents") {
            QVERIFY(entry.value(u"count"_s).toInt() >= 1);
            QVERIFY(entry.value(u"mostRecentTime"_s).isDouble());
        }
    }
}

void TestSandboxUserProfile::sampleUsersCappedAndNewestFirst_data()
{
    QTest::addColumn<QString>("userId");
    const QStringList samples = m_sandbox.sampleUserIds();
    for (const QString &id : samples)
        QTest::newRow(qPrintable(id)) << id;
}

void TestSandboxUserProfile::sampleUsersCappedAndNewestFirst()
{
    QFETCH(QString, userId);
    const QJsonObject body = profile(m_sandbox, userId);
    QCOMPARE(body.value(u"userId"_s).toString(), userId);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!it->isArray() || it.key() == u"linkedIds")
            continue;
        const QJsonArray list = it->toArray();
        QVERIFY2(list.size() <= 50, qPrintable(it.key()));
        for (qsizetype i = 1; i < list.size(); ++i) {
            QVERIFY2(list.at(i)[u"timestamp"_s].toDouble() <= list.at(i - 1)[u"timestamp"_s].toDouble(),
                     qPrintable(it.key()));
        }
    }
}

void TestSandboxUserProfile::capKeepsFiftyMostRecent()
{
    // The first sample user viewed far more than 50 items: only the 50 most recent are kept, so
    // the first event of the profile lies before the oldest view still listed.
    const QJsonObject body = profile(m_sandbox, kEveryKindUser);
    const QJsonArray views = body.value(u"viewedItems"_s).toArray();
    QCOMPARE(views.size(), 50);
    const double oldestKept = views.last()[u"timestamp"_s].toDouble();
    QVERIFY(body.value(u"timeOfFirstEvent"_s).toDouble() < oldestKept);
}

void TestSandboxUserProfile::linkedIdsAreDemoUsers()
{
    const QJsonObject body = profile(m_sandbox, kEveryKindUser);
    const QJsonArray linked = body.value(u"linkedIds"_s).toArray();
    QVERIFY(!linked.isEmpty());
    const QString token = fetchToken(m_sandbox);
    for (const QJsonValue &id : linked) {
        const HttpResult result = get(profileUrl(m_sandbox, id.toString()), "Bearer " + token.toUtf8());
        QCOMPARE(result.status, 200);
        // Links go both ways.
        QVERIFY(result.json().value(u"linkedIds"_s).toArray().contains(kEveryKindUser));
    }
}

void TestSandboxUserProfile::userIdsArePercentDecoded_data()
{
    QTest::addColumn<QString>("userId");
    QTest::newRow("e-mail") << u"anna.kowalska@example.com"_s;
    QTest::newRow("plus sign") << u"jan.nowak+newsletter@example.com"_s;
    QTest::newRow("space") << u"Guest 7781"_s;
}

void TestSandboxUserProfile::userIdsArePercentDecoded()
{
    QFETCH(QString, userId);
    QCOMPARE(profile(m_sandbox, userId).value(u"userId"_s).toString(), userId);
}

void TestSandboxUserProfile::demoDataIsDeterministic()
{
    SandboxProcess other;
    QString error;
    QVERIFY2(other.start({}, &error), qPrintable(error));
    const QStringList samples = m_sandbox.sampleUserIds();
    for (const QString &id : samples) {
        const QJsonObject mine = profile(m_sandbox, id);
        QVERIFY(!mine.isEmpty());
        QCOMPARE(profile(other, id), mine);
    }
}

// --- errors ---

void TestSandboxUserProfile::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("unknown token") << QByteArrayLiteral("Bearer M6w0M0K9QbQGHC8xgvb91ZgLMKaW4xOd");
    QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ");
    QTest::newRow("basic scheme") << QByteArrayLiteral("Basic NTE5MzRkZTk3Yzk1ZTFjZWQ6c2VjcmV0");
}

void TestSandboxUserProfile::unauthorized()
{
    QFETCH(QByteArray, authorization);
    const HttpResult result = get(profileUrl(m_sandbox, kEveryKindUser), authorization);
    QCOMPARE(result.status, 401);
    bool valid = false;
    QCOMPARE(result.json(&valid).value(u"error"_s).toString(), u"invalid_token"_s);
    QVERIFY(valid);
    QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer"));
}

void TestSandboxUserProfile::revokedToken()
{
    const QByteArray authorization = "Bearer " + fetchToken(m_sandbox).toUtf8();
    QCOMPARE(get(profileUrl(m_sandbox, kEveryKindUser), authorization).status, 200);

    const HttpResult revoke = post(m_sandbox.baseUrl().resolved(QUrl(u"sandbox/revoke-tokens"_s)), {},
                                   QByteArrayLiteral("application/json"));
    QCOMPARE(revoke.status, 200);
    QVERIFY(revoke.json().value(u"revoked"_s).toInt() >= 1);

    const HttpResult result = get(profileUrl(m_sandbox, kEveryKindUser), authorization);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json().value(u"error"_s).toString(), u"invalid_token"_s);
    QVERIFY(result.json().value(u"error_description"_s).toString().contains(u"revoked"_s));

    // A new token works again.
    QCOMPARE(get(profileUrl(m_sandbox, kEveryKindUser), "Bearer " + fetchToken(m_sandbox).toUtf8()).status, 200);
}

void TestSandboxUserProfile::expiredToken()
{
    SandboxProcess shortLived;
    QString error;
    QVERIFY2(shortLived.start({u"--token-ttl"_s, u"1"_s}, &error), qPrintable(error));
    QCOMPARE(shortLived.announcement().value(u"tokenTtl"_s).toInt(), 1);

    const HttpResult tokenResult = post(tokenUrl(shortLived, u"/rruserprofile/v1/oauth2/token"_s, true));
    QCOMPARE(tokenResult.json().value(u"expires_in"_s).toInt(), 1);
    const QByteArray authorization = "Bearer " + tokenResult.json().value(u"access_token"_s).toString().toUtf8();
    QCOMPARE(get(profileUrl(shortLived, kEveryKindUser), authorization).status, 200);

    QTest::qWait(1300);
    const HttpResult result = get(profileUrl(shortLived, kEveryKindUser), authorization);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json().value(u"error"_s).toString(), u"invalid_token"_s);
    QVERIFY(result.json().value(u"error_description"_s).toString().contains(u"expired"_s));
}

void TestSandboxUserProfile::unknownApiKeyIsForbidden()
{
    // Documented choice: a valid token used with an API key that is unknown (or not its own) is 403.
    const HttpResult result = get(profileUrl(m_sandbox, kEveryKindUser, u"no-such-api-key"_s),
                                  "Bearer " + fetchToken(m_sandbox).toUtf8());
    QCOMPARE(result.status, 403);
    QCOMPARE(result.json().value(u"error"_s).toString(), u"forbidden"_s);
}

void TestSandboxUserProfile::unknownUserIsNotFound()
{
    const HttpResult result = get(profileUrl(m_sandbox, u"nobody@example.com"_s),
                                  "Bearer " + fetchToken(m_sandbox).toUtf8());
    QCOMPARE(result.status, 404);
    bool valid = false;
    QCOMPARE(result.json(&valid).value(u"error"_s).toString(), u"not_found"_s);
    QVERIFY(valid);
}

void TestSandboxUserProfile::unknownEndpoint()
{
    const HttpResult result = get(m_sandbox.baseUrl().resolved(QUrl(u"rruserprofile/api/v2/whatever"_s)));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json().value(u"error"_s).toString(), u"not_found"_s);
}

// --- rate limit ---

void TestSandboxUserProfile::rateLimitAnswers429WithRetryAfter()
{
    SandboxProcess limited;
    QString error;
    QVERIFY2(limited.start({u"--rate-limit"_s, u"3"_s, u"--rate-window-ms"_s, u"3000"_s}, &error), qPrintable(error));
    QCOMPARE(limited.announcement().value(u"rateLimit"_s).toInt(), 3);
    const QByteArray authorization = "Bearer " + fetchToken(limited).toUtf8();

    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(profileUrl(limited, kEveryKindUser), authorization).status, 200);
    const HttpResult limitedResult = get(profileUrl(limited, kEveryKindUser), authorization);
    QCOMPARE(limitedResult.status, 429);
    bool ok = false;
    const int retryAfter = limitedResult.header("Retry-After").toInt(&ok);
    QVERIFY2(ok, limitedResult.header("Retry-After").constData());
    QVERIFY(retryAfter >= 1 && retryAfter <= 3);   // 3 s window, whole seconds rounded up
    bool valid = false;
    QCOMPARE(limitedResult.json(&valid).value(u"error"_s).toString(), u"too_many_requests"_s);
    QVERIFY(valid);

    // The limit is per API key: another key is not throttled (it is forbidden instead).
    QCOMPARE(get(profileUrl(limited, kEveryKindUser, u"other-key"_s), authorization).status, 403);
    QVERIFY(limited.stats().value(u"rateLimited"_s).toInt() >= 1);

    QTest::qWait(retryAfter * 1000);
    QCOMPARE(get(profileUrl(limited, kEveryKindUser), authorization).status, 200);
}

// --- faults ---

void TestSandboxUserProfile::latencyFault()
{
    const QByteArray authorization = "Bearer " + fetchToken(m_sandbox).toUtf8();
    QVERIFY(m_sandbox.setFaults(400, 0.0, 0.0));

    const HttpResult slow = get(profileUrl(m_sandbox, kEveryKindUser), authorization);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 395, qPrintable(QString::number(slow.elapsedMs)));

    // Control endpoints never get faults.
    const HttpResult health = get(m_sandbox.baseUrl().resolved(QUrl(u"sandbox/health"_s)));
    QCOMPARE(health.status, 200);
    QVERIFY2(health.elapsedMs < 350, qPrintable(QString::number(health.elapsedMs)));
    QVERIFY(m_sandbox.stats().value(u"delayed"_s).toInt() >= 1);
}

void TestSandboxUserProfile::errorFault()
{
    const QByteArray authorization = "Bearer " + fetchToken(m_sandbox).toUtf8();
    QVERIFY(m_sandbox.setFaults(0, 1.0, 0.0));

    const HttpResult profileResult = get(profileUrl(m_sandbox, kEveryKindUser), authorization);
    QCOMPARE(profileResult.status, 503);
    QCOMPARE(profileResult.json().value(u"error"_s).toString(), u"service_unavailable"_s);
    QCOMPARE(post(tokenUrl(m_sandbox, u"/rruserprofile/v1/oauth2/token"_s, true)).status, 503);
    QCOMPARE(get(m_sandbox.baseUrl().resolved(QUrl(u"sandbox/health"_s))).status, 200);
    QVERIFY(m_sandbox.stats().value(u"injectedErrors"_s).toInt() >= 2);
}

void TestSandboxUserProfile::dropFault()
{
    const QByteArray authorization = "Bearer " + fetchToken(m_sandbox).toUtf8();
    QVERIFY(m_sandbox.setFaults(0, 0.0, 1.0));

    const HttpResult result = get(profileUrl(m_sandbox, kEveryKindUser), authorization);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(result.error != QNetworkReply::TimeoutError);
    QCOMPARE(result.status, 0);   // no HTTP answer at all
    QVERIFY(m_sandbox.stats().value(u"dropped"_s).toInt() >= 1);
}

void TestSandboxUserProfile::faultsAreDeterministic()
{
    const QByteArray authorization = "Bearer " + fetchToken(m_sandbox).toUtf8();
    auto run = [&] {
        QList<int> statuses;
        for (int i = 0; i < 24; ++i)
            statuses.append(get(profileUrl(m_sandbox, kEveryKindUser), authorization).status);
        return statuses;
    };
    QVERIFY(m_sandbox.setFaults(0, 0.5, 0.0, 42));
    const QList<int> first = run();
    QVERIFY(m_sandbox.setFaults(0, 0.5, 0.0, 42));
    const QList<int> second = run();
    QCOMPARE(second, first);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(503));
}

void TestSandboxUserProfile::faultFlags()
{
    SandboxProcess faulty;
    QString error;
    QVERIFY2(faulty.start({u"--latency-ms"_s, u"300"_s, u"--error-rate"_s, u"1"_s, u"--fault-seed"_s, u"7"_s}, &error),
             qPrintable(error));

    const HttpResult result = post(tokenUrl(faulty, u"/rruserprofile/api/v1/oauth2/token"_s, true));
    QCOMPARE(result.status, 503);
    QVERIFY2(result.elapsedMs >= 295, qPrintable(QString::number(result.elapsedMs)));

    const HttpResult faults = get(faulty.baseUrl().resolved(QUrl(u"sandbox/faults"_s)));
    QCOMPARE(faults.status, 200);
    QCOMPARE(faults.json().value(u"latencyMs"_s).toInt(), 300);
    QCOMPARE(faults.json().value(u"errorRate"_s).toDouble(), 1.0);
    QCOMPARE(faults.json().value(u"seed"_s).toInt(), 7);

    QVERIFY(faulty.setFaults(0, 0.0, 0.0));
    QCOMPARE(post(tokenUrl(faulty, u"/rruserprofile/api/v1/oauth2/token"_s, true)).status, 200);
}

void TestSandboxUserProfile::invalidFaultsRejected()
{
    const QUrl url = m_sandbox.baseUrl().resolved(QUrl(u"sandbox/faults"_s));
    QCOMPARE(post(url, "{\"errorRate\": 1.5}", QByteArrayLiteral("application/json")).status, 400);
    QCOMPARE(post(url, "not json", QByteArrayLiteral("application/json")).status, 400);
    QCOMPARE(get(url).json().value(u"errorRate"_s).toDouble(), 0.0);
}

QTEST_GUILESS_MAIN(TestSandboxUserProfile)
#include "tst_sandbox_userprofile.moc"
