// ApiClient + OAuth2ClientCredentials against the real cdp-sandbox over loopback: token renewal,
// single flight, client- and server-side rate limits, 401 recovery, 404, dropped connections,
// 5xx, non-idempotent requests, timeouts and aborts. Tokens and secrets are never printed:
// they are compared as booleans and lengths only.

#include "auth/oauth2clientcredentials.h"
#include "net/apiclient.h"
#include "net/ratelimiter.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace cdp;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

constexpr int kWaitMs = 30000;

// One sandbox process, one ApiClient, one OAuth2 provider and the request log of the client.
struct Rig
{
    test::SandboxProcess sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<OAuth2ClientCredentials> tokens;
    QList<RequestLogEntry> log;

    bool start(const QStringList &args,
               OAuth2ClientCredentials::ParameterStyle style = OAuth2ClientCredentials::ParameterStyle::FormBody,
               bool legacyTokenPath = false)
    {
        QString error;
        if (!sandbox.start(args, &error)) {
            qWarning().noquote() << error;
            return false;
        }
        client = std::make_unique<ApiClient>();
        client->setBackoff(milliseconds(20), milliseconds(300));
        QObject::connect(client.get(), &ApiClient::requestLogged, client.get(),
                         [this](const RequestLogEntry &entry) { log << entry; });
        OAuth2ClientCredentials::Config config;
        config.tokenUrl = sandbox.baseUrl().resolved(
            QUrl(legacyTokenPath ? u"rruserprofile/v1/oauth2/token"_s : u"rruserprofile/api/v1/oauth2/token"_s));
        config.clientId = sandbox.clientId();
        config.clientSecret = sandbox.clientSecret();
        config.style = style;
        config.connectionName = u"Sandbox"_s;
        tokens = std::make_unique<OAuth2ClientCredentials>(client.get(), config);
        return true;
    }

    ApiRequest profile(const QString &userId) const
    {
        ApiRequest request;
        request.url = QUrl(sandbox.baseUrl().toString() + u"rruserprofile/api/v1/"_s + sandbox.apiKey() + u'/'
                           + QString::fromLatin1(QUrl::toPercentEncoding(userId)));
        request.auth = tokens.get();
        request.rateLimitKey = sandbox.apiKey();
        request.connectionName = u"Sandbox"_s;
        request.timeoutMs = 10000;
        return request;
    }

    ApiRequest control(const QString &path, const QByteArray &method = QByteArrayLiteral("POST")) const
    {
        ApiRequest request;
        request.method = method;
        request.url = sandbox.baseUrl().resolved(QUrl(path));
        request.contentType = QByteArrayLiteral("application/json");
        request.body = QByteArrayLiteral("{}");
        return request;
    }

    // Sends all requests at once; the responses in request order, empty when not all ended in time.
    // `finishedSignals` counts every finished() emission (exactly once per reply is expected).
    QList<ApiResponse> run(const QList<ApiRequest> &requests, int *finishedSignals = nullptr)
    {
        QList<ApiResponse> responses(requests.size());
        int done = 0;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            ApiReply *reply = client->send(requests.at(i));
            QObject::connect(reply, &ApiReply::finished, client.get(), [reply, i, &responses, &done] {
                responses[i] = reply->response();
                ++done;
            });
        }
        if (!QTest::qWaitFor([&] { return done >= requests.size(); }, kWaitMs))
            return {};
        QTest::qWait(20);   // a second finished() would arrive now
        if (finishedSignals)
            *finishedSignals = done;
        return responses;
    }

    ApiResponse runOne(const ApiRequest &request)
    {
        const QList<ApiResponse> responses = run({request});
        return responses.isEmpty() ? ApiResponse() : responses.first();
    }

    qint64 stat(const QString &name) const { return sandbox.stats().value(name).toInteger(-1); }

    int logged(const QString &outcome, int httpStatus = -1) const
    {
        return static_cast<int>(std::count_if(log.cbegin(), log.cend(), [&](const RequestLogEntry &e) {
            return e.outcome == outcome && (httpStatus < 0 || e.httpStatus == httpStatus);
        }));
    }
};

int failures(const QList<ApiResponse> &responses)
{
    return static_cast<int>(std::count_if(responses.cbegin(), responses.cend(),
                                          [](const ApiResponse &r) { return !r.ok(); }));
}

