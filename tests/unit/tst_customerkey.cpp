// CustomerKey: what the operator typed → kind, normalised value, confidence, header, masked form.

#include "domain/customerkey.h"

#include <QTest>

using namespace cdp;
using namespace Qt::StringLiterals;

using Kind = CustomerKey::Kind;
using Confidence = CustomerKey::Confidence;

Q_DECLARE_METATYPE(cdp::CustomerKey::Kind)
Q_DECLARE_METATYPE(cdp::CustomerKey::Confidence)

class TestCustomerKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void override_data();
    void override();
    void headerNames_data();
    void headerNames();
    void masked_data();
    void masked();
    void kindKeysRoundTrip();
    void equalityUsesNormalisedValue();
};

void TestCustomerKey::detect_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Confidence>("confidence");

    // E-mail: trimmed and lower-cased.
    QTest::newRow("seed e-mail") << u"customer@example.com"_s << Kind::Email << u"customer@example.com"_s << Confidence::High;
    QTest::newRow("upper-case e-mail") << u"Anna.Nowak@Example.COM"_s << Kind::Email << u"anna.nowak@example.com"_s << Confidence::High;
    QTest::newRow("e-mail with spaces around") << u"  \tjan.nowak+news@example.com \n"_s << Kind::Email
                                               << u"jan.nowak+news@example.com"_s << Confidence::High;
    QTest::newRow("e-mail with no-break space around") << u"\u00A0zofia@example.com\u00A0"_s << Kind::Email
                                                       << u"zofia@example.com"_s << Confidence::High;
    QTest::newRow("e-mail without a dot in the domain") << u"root@localhost"_s << Kind::Email << u"root@localhost"_s << Confidence::Low;
    QTest::newRow("two @") << u"a@b@example.com"_s << Kind::Email << u"a@b@example.com"_s << Confidence::Low;
    QTest::newRow("@ with an inner space") << u"anna nowak@example.com"_s << Kind::Email << QString() << Confidence::None;

    // Mobile: separators stripped, leading + kept.
    QTest::newRow("seed mobile") << u"1212121212"_s << Kind::Mobile << u"1212121212"_s << Confidence::Medium;
    QTest::newRow("+48 with dashes") << u"+48 600-100-200"_s << Kind::Mobile << u"+48600100200"_s << Confidence::High;
    QTest::newRow("+48 with spaces") << u"+48 603 456 789"_s << Kind::Mobile << u"+48603456789"_s << Confidence::High;
    QTest::newRow("parentheses and dots") << u"(415) 555.0142"_s << Kind::Mobile << u"4155550142"_s << Confidence::High;
    QTest::newRow("(0) trunk prefix after country code") << u"+44 (0)20 7946 0958"_s << Kind::Mobile
                                                         << u"+442079460958"_s << Confidence::High;
    QTest::newRow("(0) trunk prefix with space") << u"+49 (0) 151 2345 6789"_s << Kind::Mobile
                                                 << u"+4915123456789"_s << Confidence::High;
    QTest::newRow("00 international prefix") << u"0048 600 123 456"_s << Kind::Mobile << u"+48600123456"_s << Confidence::High;
    QTest::newRow("national with trunk 0") << u"0601 234 567"_s << Kind::Mobile << u"0601234567"_s << Confidence::High;
    QTest::newRow("short with separators") << u"555-0142"_s << Kind::Mobile << u"5550142"_s << Confidence::Medium;
    QTest::newRow("slashes") << u"0171/1234567"_s << Kind::Mobile << u"01711234567"_s << Confidence::High;
    QTest::newRow("15 digits") << u"+123456789012345"_s << Kind::Mobile << u"+123456789012345"_s << Confidence::High;

    // gcrId.
    QTest::newRow("uuid") << u"8f14e45f-ceea-467f-a0e6-2b1f0c3d5a71"_s << Kind::GcrId
                          << u"8f14e45f-ceea-467f-a0e6-2b1f0c3d5a71"_s << Confidence::High;
    QTest::newRow("uuid in braces, upper-case kept") << u" {8F14E45F-CEEA-467F-A0E6-2B1F0C3D5A71} "_s << Kind::GcrId
                                                     << u"{8F14E45F-CEEA-467F-A0E6-2B1F0C3D5A71}"_s << Confidence::High;
    QTest::newRow("tenant_record id with underscore") << u"1_1092"_s << Kind::GcrId << u"1_1092"_s << Confidence::Medium;
    QTest::newRow("long numeric record id") << u"12345678901234567"_s << Kind::GcrId << u"12345678901234567"_s << Confidence::Low;

    // External customer code.
    QTest::newRow("seed code (short digits)") << u"123456"_s << Kind::ExternalCode << u"123456"_s << Confidence::Low;
    QTest::newRow("letters and dash") << u"C-2101"_s << Kind::ExternalCode << u"C-2101"_s << Confidence::Medium;
    QTest::newRow("case kept") << u"  nwt-000318 "_s << Kind::ExternalCode << u"nwt-000318"_s << Confidence::Medium;
    QTest::newRow("letters digits dashes") << u"EXT-77-0412"_s << Kind::ExternalCode << u"EXT-77-0412"_s << Confidence::Medium;
    QTest::newRow("underscore but letters") << u"cust_42"_s << Kind::ExternalCode << u"cust_42"_s << Confidence::Medium;
    QTest::newRow("inner spaces") << u"ACME 42"_s << Kind::ExternalCode << u"ACME 42"_s << Confidence::Low;
    QTest::newRow("digits with dash, too few for a phone") << u"123-456"_s << Kind::ExternalCode << u"123-456"_s << Confidence::Medium;
    QTest::newRow("16+ digits with separators is not a phone") << u"1234 5678 9012 3456"_s << Kind::ExternalCode
                                                               << u"1234 5678 9012 3456"_s << Confidence::Low;

    // Nothing.
    QTest::newRow("empty") << QString() << Kind::None << QString() << Confidence::None;
    QTest::newRow("blank") << u"   \t "_s << Kind::None << QString() << Confidence::None;
}

