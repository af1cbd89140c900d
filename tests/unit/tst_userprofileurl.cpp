#include "connectors/userprofiles.h"

#include <QTest>
#include <QUrl>

#include <memory>

using namespace cdp;
using namespace Qt::StringLiterals;

class TestUserProfileUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileUrl_data();
    void profileUrl();
    void userIdIsOneSegment_data();
    void userIdIsOneSegment();
    void tokenUrl_data();
    void tokenUrl();
    void incompleteConfigCallsBackOnce_data();
    void incompleteConfigCallsBackOnce();
    void noCallbackAfterContextDies();
};

void TestUserProfileUrl::profileUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");

    QTest::newRow("gateway") << u"https://gateway.richrelevance.com/"_s
                             << u"https://gateway.richrelevance.com/rruserprofile/api/v1/key1/userA"_s;
    QTest::newRow("no trailing slash") << u"https://gateway.richrelevance.com"_s
                                       << u"https://gateway.richrelevance.com/rruserprofile/api/v1/key1/userA"_s;
    QTest::newRow("path prefix") << u"http://127.0.0.1:8080/proxy/cdp/"_s
                                 << u"http://127.0.0.1:8080/proxy/cdp/rruserprofile/api/v1/key1/userA"_s;
    QTest::newRow("prefix without slash") << u"http://127.0.0.1:8080/proxy"_s
                                          << u"http://127.0.0.1:8080/proxy/rruserprofile/api/v1/key1/userA"_s;
    QTest::newRow("several trailing slashes") << u"https://h.example/p///"_s
                                              << u"https://h.example/p/rruserprofile/api/v1/key1/userA"_s;
    QTest::newRow("query and fragment dropped") << u"https://h.example/?x=1#frag"_s
                                                << u"https://h.example/rruserprofile/api/v1/key1/userA"_s;
    QTest::newRow("encoded prefix kept") << u"https://h.example/a%20b/"_s
                                         << u"https://h.example/a%20b/rruserprofile/api/v1/key1/userA"_s;
}

void TestUserProfileUrl::profileUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const UserProfiles profiles(nullptr, nullptr, {QUrl(base), u"key1"_s, u"Test"_s, 1000});
    QCOMPARE(profiles.profileUrl(u"userA"_s).toString(QUrl::FullyEncoded), expected);
}

void TestUserProfileUrl::userIdIsOneSegment_data()
{
    QTest::addColumn<QString>("userId");
    QTest::newRow("at and spaces") << u"john doe@example.com"_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("query and fragment characters") << u"x?y=1#z"_s;
    QTest::newRow("percent") << u"100%real"_s;
    QTest::newRow("dots") << u".."_s;
    QTest::newRow("plus and ampersand") << u"a+b&c"_s;
    QTest::newRow("non-ASCII") << u"Jürgen Świątek"_s;
}

void TestUserProfileUrl::userIdIsOneSegment()
{
    QFETCH(QString, userId);
    const UserProfiles profiles(nullptr, nullptr, {QUrl(u"https://h.example/pre/"_s), u"k/ey"_s, u"Test"_s, 1000});
    const QUrl url = profiles.profileUrl(userId);
    QVERIFY(url.isValid());
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    // "", "pre", "rruserprofile", "api", "v1", apiKey, userId
    QCOMPARE(segments.size(), 7);
    QCOMPARE(segments.at(2), u"rruserprofile"_s);
    QCOMPARE(QUrl::fromPercentEncoding(segments.at(5).toUtf8()), u"k/ey"_s);
    QCOMPARE(QUrl::fromPercentEncoding(segments.at(6).toUtf8()), userId);
    // What goes on the wire is pure ASCII.
    const QByteArray wire = url.toEncoded();
    for (const char c : wire)
        QVERIFY(uchar(c) < 128 && c != ' ');
}

void TestUserProfileUrl::tokenUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("api path") << u"https://gateway.richrelevance.com/"_s << false
                              << u"https://gateway.richrelevance.com/rruserprofile/api/v1/oauth2/token"_s;
    QTest::newRow("legacy path") << u"https://gateway.richrelevance.com"_s << true
                                 << u"https://gateway.richrelevance.com/rruserprofile/v1/oauth2/token"_s;
    QTest::newRow("prefix") << u"http://127.0.0.1:9/sb//"_s << false
                            << u"http://127.0.0.1:9/sb/rruserprofile/api/v1/oauth2/token"_s;
}

void TestUserProfileUrl::tokenUrl()
{
    QFETCH(QString, base);
    QFETCH(bool, legacy);
    QFETCH(QString, expected);
    QCOMPARE(UserProfiles::defaultTokenUrl(QUrl(base), legacy).toString(QUrl::FullyEncoded), expected);
}

void TestUserProfileUrl::incompleteConfigCallsBackOnce_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("userId");
    QTest::newRow("no base URL") << QString() << u"key"_s << u"u"_s;
    QTest::newRow("not http") << u"ftp://h.example/"_s << u"key"_s << u"u"_s;
    QTest::newRow("no API key") << u"https://h.example/"_s << u"  "_s << u"u"_s;
    QTest::newRow("no user id") << u"https://h.example/"_s << u"key"_s << u" "_s;
}

void TestUserProfileUrl::incompleteConfigCallsBackOnce()
{
    QFETCH(QString, base);
    QFETCH(QString, apiKey);
    QFETCH(QString, userId);
    UserProfiles profiles(nullptr, nullptr, {QUrl(base), apiKey, u"Test"_s, 1000});
    QObject context;
    int calls = 0;
    ApiError received;
    ApiReply *reply = profiles.fetch(userId, &context, [&](const UserProfile &profile, const ApiError &error) {
        ++calls;
        received = error;
        QVERIFY(profile.userId.isEmpty());
    });
    QCOMPARE(reply, nullptr);
    QCOMPARE(calls, 0);   // never synchronously
    QTRY_COMPARE(calls, 1);
    QCOMPARE(received.kind, ApiError::Kind::Config);
    QVERIFY(!received.message.isEmpty());
    QTest::qWait(20);
    QCOMPARE(calls, 1);
}

void TestUserProfileUrl::noCallbackAfterContextDies()
{
    UserProfiles profiles(nullptr, nullptr, {QUrl(), u"key"_s, u"Test"_s, 1000});
    int calls = 0;
    auto context = std::make_unique<QObject>();
    profiles.fetch(u"u"_s, context.get(), [&](const UserProfile &, const ApiError &) { ++calls; });
    context.reset();
    QTest::qWait(20);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestUserProfileUrl)
#include "tst_userprofileurl.moc"