QString firstError(const QList<ApiResponse> &responses)
{
    for (const ApiResponse &r : responses) {
        if (!r.ok())
            return r.error.toDisplayString();
    }
    return {};
}

} // namespace

class TestApiClientSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenRenewalAcrossExpiries();
    void singleFlight();
    void clientRateLimitAvoidsServer429();
    void server429HonouredWithRetryAfter();
    void revokedTokensRenewedOnce();
    void notFoundNamesTheUser_data();
    void notFoundNamesTheUser();
    void droppedConnectionsRetried();
    void serverErrorsRetried();
    void postNotRetriedOnDrop();
    void timeout();
    void abortDuringRateLimitWait();
    void queryStringTokenStyleRedactedInLog();
};

// (a) 2 s tokens, ~8 s of continuous calls: at least three expiries, no failed call.
void TestApiClientSandbox::tokenRenewalAcrossExpiries()
{
    Rig rig;
    QVERIFY(rig.start({u"--token-ttl"_s, u"2"_s, u"--rate-limit"_s, u"100000"_s}));
    const QString user = rig.sandbox.sampleUserIds().value(0);
    QVERIFY(!user.isEmpty());

    int calls = 0;
    int failed = 0;
    int chainsRunning = 3;
    QString firstFailure;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> next;
    next = [&] {
        if (clock.elapsed() >= 8000) {
            --chainsRunning;
            return;
        }
        rig.client->send(rig.profile(user), rig.client.get(), [&](const ApiResponse &response) {
            ++calls;
            if (!response.ok()) {
                ++failed;
                if (firstFailure.isEmpty())
                    firstFailure = response.error.toDisplayString();
            }
            QTimer::singleShot(15, rig.client.get(), [&] { next(); });
        });
    };
    for (int i = 0; i < 3; ++i)
        next();
    QVERIFY(QTest::qWaitFor([&] { return chainsRunning == 0; }, 20000));

    QVERIFY2(failed == 0, qPrintable(firstFailure));
    QVERIFY(calls > 100);
    QVERIFY2(rig.tokens->tokenRequestCount() >= 3,
             qPrintable(u"only %1 token requests"_s.arg(rig.tokens->tokenRequestCount())));
    QVERIFY(rig.stat(u"tokensIssued"_s) >= 3);
    qInfo("%d calls, %d token requests, %d replays after 401", calls, rig.tokens->tokenRequestCount(),
          rig.logged(u"unauthorized"_s));
}

// (b) 50 concurrent calls with no token yet: exactly one token request.
void TestApiClientSandbox::singleFlight()
{
    Rig rig;
    QVERIFY(rig.start({}));
    QSignalSpy changed(rig.tokens.get(), &TokenProvider::tokenChanged);
    QList<ApiRequest> requests;
    const QStringList users = rig.sandbox.sampleUserIds();
    for (int i = 0; i < 50; ++i)
        requests << rig.profile(users.at(i % users.size()));
    int finishedSignals = 0;
    const QList<ApiResponse> responses = rig.run(requests, &finishedSignals);
    QCOMPARE(responses.size(), 50);
    QCOMPARE(finishedSignals, 50);
    QVERIFY2(failures(responses) == 0, qPrintable(firstError(responses)));
    QCOMPARE(rig.tokens->tokenRequestCount(), 1);
    QCOMPARE(rig.stat(u"tokensIssued"_s), qint64(1));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rig.client->activeCallCount(), 0);
    // Every QNetworkReply was deleted.
    QTRY_COMPARE(rig.client->networkAccessManager()->findChildren<QNetworkReply *>().size(), 0);
}

