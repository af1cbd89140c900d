// UserProfiles end to end: ApiClient + OAuth2ClientCredentials + UserProfiles against the real
// cdp-sandbox over loopback, then the timeline and facts models fed with what came back.

#include "auth/oauth2clientcredentials.h"
#include "connectors/userprofiles.h"
#include "models/profilefactsmodel.h"
#include "models/timelinemodel.h"
#include "net/apiclient.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cdp;
using namespace Qt::StringLiterals;
using cdp::test::SandboxProcess;

namespace {

constexpr int kTimeoutMs = 20000;

struct FetchResult
{
    int calls = 0;
    UserProfile profile;
    ApiError error;
};

} // namespace

class TestUserProfilesSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyEventKindForTheFirstSample();
    void sampleIdsRoundTrip_data();
    void sampleIdsRoundTrip();
    void unknownUserIsNotFound();
    void requestLogHidesTheUserId();
    void abortEndsOnceWithCancelled();
    void modelsShowTheFetchedProfile();

private:
    std::shared_ptr<FetchResult> fetch(const QString &userId, ApiReply **reply = nullptr);

    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OAuth2ClientCredentials> m_tokens;
    std::unique_ptr<UserProfiles> m_profiles;
    QList<RequestLogEntry> m_log;
};

void TestUserProfilesSandbox::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(!m_sandbox.sampleUserIds().isEmpty());

    m_client = std::make_unique<ApiClient>();
    m_client->setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    connect(m_client.get(), &ApiClient::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });

    OAuth2ClientCredentials::Config tokenConfig;
    tokenConfig.tokenUrl = UserProfiles::defaultTokenUrl(m_sandbox.baseUrl());
    tokenConfig.clientId = m_sandbox.clientId();
    tokenConfig.clientSecret = m_sandbox.clientSecret();
    tokenConfig.rateLimitKey = m_sandbox.apiKey();
    tokenConfig.connectionName = u"Sandbox"_s;
    m_tokens = std::make_unique<OAuth2ClientCredentials>(m_client.get(), tokenConfig);

    m_profiles = std::make_unique<UserProfiles>(
        m_client.get(), m_tokens.get(),
        UserProfiles::Config{m_sandbox.baseUrl(), m_sandbox.apiKey(), u"Sandbox"_s, kTimeoutMs});
}

void TestUserProfilesSandbox::cleanupTestCase()
{
    m_profiles.reset();
    m_tokens.reset();
    m_client.reset();
    m_sandbox.stop();
}

std::shared_ptr<FetchResult> TestUserProfilesSandbox::fetch(const QString &userId, ApiReply **reply)
{
    auto result = std::make_shared<FetchResult>();
    ApiReply *sent = m_profiles->fetch(userId, this, [result](const UserProfile &profile, const ApiError &error) {
        ++result->calls;
        result->profile = profile;
        result->error = error;
    });
    if (reply)
        *reply = sent;
    return result;
}

void TestUserProfilesSandbox::everyEventKindForTheFirstSample()
{
    const QString userId = m_sandbox.sampleUserIds().constFirst();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::shared_ptr<FetchResult> result = fetch(userId);
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.toDisplayString()));

    const UserProfile &profile = result->profile;
    QCOMPARE(profile.userId, userId);
    const QList<int> counts = profile.countsPerKind();
    for (const ProfileEvent::Kind kind : ProfileEvent::allKinds())
        QVERIFY2(counts.at(int(kind)) > 0, qPrintable(ProfileEvent::kindKey(kind)));
    for (qsizetype i = 1; i < profile.events.size(); ++i)
        QVERIFY(profile.events.at(i - 1).timestampMs >= profile.events.at(i).timestampMs);

    QVERIFY(!profile.segments.isEmpty());
    QVERIFY(!profile.attributes.isEmpty());
    QVERIFY(!profile.linkedIds.isEmpty());
    QVERIFY(!profile.linkedIds.contains(userId));
    QVERIFY(!profile.mostRecentRRUserGuid.isEmpty());
    QVERIFY(profile.timeOfFirstEventMs > 0);
    QVERIFY(profile.timeOfFirstEventMs <= profile.events.constLast().timestampMs);
    QVERIFY(profile.fetchedAt.isValid());
    QCOMPARE(profile.fetchedAt.timeSpec(), Qt::UTC);
    QVERIFY(profile.fetchedAt >= before.addSecs(-1));

    // Orders carry priced items, and the totals are whole cents.
    bool pricedOrder = false;
    for (const ProfileEvent &event : profile.events) {
        if (event.kind == ProfileEvent::Kind::Order && !event.items.isEmpty() && event.hasAmount())
            pricedOrder = event.totalCents() > 0;
        if (pricedOrder)
            break;
    }
    QVERIFY(pricedOrder);

    QTest::qWait(100);
    QCOMPARE(result->calls, 1);   // exactly once
}

