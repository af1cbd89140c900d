#include "csv/datetransform.h"
#include "csv/decimaltransform.h"

#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace cdp::csv;

Q_DECLARE_METATYPE(cdp::csv::DateOrder)
Q_DECLARE_METATYPE(cdp::csv::ZonePolicy)
Q_DECLARE_METATYPE(cdp::csv::DateStatus)
Q_DECLARE_METATYPE(cdp::csv::DateOrderEvidence)
Q_DECLARE_METATYPE(cdp::csv::DecimalSeparator)
Q_DECLARE_METATYPE(cdp::csv::DecimalStatus)
Q_DECLARE_METATYPE(cdp::csv::DecimalEvidence)

class TestDateTransform : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convert_data();
    void convert();
    void springForwardGapUnderStockholm();
    void evidence_data();
    void evidence();
    void decimal_data();
    void decimal();
    void decimalEvidence_data();
    void decimalEvidence();
};

void TestDateTransform::initTestCase()
{
    // A real zone with DST: the hand parser must not care (PERF_NOTES: QDateTime rejects the gap).
    qputenv("TZ", "Europe/Stockholm");
    tzset();
}

void TestDateTransform::convert_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<ZonePolicy>("zone");
    QTest::addColumn<DateStatus>("status");
    QTest::addColumn<QByteArray>("expected");

    const auto U = DateOrder::Undecided;
    const auto D = DateOrder::DayFirst;
    const auto M = DateOrder::MonthFirst;
    const auto Utc = ZonePolicy::ConvertToUtc;
    const auto Local = ZonePolicy::KeepLocalClock;
    const auto Ok = DateStatus::Ok;
    auto row = [&](const char *name, const char *text, DateOrder order, ZonePolicy zone, DateStatus status, const char *expected) {
        QTest::newRow(name) << QByteArray(text) << order << zone << status << QByteArray(expected);
    };
    row("iso space seconds", "2017-09-19 09:45:35", U, Utc, Ok, "2017-09-19 09:45:35");
    row("iso T seconds", "2017-09-19T09:45:35", U, Utc, Ok, "2017-09-19 09:45:35");
    row("iso T no seconds", "2017-09-19T09:45", U, Utc, Ok, "2017-09-19 09:45:00");
    row("iso space no seconds", "2017-09-19 9:45", U, Utc, Ok, "2017-09-19 09:45:00");
    row("iso date only", "2017-09-19", U, Utc, Ok, "2017-09-19 00:00:00");
    row("iso fraction dropped", "2017-09-19T09:45:35.123", U, Utc, Ok, "2017-09-19 09:45:35");
    row("iso Z", "2017-09-19T09:45:35Z", U, Utc, Ok, "2017-09-19 09:45:35");
    row("offset to utc", "2017-09-19T09:45:35+02:00", U, Utc, Ok, "2017-09-19 07:45:35");
    row("offset hhmm", "2017-09-19T09:45:35+0200", U, Utc, Ok, "2017-09-19 07:45:35");
    row("offset hh", "2017-09-19T09:45:35-03", U, Utc, Ok, "2017-09-19 12:45:35");
    row("offset with blank", "2017-09-19 09:45:35 +01:00", U, Utc, Ok, "2017-09-19 08:45:35");
    row("offset crosses day", "2017-01-01T00:30:00+01:00", U, Utc, Ok, "2016-12-31 23:30:00");
    row("offset crosses leap day", "2016-02-29T23:30:00-01:00", U, Utc, Ok, "2016-03-01 00:30:00");
    row("offset kept local", "2017-09-19T09:45:35+02:00", U, Local, Ok, "2017-09-19 09:45:35");
    row("yyyy/MM/dd", "2017/09/19 09:45", U, Utc, Ok, "2017-09-19 09:45:00");
    row("dd.MM.yyyy", "19.09.2017", U, Utc, Ok, "2017-09-19 00:00:00");
    row("dd.MM.yyyy with time", "03.04.2017 17:05:01", U, Utc, Ok, "2017-04-03 17:05:01");
    row("d.M.yyyy", "3.4.2017", U, Utc, Ok, "2017-04-03 00:00:00");
    row("dd/MM/yyyy day first", "03/04/2017", D, Utc, Ok, "2017-04-03 00:00:00");
    row("MM/dd/yyyy month first", "03/04/2017", M, Utc, Ok, "2017-03-04 00:00:00");
    row("dd/MM/yyyy HH:mm", "19/09/2017 09:45", D, Utc, Ok, "2017-09-19 09:45:00");
    row("MM/dd/yyyy HH:mm:ss", "09/19/2017 09:45:35", M, Utc, Ok, "2017-09-19 09:45:35");
    row("dd-MM-yyyy", "19-09-2017", D, Utc, Ok, "2017-09-19 00:00:00");
    row("blanks around", "  2017-09-19 09:45:35 ", U, Utc, Ok, "2017-09-19 09:45:35");
    row("leap day", "29/02/2016", D, Utc, Ok, "2016-02-29 00:00:00");
    row("undecided order", "03/04/2017", U, Utc, DateStatus::Ambiguous, "");
    row("undecided even if > 12", "19/09/2017", U, Utc, DateStatus::Ambiguous, "");
    row("30 February", "30/02/2017", D, Utc, DateStatus::Invalid, "");
    row("29 February non leap", "2017-02-29", U, Utc, DateStatus::Invalid, "");
    row("month 13 month first", "13/01/2017", M, Utc, DateStatus::Invalid, "");
    row("24:00", "2017-09-19 24:00:00", U, Utc, DateStatus::Invalid, "");
    row("minute 60", "2017-09-19 10:60", U, Utc, DateStatus::Invalid, "");
    row("year zero", "0000-01-01", U, Utc, DateStatus::Invalid, "");
    row("offset leaves year range", "0001-01-01T00:30:00+01:00", U, Utc, DateStatus::Invalid, "");
    row("two-digit year", "19/09/17", D, Utc, DateStatus::Malformed, "");
    row("text", "yesterday", U, Utc, DateStatus::Malformed, "");
    row("empty", "", U, Utc, DateStatus::Malformed, "");
    row("mixed separators", "2017-09/19", U, Utc, DateStatus::Malformed, "");
    row("am pm", "2017-09-19 09:45 PM", U, Utc, DateStatus::Malformed, "");
    row("trailing garbage", "2017-09-19 09:45:35x", U, Utc, DateStatus::Malformed, "");
    row("bad offset", "2017-09-19T09:45:35+25:00", U, Utc, DateStatus::Malformed, "");
    row("five-digit year", "20170-09-19", U, Utc, DateStatus::Malformed, "");
}