// (c) a burst of 3× the limit with the client limiter set like the server's: nothing lost, no 429.
void TestApiClientSandbox::clientRateLimitAvoidsServer429()
{
    Rig rig;
    QVERIFY(rig.start({u"--rate-limit"_s, u"20"_s, u"--rate-window-ms"_s, u"2000"_s}));
    rig.client->setRateLimit(rig.sandbox.apiKey(), 20, milliseconds(2000));
    QStringList statuses;
    QObject::connect(rig.client.get(), &ApiClient::waitStatusChanged, rig.client.get(),
                     [&statuses](const QString &status) { statuses << status; });

    QList<ApiRequest> requests;
    for (int i = 0; i < 60; ++i)
        requests << rig.profile(rig.sandbox.sampleUserIds().value(i % 3));
    QElapsedTimer clock;
    clock.start();
    const QList<ApiResponse> responses = rig.run(requests);
    QCOMPARE(responses.size(), 60);
    QVERIFY2(failures(responses) == 0, qPrintable(firstError(responses)));
    QCOMPARE(rig.stat(u"rateLimited"_s), qint64(0));
    QCOMPARE(rig.stat(u"profilesServed"_s), qint64(60));
    QCOMPARE(rig.logged(u"rate-limited"_s), 0);
    QVERIFY(clock.elapsed() >= 4000);   // three windows: 20 now, 20 after 2 s, 20 after 4 s

    // The operator saw why, without the API key in clear; the status cleared at the end.
    QVERIFY(!statuses.isEmpty());
    QVERIFY(statuses.first().contains(u"rate limit of 20 requests per 2 s"_s));
    for (const QString &status : std::as_const(statuses))
        QVERIFY(!status.contains(rig.sandbox.apiKey()));
    QTRY_VERIFY(rig.client->waitStatus().isEmpty());
    QTRY_VERIFY(statuses.last().isEmpty());
}

// (c) the same burst with the client limiter off: the server answers 429 and every call still
// succeeds by waiting for Retry-After (which pauses the key for all calls).
void TestApiClientSandbox::server429HonouredWithRetryAfter()
{
    Rig rig;
    QVERIFY(rig.start({u"--rate-limit"_s, u"20"_s, u"--rate-window-ms"_s, u"2000"_s}));
    QStringList statuses;
    QObject::connect(rig.client.get(), &ApiClient::waitStatusChanged, rig.client.get(),
                     [&statuses](const QString &status) { statuses << status; });
    QList<ApiRequest> requests;
    for (int i = 0; i < 60; ++i)
        requests << rig.profile(rig.sandbox.sampleUserIds().value(i % 3));
    const QList<ApiResponse> responses = rig.run(requests);
    QCOMPARE(responses.size(), 60);
    QVERIFY2(failures(responses) == 0, qPrintable(firstError(responses)));
    QVERIFY(rig.stat(u"rateLimited"_s) > 0);
    QVERIFY(rig.logged(u"rate-limited"_s, 429) > 0);
    QCOMPARE(rig.stat(u"profilesServed"_s), qint64(60));
    QVERIFY(std::any_of(statuses.cbegin(), statuses.cend(),
                        [](const QString &s) { return s.contains(u"HTTP 429"_s); }));
    QTRY_VERIFY(rig.client->waitStatus().isEmpty());
}

// (d) the server revokes every token: calls recover with exactly one renewal.
void TestApiClientSandbox::revokedTokensRenewedOnce()
{
    Rig rig;
    QVERIFY(rig.start({}));
    const QString user = rig.sandbox.sampleUserIds().value(1);
    QVERIFY(rig.runOne(rig.profile(user)).ok());
    QCOMPARE(rig.tokens->tokenRequestCount(), 1);

    const ApiResponse revoked = rig.runOne(rig.control(u"sandbox/revoke-tokens"_s));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error.toDisplayString()));
    QVERIFY(revoked.json.object().value(u"revoked"_s).toInt() >= 1);

    QList<ApiRequest> requests;
    for (int i = 0; i < 10; ++i)
        requests << rig.profile(user);
    const QList<ApiResponse> responses = rig.run(requests);
    QCOMPARE(responses.size(), 10);
    QVERIFY2(failures(responses) == 0, qPrintable(firstError(responses)));
    QCOMPARE(rig.tokens->tokenRequestCount(), 2);
    QVERIFY(rig.logged(u"unauthorized"_s, 401) >= 1);
    for (const ApiResponse &response : responses)
        QVERIFY(response.attempts <= 2);
}

// (e) 404 → NotFound, naming the user id (masked when it is an e-mail address).
void TestApiClientSandbox::notFoundNamesTheUser_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain id") << u"no-such-user-4711"_s << u"no-such-user-4711"_s;
    QTest::newRow("e-mail id") << u"ghost.user@example.com"_s << u"g***@e***.com"_s;
}

