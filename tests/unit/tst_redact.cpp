#include "net/redact.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp;

class TestRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void url_data();
    void url();
    void text_data();
    void text();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void registeredSecrets();
    void keyHint_data();
    void keyHint();
    void idempotent_data();
    void idempotent();
};

void TestRedact::url_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seed 002 token URL with secret in the query")
        << u"https://gateway.richrelevance.com/rruserprofile/api/v1/oauth2/token?grant_type=client_credentials&client_id=51934de97c95e1ced&client_secret=20l9dr0jkink11ad49hg93it52d"_s
        << u"https://gateway.richrelevance.com/rruserprofile/api/v1/oauth2/token?grant_type=client_credentials&client_id=51934de97c95e1ced&client_secret=REDACTED"_s;
    QTest::newRow("secret names, any case")
        << u"http://h/x?Access_Token=abc&TOKEN=def&password=p&apikey=1&api_key=2&key=3&secret=4&refresh_token=5&page=2"_s
        << u"http://h/x?Access_Token=REDACTED&TOKEN=REDACTED&password=REDACTED&apikey=REDACTED&api_key=REDACTED&key=REDACTED&secret=REDACTED&refresh_token=REDACTED&page=2"_s;
    QTest::newRow("e-mail as a path segment (user id)")
        << u"http://127.0.0.1:8080/rruserprofile/api/v1/site/jane.doe@example.com"_s
        << u"http://127.0.0.1:8080/rruserprofile/api/v1/site/j***@e***.com"_s;
    QTest::newRow("percent-encoded e-mail in the path")
        << u"http://h/v1/site/jane%40example.org"_s << u"http://h/v1/site/j***@e***.org"_s;
    QTest::newRow("phone as a path segment")
        << u"http://h/v1/site/+380501234567"_s << u"http://h/v1/site/+**********67"_s;
    QTest::newRow("e-mail in a query value")
        << u"http://h/search?email=john@mail.example.com&x=1"_s << u"http://h/search?email=j***@m***.com&x=1"_s;
    QTest::newRow("password in user info") << u"https://bob:hunter2@h/x"_s << u"https://bob:REDACTED@h/x"_s;
    QTest::newRow("token in the fragment")
        << u"http://h/cb#access_token=abc&state=1"_s << u"http://h/cb#access_token=REDACTED&state=1"_s;
    QTest::newRow("plain URL untouched")
        << u"http://127.0.0.1:4000/rruserprofile/api/v1/site/userA"_s
        << u"http://127.0.0.1:4000/rruserprofile/api/v1/site/userA"_s;
    QTest::newRow("ISO date segment is not a phone") << u"http://h/day/2024-03-01"_s << u"http://h/day/2024-03-01"_s;
}

void TestRedact::url()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redact::url(QUrl(input)), expected);
}

void TestRedact::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seed 002 header") << u"'Authorization:Bearer M6w0M0K9QbQGHC8xgvb91ZgLMKaW4xOd'"_s
                                     << u"'Authorization:Bearer REDACTED'"_s;
    QTest::newRow("Basic credentials") << u"Authorization: Basic dXNlcjpwYXNz=="_s << u"Authorization: Basic REDACTED"_s;
    QTest::newRow("lower-case bearer") << u"sent bearer abc.def-ghi"_s << u"sent bearer REDACTED"_s;
    QTest::newRow("JSON token fields")
        << u"{\"token_type\": \"bearer\", \"access_token\": \"M6w0M0K9\", \"expires_in\": 28800}"_s
        << u"{\"token_type\": \"bearer\", \"access_token\": \"REDACTED\", \"expires_in\": 28800}"_s;
    QTest::newRow("form body") << u"grant_type=client_credentials&client_id=abc&client_secret=s3cr3t"_s
                               << u"grant_type=client_credentials&client_id=abc&client_secret=REDACTED"_s;
    QTest::newRow("header line") << u"X-Carma-Authentication-Token: 0123abcd"_s
                                 << u"X-Carma-Authentication-Token: REDACTED"_s;
    QTest::newRow("e-mail and phone in prose")
        << u"No contact jane.doe@example.com or +38 050 123 45 67 found."_s
        << u"No contact j***@e***.com or +**********67 found."_s;
    QTest::newRow("phone with dashes") << u"call 555-123-4567 now"_s << u"call ********67 now"_s;
    QTest::newRow("short numbers stay") << u"HTTP 503 after 3 attempts, order 1003, 35667 cents"_s
                                        << u"HTTP 503 after 3 attempts, order 1003, 35667 cents"_s;
    QTest::newRow("ISO date stays") << u"on 2024-03-01 at 12:00"_s << u"on 2024-03-01 at 12:00"_s;
    QTest::newRow("decimals stay") << u"total 1234567.89"_s << u"total 1234567.89"_s;
    QTest::newRow("identifiers stay") << u"sku content__6801234567"_s << u"sku content__6801234567"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestRedact::text()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redact::text(input), expected);
}

void TestRedact::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"alice@example.com"_s << u"a***@e***.com"_s;
    QTest::newRow("subdomain") << u"bob@mail.example.co.uk"_s << u"b***@m***.uk"_s;
    QTest::newRow("no dot in domain") << u"root@localhost"_s << u"r***@l***"_s;
    QTest::newRow("not an address") << u"nobody"_s << u"***"_s;
}

void TestRedact::email()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redact::email(input), expected);
}

void TestRedact::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("international") << u"+380501234567"_s << u"+**********67"_s;
    QTest::newRow("spaces and dashes") << u"050-123 45 67"_s << u"********67"_s;
    QTest::newRow("seed 000 example") << u"1212121212"_s << u"********12"_s;
    QTest::newRow("too short to keep digits") << u"1234"_s << u"****"_s;
}

void TestRedact::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redact::phone(input), expected);
}

void TestRedact::registeredSecrets()
{
    const QString apiKey = u"sandbox-api-key-0001"_s;
    Redact::addSecret(apiKey);
    QCOMPARE(Redact::url(QUrl(u"http://h/rruserprofile/api/v1/sandbox-api-key-0001/userA"_s)),
             u"http://h/rruserprofile/api/v1/REDACTED/userA"_s);
    QCOMPARE(Redact::text(u"key sandbox-api-key-0001 rejected"_s), u"key REDACTED rejected"_s);
    Redact::removeSecret(apiKey);
    QCOMPARE(Redact::url(QUrl(u"http://h/v1/sandbox-api-key-0001/userA"_s)),
             u"http://h/v1/sandbox-api-key-0001/userA"_s);
    Redact::addSecret(u"abc"_s);   // too short: ignored
    QCOMPARE(Redact::text(u"abc"_s), u"abc"_s);
}

void TestRedact::keyHint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("long key") << u"51934de97c95e1ced"_s << (u"5193"_s + QChar(0x2026));
    QTest::newRow("short key") << u"abc123"_s << u"***"_s;
}

void TestRedact::keyHint()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redact::keyHint(input), expected);
}

void TestRedact::idempotent_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("bearer") << u"Authorization: Bearer abcdef"_s;
    QTest::newRow("email") << u"to jane@example.com"_s;
    QTest::newRow("phone") << u"tel +380501234567"_s;
    QTest::newRow("named") << u"password=hunter2&token=x"_s;
}

void TestRedact::idempotent()
{
    QFETCH(QString, input);
    const QString once = Redact::text(input);
    QVERIFY(once != input);
    QCOMPARE(Redact::text(once), once);
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