void TestDateTransform::convert()
{
    QFETCH(QByteArray, text);
    QFETCH(DateOrder, order);
    QFETCH(ZonePolicy, zone);
    QFETCH(DateStatus, status);
    QFETCH(QByteArray, expected);
    DateStatus actual = DateStatus::Ok;
    const QByteArray result = convertDate(text, DateSettings{order, zone}, &actual);
    QCOMPARE(actual, status);
    QCOMPARE(result, expected);
}

void TestDateTransform::springForwardGapUnderStockholm()
{
    // 2021-03-28 02:30 does not exist in Europe/Stockholm (clocks jump 02:00 -> 03:00); a wall
    // clock without zone is written as it stands, and an offset is converted by arithmetic.
    QCOMPARE(qgetenv("TZ"), QByteArray("Europe/Stockholm"));
    QCOMPARE(convertDate("2021-03-28 02:30:00", DateSettings{}), QByteArray("2021-03-28 02:30:00"));
    QCOMPARE(convertDate("28.03.2021 02:30", DateSettings{}), QByteArray("2021-03-28 02:30:00"));
    QCOMPARE(convertDate("2021-03-28T02:30:00+01:00", DateSettings{}), QByteArray("2021-03-28 01:30:00"));
    QCOMPARE(convertDate("2021-10-31T02:30:00+02:00", DateSettings{}), QByteArray("2021-10-31 00:30:00"));
}

void TestDateTransform::evidence_data()
{
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<DateOrderEvidence>("evidence");
    QTest::addColumn<bool>("allDates");

    QTest::newRow("iso only") << QList<QByteArray>{"2017-01-02", "2017-03-04 10:00"} << DateOrderEvidence::NotNeeded << true;
    QTest::newRow("dots decide nothing") << QList<QByteArray>{"01.02.2017", "03.04.2017"} << DateOrderEvidence::NotNeeded << true;
    QTest::newRow("all <= 12 is ambiguous") << QList<QByteArray>{"01/02/2017", "03/04/2017", "12/12/2017"} << DateOrderEvidence::Ambiguous << true;
    QTest::newRow("a day > 12 first decides") << QList<QByteArray>{"01/02/2017", "25/04/2017"} << DateOrderEvidence::DayFirst << true;
    QTest::newRow("a day > 12 second decides") << QList<QByteArray>{"01/02/2017", "04/25/2017 10:00"} << DateOrderEvidence::MonthFirst << true;
    QTest::newRow("both is conflicting") << QList<QByteArray>{"25/01/2017", "01/25/2017"} << DateOrderEvidence::Conflicting << true;
    QTest::newRow("blanks skipped") << QList<QByteArray>{"", "  ", "13-01-2017"} << DateOrderEvidence::DayFirst << true;
    QTest::newRow("not dates") << QList<QByteArray>{"abc", "2017-01-02"} << DateOrderEvidence::NotNeeded << false;
}