void TestApiClientSandbox::notFoundNamesTheUser()
{
    QFETCH(QString, userId);
    QFETCH(QString, shown);
    Rig rig;
    QVERIFY(rig.start({}));
    const ApiResponse response = rig.runOne(rig.profile(userId));
    QCOMPARE(response.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(response.httpStatus, 404);
    QCOMPARE(response.attempts, 1);
    QVERIFY2(response.error.message.contains(shown), qPrintable(response.error.message));
    if (userId.contains(u'@')) {
        QVERIFY(!response.error.toDisplayString().contains(userId));
        for (const RequestLogEntry &entry : std::as_const(rig.log))
            QVERIFY(!entry.url.contains(userId));
    }
}

// (f) dropped connections are retried for GET: every call succeeds.
void TestApiClientSandbox::droppedConnectionsRetried()
{
    Rig rig;
    QVERIFY(rig.start({}));
    const QString user = rig.sandbox.sampleUserIds().value(0);
    QVERIFY(rig.runOne(rig.profile(user)).ok());   // the token first, without faults
    QVERIFY(rig.sandbox.setFaults(0, 0.0, 0.3, 7));
    QList<ApiRequest> requests;
    for (int i = 0; i < 30; ++i)
        requests << rig.profile(user);
    const QList<ApiResponse> responses = rig.run(requests);
    QCOMPARE(responses.size(), 30);
    QVERIFY2(failures(responses) == 0, qPrintable(firstError(responses)));
    QVERIFY(rig.stat(u"dropped"_s) > 0);
}

// (f) 503s are retried for GET (honouring the server's Retry-After: 1).
void TestApiClientSandbox::serverErrorsRetried()
{
    Rig rig;
    QVERIFY(rig.start({}));
    const QString user = rig.sandbox.sampleUserIds().value(0);
    QVERIFY(rig.runOne(rig.profile(user)).ok());
    QVERIFY(rig.sandbox.setFaults(0, 0.3, 0.0, 11));
    QList<ApiRequest> requests;
    for (int i = 0; i < 30; ++i)
        requests << rig.profile(user);
    const QList<ApiResponse> responses = rig.run(requests);
    QCOMPARE(responses.size(), 30);
    QVERIFY2(failures(responses) == 0, qPrintable(firstError(responses)));
    QVERIFY(rig.stat(u"injectedErrors"_s) > 0);
    QVERIFY(rig.logged(u"http"_s, 503) > 0);
}

// (g) a POST that is not idempotent is never repeated on a dropped connection, neither by
// ApiClient nor by Qt behind its back; an idempotent one is.
void TestApiClientSandbox::postNotRetriedOnDrop()
{
    Rig rig;
    QVERIFY(rig.start({}));
    ApiRequest post;
    post.method = QByteArrayLiteral("POST");
    post.url = rig.sandbox.baseUrl().resolved(QUrl(u"rruserprofile/api/v1/oauth2/token"_s));
    post.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    post.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(rig.sandbox.clientId())
        + "&client_secret=" + QUrl::toPercentEncoding(rig.sandbox.clientSecret());
    post.maxAttempts = 3;

    // Without faults the one-shot body goes through.
    post.idempotent = false;
    const ApiResponse ok = rig.runOne(post);
    QVERIFY2(ok.ok(), qPrintable(ok.error.toDisplayString()));
    QCOMPARE(ok.json.object().value(u"access_token"_s).toString().size(), 32);

    QVERIFY(rig.sandbox.setFaults(0, 0.0, 1.0, 3));
    const qint64 droppedBefore = rig.stat(u"dropped"_s);
    rig.log.clear();
    const ApiResponse once = rig.runOne(post);
    QCOMPARE(once.error.kind, ApiError::Kind::Network);
    QCOMPARE(once.attempts, 1);
    QCOMPARE(rig.log.size(), 1);
    QCOMPARE(rig.stat(u"dropped"_s) - droppedBefore, qint64(1));
    QVERIFY(once.error.message.contains(u"not repeated"_s));

    post.idempotent = true;
    const qint64 droppedBetween = rig.stat(u"dropped"_s);
    const ApiResponse retried = rig.runOne(post);
    QCOMPARE(retried.error.kind, ApiError::Kind::Network);
    QCOMPARE(retried.attempts, 3);
    QVERIFY(rig.stat(u"dropped"_s) - droppedBetween >= 3);
    QVERIFY(rig.sandbox.setFaults(0, 0.0, 0.0, 1));
}

// (h) latency beyond the transfer timeout → Timeout, after maxAttempts.
void TestApiClientSandbox::timeout()
{
    Rig rig;
    QVERIFY(rig.start({}));
    const QString user = rig.sandbox.sampleUserIds().value(0);
    QVERIFY(rig.runOne(rig.profile(user)).ok());
    QVERIFY(rig.sandbox.setFaults(2000, 0.0, 0.0, 1));
    ApiRequest request = rig.profile(user);
    request.timeoutMs = 300;
    request.maxAttempts = 2;
    QElapsedTimer clock;
    clock.start();
    const ApiResponse response = rig.runOne(request);
    QCOMPARE(response.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(response.attempts, 2);
    QVERIFY(clock.elapsed() < 1900);
    QCOMPARE(rig.logged(u"timeout"_s), 2);
    QVERIFY(rig.sandbox.setFaults(0, 0.0, 0.0, 1));
}

// Aborting a call that waits for the rate limiter ends it once with Cancelled and clears the wait.
void TestApiClientSandbox::abortDuringRateLimitWait()
{
    Rig rig;
    QVERIFY(rig.start({}));
    rig.client->setRateLimit(rig.sandbox.apiKey(), 1, std::chrono::seconds(30));
    const QString user = rig.sandbox.sampleUserIds().value(0);

    ApiReply *first = rig.client->send(rig.profile(user));
    ApiReply *second = rig.client->send(rig.profile(user));
    QPointer<ApiReply> firstGuard(first);
    QPointer<ApiReply> secondGuard(second);
    QSignalSpy firstDone(first, &ApiReply::finished);
    QSignalSpy secondDone(second, &ApiReply::finished);
    QSignalSpy secondWaiting(second, &ApiReply::waiting);
    QVERIFY(firstDone.wait(kWaitMs));
    QTRY_VERIFY(secondWaiting.count() >= 1);
    QVERIFY(secondWaiting.first().at(1).toLongLong() > 20000);
    QVERIFY(!rig.client->waitStatus().isEmpty());
    QCOMPARE(secondDone.count(), 0);

    second->abort();
    QCOMPARE(secondDone.count(), 1);
    QCOMPARE(second->response().error.kind, ApiError::Kind::Cancelled);
    second->abort();   // a second abort changes nothing
    QCOMPARE(secondDone.count(), 1);
    QTRY_VERIFY(rig.client->waitStatus().isEmpty());
    QTRY_VERIFY(firstGuard.isNull());   // every reply deletes itself
    QTRY_VERIFY(secondGuard.isNull());
    QCOMPARE(rig.client->activeCallCount(), 0);
}

// Token parameters in the query string (legacy path): works, and the log never shows the secret.
void TestApiClientSandbox::queryStringTokenStyleRedactedInLog()
{
    Rig rig;
    QVERIFY(rig.start({}, OAuth2ClientCredentials::ParameterStyle::QueryString, true));
    const QString user = rig.sandbox.sampleUserIds().value(0);   // an e-mail address
    const ApiResponse response = rig.runOne(rig.profile(user));
    QVERIFY2(response.ok(), qPrintable(response.error.toDisplayString()));
    const QByteArray token = rig.tokens->currentToken();
    QCOMPARE(token.size(), 32);
    QCOMPARE(rig.log.size(), 2);   // the token request and the profile
    bool sawRedactedSecret = false;
    for (const RequestLogEntry &entry : std::as_const(rig.log)) {
        const QString all = entry.url + u' ' + entry.message + u' ' + entry.outcome;
        QVERIFY2(!all.contains(rig.sandbox.clientSecret()), "the client secret reached the request log");
        QVERIFY2(!all.contains(QString::fromLatin1(token)), "the token reached the request log");
        QVERIFY2(!all.contains(user), "the user's e-mail address reached the request log");
        sawRedactedSecret = sawRedactedSecret || entry.url.contains(u"client_secret=REDACTED"_s);
        QCOMPARE(entry.connection, u"Sandbox"_s);
        QVERIFY(entry.time.isValid());
    }
    QVERIFY(sawRedactedSecret);
}

QTEST_GUILESS_MAIN(TestApiClientSandbox)
#include "tst_apiclient_sandbox.moc"