void TestCustomerKey::detect()
{
    QFETCH(QString, typed);
    QFETCH(Kind, kind);
    QFETCH(QString, value);
    QFETCH(Confidence, confidence);

    const CustomerKey key = CustomerKey::detect(typed);
    QCOMPARE(key.kind(), kind);
    QCOMPARE(key.value(), value);
    QCOMPARE(key.confidence(), confidence);
    QCOMPARE(key.input(), typed);
    QCOMPARE(key.isOverridden(), false);
    QCOMPARE(key.isValid(), !value.isEmpty());
    QCOMPARE(key.problem().isEmpty(), key.isValid());
}

void TestCustomerKey::override_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("value");

    QTest::newRow("digits as external code") << u"1212121212"_s << Kind::ExternalCode << u"1212121212"_s;
    QTest::newRow("digits as gcrId") << u" 123456 "_s << Kind::GcrId << u"123456"_s;
    QTest::newRow("short digits as mobile") << u"123456"_s << Kind::Mobile << u"123456"_s;
    QTest::newRow("tenant id as external code") << u"1_1092"_s << Kind::ExternalCode << u"1_1092"_s;
    QTest::newRow("code as mobile: letters rejected") << u"C-2101"_s << Kind::Mobile << QString();
    QTest::newRow("mobile with too few digits") << u"12-34"_s << Kind::Mobile << QString();
    QTest::newRow("mobile with too many digits") << u"+1234567890123456"_s << Kind::Mobile << QString();
    QTest::newRow("not an e-mail") << u"1_1092"_s << Kind::Email << QString();
    QTest::newRow("e-mail lower-cased") << u"ANNA@EXAMPLE.COM"_s << Kind::Email << u"anna@example.com"_s;
    QTest::newRow("blank as anything") << u"  "_s << Kind::GcrId << QString();
    QTest::newRow("kind none") << u"x"_s << Kind::None << QString();
}

void TestCustomerKey::override()
{
    QFETCH(QString, typed);
    QFETCH(Kind, kind);
    QFETCH(QString, value);

    const CustomerKey key = CustomerKey::withKind(typed, kind);
    QCOMPARE(key.kind(), kind);
    QCOMPARE(key.value(), value);
    QVERIFY(key.isOverridden());
    QCOMPARE(key.isValid(), !value.isEmpty());
    QCOMPARE(key.confidence(), value.isEmpty() ? Confidence::None : Confidence::High);
    QCOMPARE(key.problem().isEmpty(), !value.isEmpty());
    QCOMPARE(CustomerKey::normalise(kind, typed), value);
}

void TestCustomerKey::headerNames_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("gcrId") << Kind::GcrId << QByteArray("gcrId");
    QTest::newRow("mobile") << Kind::Mobile << QByteArray("mobile_number");
    QTest::newRow("email") << Kind::Email << QByteArray("email_address");
    QTest::newRow("code") << Kind::ExternalCode << QByteArray("customer_code_external");
    QTest::newRow("none") << Kind::None << QByteArray();
}

void TestCustomerKey::headerNames()
{
    QFETCH(Kind, kind);
    QFETCH(QByteArray, header);
    QCOMPARE(CustomerKey::headerName(kind), header);
    if (kind != Kind::None)
        QCOMPARE(CustomerKey::withKind(u"x"_s, kind).headerName(), header);
}

void TestCustomerKey::masked_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("email") << u"Procurement@Northwind-Traders.example"_s << u"procurement"_s;
    QTest::newRow("mobile") << u"+48 603 456 789"_s << u"603456"_s;
    QTest::newRow("uuid") << u"8f14e45f-ceea-467f-a0e6-2b1f0c3d5a71"_s << u"ceea"_s;
    QTest::newRow("code") << u"NWT-000318"_s << u"000"_s;
    QTest::newRow("short code") << u"C-21"_s << u"C-21"_s;
}

void TestCustomerKey::masked()
{
    QFETCH(QString, typed);
    QFETCH(QString, mustNotContain);
    const QString masked = CustomerKey::detect(typed).masked();
    QVERIFY(!masked.isEmpty());
    QVERIFY2(!masked.contains(mustNotContain, Qt::CaseInsensitive), qPrintable(masked));
}

void TestCustomerKey::kindKeysRoundTrip()
{
    const QList<Kind> kinds = CustomerKey::allKinds();
    QCOMPARE(kinds.size(), 4);
    for (const Kind kind : kinds) {
        Kind back = Kind::None;
        QVERIFY(CustomerKey::kindFromKey(CustomerKey::kindKey(kind), &back));
        QCOMPARE(back, kind);
        QVERIFY(!CustomerKey::kindDisplayName(kind).isEmpty());
    }
    Kind unused = Kind::None;
    QVERIFY(!CustomerKey::kindFromKey(u"phone"_s, &unused));
}

void TestCustomerKey::equalityUsesNormalisedValue()
{
    QCOMPARE(CustomerKey::detect(u"+48 600-100-200"_s), CustomerKey::detect(u"+48600100200"_s));
    QCOMPARE(CustomerKey::detect(u" Anna@Example.com"_s), CustomerKey::detect(u"anna@example.com"_s));
    QVERIFY(CustomerKey::detect(u"123456"_s) != CustomerKey::withKind(u"123456"_s, Kind::GcrId));
}

QTEST_GUILESS_MAIN(TestCustomerKey)
#include "tst_customerkey.moc"