void TestUserProfilesSandbox::sampleIdsRoundTrip_data()
{
    QTest::addColumn<QString>("userId");
    // The demo ids include '@', '+' and a space: each must travel as one path segment.
    for (const QString &id : m_sandbox.sampleUserIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestUserProfilesSandbox::sampleIdsRoundTrip()
{
    QFETCH(QString, userId);
    const std::shared_ptr<FetchResult> result = fetch(userId);
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.toDisplayString()));
    QCOMPARE(result->profile.userId, userId);
}

void TestUserProfilesSandbox::unknownUserIsNotFound()
{
    const QString userId = u"no such shopper@example.com / 42"_s;
    const std::shared_ptr<FetchResult> result = fetch(userId);
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QCOMPARE(result->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(result->error.httpStatus, 404);
    // The operator sees the id exactly as typed.
    QVERIFY2(result->error.message.contains(u"“"_s + userId + u"”"_s), qPrintable(result->error.message));
    QVERIFY(result->profile.userId.isEmpty());
    QVERIFY(result->profile.events.isEmpty());
}

void TestUserProfilesSandbox::requestLogHidesTheUserId()
{
    const QString userId = m_sandbox.sampleUserIds().constFirst();
    QVERIFY(userId.contains(u'@'));
    m_log.clear();
    const std::shared_ptr<FetchResult> result = fetch(userId);
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY(!m_log.isEmpty());
    bool sawProfileCall = false;
    for (const RequestLogEntry &entry : std::as_const(m_log)) {
        QCOMPARE(entry.connection, u"Sandbox"_s);
        QVERIFY2(!entry.url.contains(userId), qPrintable(entry.url));
        QVERIFY2(!entry.url.contains(QString::fromLatin1(QUrl::toPercentEncoding(userId))), qPrintable(entry.url));
        if (entry.url.contains(u"/rruserprofile/api/v1/"_s) && entry.method == "GET") {
            sawProfileCall = true;
            QCOMPARE(entry.httpStatus, 200);
        }
    }
    QVERIFY(sawProfileCall);
}

void TestUserProfilesSandbox::abortEndsOnceWithCancelled()
{
    ApiReply *reply = nullptr;
    const std::shared_ptr<FetchResult> result = fetch(m_sandbox.sampleUserIds().constFirst(), &reply);
    QVERIFY(reply);
    reply->abort();
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QCOMPARE(result->error.kind, ApiError::Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(result->calls, 1);
}

void TestUserProfilesSandbox::modelsShowTheFetchedProfile()
{
    const std::shared_ptr<FetchResult> result = fetch(m_sandbox.sampleUserIds().constFirst());
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY(!result->error.isError());

    TimelineModel timeline;
    QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    timeline.setProfile(result->profile);
    QCOMPARE(timeline.rowCount(), int(result->profile.events.size()));
    QVERIFY(!timeline.index(0, TimelineModel::Time).data().toString().isEmpty());

    ProfileFactsModel facts;
    QAbstractItemModelTester factsTester(&facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    facts.setProfile(result->profile);
    const QModelIndex linked = facts.sectionIndex(ProfileFactsModel::LinkedIds);
    QVERIFY(linked.isValid());
    QCOMPARE(facts.rowCount(linked), int(result->profile.linkedIds.size()));

    // A linked id opens another profile of the same shopper.
    const QString other = facts.index(0, 0, linked).data(ProfileFactsModel::LinkedIdRole).toString();
    const std::shared_ptr<FetchResult> linkedResult = fetch(other);
    QTRY_COMPARE_WITH_TIMEOUT(linkedResult->calls, 1, kTimeoutMs);
    QVERIFY2(!linkedResult->error.isError(), qPrintable(linkedResult->error.toDisplayString()));
    QCOMPARE(linkedResult->profile.userId, other);
}

QTEST_GUILESS_MAIN(TestUserProfilesSandbox)
#include "tst_userprofiles_sandbox.moc"