void TestDateTransform::evidence()
{
    QFETCH(QList<QByteArray>, values);
    QFETCH(DateOrderEvidence, evidence);
    QFETCH(bool, allDates);
    DateScan scan;
    for (const QByteArray &value : values)
        scan.add(value);
    QCOMPARE(scan.evidence(), evidence);
    QCOMPARE(scan.looksLikeDates(), allDates);
}

void TestDateTransform::decimal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DecimalSeparator>("separator");
    QTest::addColumn<DecimalStatus>("status");
    QTest::addColumn<QByteArray>("expected");

    const auto P = DecimalSeparator::Point;
    const auto C = DecimalSeparator::Comma;
    const auto U = DecimalSeparator::Undecided;
    const auto Ok = DecimalStatus::Ok;
    const auto Bad = DecimalStatus::Malformed;
    auto row = [](const char *name, const char *text, DecimalSeparator separator, DecimalStatus status, const char *expected) {
        QTest::newRow(name) << QByteArray(text) << separator << status << QByteArray(expected);
    };
    row("comma thousands dot", "1.234,50", C, Ok, "1234.50");
    row("comma simple", "12,5", C, Ok, "12.5");
    row("comma millions", "1.234.567,89", C, Ok, "1234567.89");
    row("comma blank thousands", "1 234,50", C, Ok, "1234.50");
    row("comma negative", "-0,99", C, Ok, "-0.99");
    row("comma integer grouped", "1.234", C, Ok, "1234");
    row("comma rejects short group", "12.5", C, Bad, "");
    row("point thousands comma", "1,234.50", P, Ok, "1234.50");
    row("point apostrophe thousands", "1'234.50", P, Ok, "1234.50");
    row("point simple", "58.90", P, Ok, "58.90");
    row("point with blanks around", " 58.90 ", P, Ok, "58.90");
    row("point rejects comma decimal", "12,50", P, Bad, "");
    row("mixed group separators", "1,234.567,8", P, Bad, "");
    row("group of four", "1,2345.00", P, Bad, "");
    row("currency sign", "$12.00", P, Bad, "");
    row("exponent", "1e5", P, Bad, "");
    row("trailing separator", "12.", P, Bad, "");
    row("empty", "", P, Bad, "");
    row("undecided integer passes", "1234", U, Ok, "1234");
    row("undecided 1,234 asks", "1,234", U, DecimalStatus::Undecided, "");
    row("undecided 12,50 asks", "12,50", U, DecimalStatus::Undecided, "");
}

void TestDateTransform::decimal()
{
    QFETCH(QByteArray, text);
    QFETCH(DecimalSeparator, separator);
    QFETCH(DecimalStatus, status);
    QFETCH(QByteArray, expected);
    QByteArray out("x;");
    QCOMPARE(normalizeDecimal(text, separator, out), status);
    QCOMPARE(out, QByteArray("x;") + expected);
}

void TestDateTransform::decimalEvidence_data()
{
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<DecimalEvidence>("evidence");

    QTest::newRow("integers") << QList<QByteArray>{"1", "20", "300"} << DecimalEvidence::NotNeeded;
    QTest::newRow("point") << QList<QByteArray>{"12.50", "3"} << DecimalEvidence::Point;
    QTest::newRow("point by thousands") << QList<QByteArray>{"1,234,567"} << DecimalEvidence::Point;
    QTest::newRow("comma") << QList<QByteArray>{"12,50", "1.234,00"} << DecimalEvidence::Comma;
    QTest::newRow("comma by thousands") << QList<QByteArray>{"1.234.567"} << DecimalEvidence::Comma;
    QTest::newRow("three decimals only") << QList<QByteArray>{"1,234", "5,000"} << DecimalEvidence::Ambiguous;
    QTest::newRow("ambiguous then decided") << QList<QByteArray>{"1,234", "0,5"} << DecimalEvidence::Comma;
    QTest::newRow("conflicting") << QList<QByteArray>{"12,50", "12.50"} << DecimalEvidence::Conflicting;
}

void TestDateTransform::decimalEvidence()
{
    QFETCH(QList<QByteArray>, values);
    QFETCH(DecimalEvidence, evidence);
    DecimalScan scan;
    for (const QByteArray &value : values)
        scan.add(value);
    QCOMPARE(scan.evidence(), evidence);
}

QTEST_GUILESS_MAIN(TestDateTransform)
#include "tst_datetransform.moc"
