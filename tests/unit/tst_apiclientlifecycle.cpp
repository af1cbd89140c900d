// ApiClient's guarantees that need no server: every reply ends exactly once (never inside
// send()), aborts and client destruction end calls as Cancelled, replies delete themselves.
#include "net/apiclient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp;

class TestApiClientLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidUrlIsConfigError_data();
    void invalidUrlIsConfigError();
    void abortBeforeStart();
    void destroyingTheClientCancelsEveryCall();
    void sendDuringDestructionEndsCancelled();
    void callbackNeedsLiveContext();
};

void TestApiClientLifecycle::invalidUrlIsConfigError_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("empty") << QUrl();
    QTest::newRow("no host") << QUrl(u"http:///path"_s);
    QTest::newRow("ftp") << QUrl(u"ftp://example.com/file"_s);
    QTest::newRow("relative") << QUrl(u"rruserprofile/api/v1"_s);
}

void TestApiClientLifecycle::invalidUrlIsConfigError()
{
    QFETCH(QUrl, url);
    ApiClient client;
    QSignalSpy logged(&client, &ApiClient::requestLogged);
    ApiRequest request;
    request.url = url;
    ApiReply *reply = client.send(request);
    QPointer<ApiReply> guard(reply);
    int finished = 0;
    ApiResponse response;
    connect(reply, &ApiReply::finished, this, [&finished, &response, reply] {
        ++finished;
        response = reply->response();   // the reply is gone after the next event-loop turn
    });
    QCOMPARE(finished, 0);           // never inside send()
    QVERIFY(!reply->isFinished());
    QTRY_COMPARE(finished, 1);
    QCOMPARE(response.error.kind, ApiError::Kind::Config);
    QVERIFY(!response.error.message.isEmpty());
    QCOMPARE(response.attempts, 0);
    QCOMPARE(logged.count(), 0);     // nothing was sent
    QTRY_VERIFY(guard.isNull());     // deleted after finishing
}

void TestApiClientLifecycle::abortBeforeStart()
{
    ApiClient client;
    ApiRequest request;
    request.url = QUrl(u"http://127.0.0.1:9/never"_s);
    ApiReply *reply = client.send(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->response().error.kind, ApiError::Kind::Cancelled);
    reply->abort();
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(client.activeCallCount(), 0);
}

void TestApiClientLifecycle::destroyingTheClientCancelsEveryCall()
{
    auto client = std::make_unique<ApiClient>();
    QList<QPointer<ApiReply>> replies;
    int finished = 0;
    int cancelled = 0;
    for (int i = 0; i < 5; ++i) {
        ApiRequest request;
        request.url = QUrl(u"http://127.0.0.1:9/never/%1"_s.arg(i));
        ApiReply *reply = client->send(request);
        replies << reply;
        connect(reply, &ApiReply::finished, this, [reply, &finished, &cancelled] {
            ++finished;
            cancelled += reply->response().error.kind == ApiError::Kind::Cancelled ? 1 : 0;
        });
    }
    QCOMPARE(client->activeCallCount(), 5);
    client.reset();
    QCOMPARE(finished, 5);
    QCOMPARE(cancelled, 5);
    QTest::qWait(20);
    QCOMPARE(finished, 5);
    for (const QPointer<ApiReply> &reply : std::as_const(replies))
        QTRY_VERIFY(reply.isNull());
}

void TestApiClientLifecycle::sendDuringDestructionEndsCancelled()
{
    auto client = std::make_unique<ApiClient>();
    ApiRequest request;
    request.url = QUrl(u"http://127.0.0.1:9/never"_s);
    ApiReply *first = client->send(request);
    QPointer<ApiReply> late;
    ApiClient *raw = client.get();   // unique_ptr::reset() clears the pointer before deleting
    connect(first, &ApiReply::finished, this, [&late, raw, request] { late = raw->send(request); });
    client.reset();
    QVERIFY(!late.isNull());
    int lateFinished = 0;
    ApiError::Kind kind = ApiError::Kind::None;
    ApiReply *lateReply = late.data();
    connect(lateReply, &ApiReply::finished, this, [&, lateReply] {
        ++lateFinished;
        kind = lateReply->response().error.kind;
    });
    QTRY_COMPARE(lateFinished, 1);
    QCOMPARE(kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(late.isNull());
}

void TestApiClientLifecycle::callbackNeedsLiveContext()
{
    ApiClient client;
    ApiRequest request;   // invalid URL: ends quickly with a Config error
    int calls = 0;
    auto *context = new QObject;
    client.send(request, context, [&calls](const ApiResponse &) { ++calls; });
    delete context;
    int liveCalls = 0;
    client.send(request, this, [&liveCalls](const ApiResponse &response) {
        liveCalls += response.error.kind == ApiError::Kind::Config ? 1 : 0;
    });
    QTRY_COMPARE(liveCalls, 1);
    QTest::qWait(20);
    QCOMPARE(calls, 0);
    QCOMPARE(liveCalls, 1);
}

QTEST_GUILESS_MAIN(TestApiClientLifecycle)
#include "tst_apiclientlifecycle.moc"
