#include "net/backoff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using namespace cdp;

namespace {
const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
}

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exponential_data();
    void exponential();
    void fullJitterBounds_data();
    void fullJitterBounds();
    void decorrelatedJitterBounds_data();
    void decorrelatedJitterBounds();
    void jitterUsesInjectedRandom();
    void retryAfter_data();
    void retryAfter();
    void httpDate_data();
    void httpDate();
};

void TestBackoff::exponential_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("attempt 0 → no delay") << 0 << qint64(100) << qint64(10000) << qint64(0);
    QTest::newRow("first retry = base") << 1 << qint64(100) << qint64(10000) << qint64(100);
    QTest::newRow("second doubles") << 2 << qint64(100) << qint64(10000) << qint64(200);
    QTest::newRow("fifth") << 5 << qint64(100) << qint64(10000) << qint64(1600);
    QTest::newRow("capped") << 8 << qint64(100) << qint64(10000) << qint64(10000);
    QTest::newRow("huge attempt stays capped") << 200 << qint64(100) << qint64(10000) << qint64(10000);
    QTest::newRow("base above cap") << 1 << qint64(5000) << qint64(1000) << qint64(1000);
    QTest::newRow("zero base") << 3 << qint64(0) << qint64(1000) << qint64(0);
}

void TestBackoff::exponential()
{
    QFETCH(int, attempt);
    QFETCH(qint64, base);
    QFETCH(qint64, cap);
    QFETCH(qint64, expected);
    QCOMPARE(Backoff::exponential(attempt, milliseconds(base), milliseconds(cap)).count(), expected);
}

void TestBackoff::fullJitterBounds_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    // base 100, cap 1000
    QTest::newRow("random 0 → 0") << 3 << 0.0 << qint64(0);
    QTest::newRow("random 0.5 of 400") << 3 << 0.5 << qint64(200);
    QTest::newRow("random ~1 of 400") << 3 << 0.999999 << qint64(400);
    QTest::newRow("capped at 1000") << 10 << 0.75 << qint64(750);
    QTest::newRow("out-of-range random clamped") << 2 << 7.0 << qint64(200);
}

void TestBackoff::fullJitterBounds()
{
    QFETCH(int, attempt);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    const auto value = Backoff::fullJitter(attempt, milliseconds(100), milliseconds(1000), [random] { return random; });
    QCOMPARE(value.count(), expected);
}

void TestBackoff::decorrelatedJitterBounds_data()
{
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    // base 100, cap 1000: uniform in [base, 3 * previous], capped
    QTest::newRow("first (previous 0) at low end") << qint64(0) << 0.0 << qint64(100);
    QTest::newRow("first at high end") << qint64(0) << 1.0 << qint64(300);
    QTest::newRow("previous 200, middle") << qint64(200) << 0.5 << qint64(350);
    QTest::newRow("previous 900 capped") << qint64(900) << 1.0 << qint64(1000);
    QTest::newRow("previous 900 low end") << qint64(900) << 0.0 << qint64(100);
}

void TestBackoff::decorrelatedJitterBounds()
{
    QFETCH(qint64, previous);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    const auto value = Backoff::decorrelatedJitter(milliseconds(previous), milliseconds(100), milliseconds(1000),
                                                   [random] { return random; });
    QCOMPARE(value.count(), expected);
}

void TestBackoff::jitterUsesInjectedRandom()
{
    // With the default source, many draws stay inside the bounds.
    milliseconds previous(0);
    for (int i = 0; i < 500; ++i) {
        const auto full = Backoff::fullJitter(4, milliseconds(50), milliseconds(300));
        QVERIFY(full.count() >= 0 && full.count() <= 300);
        previous = Backoff::decorrelatedJitter(previous, milliseconds(50), milliseconds(300));
        QVERIFY(previous.count() >= 50 && previous.count() <= 300);
    }
}

void TestBackoff::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expectedMs");
    const qint64 day = Backoff::kRetryAfterMax.count();
    QTest::newRow("seconds") << QByteArray("3") << true << qint64(3000);
    QTest::newRow("seconds with blanks") << QByteArray("  120 ") << true << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("huge seconds clamped") << QByteArray("99999999999999999999999") << true << day;
    QTest::newRow("two days clamped") << QByteArray("172800") << true << day;
    QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("plus sign") << QByteArray("+5") << false << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("IMF-fixdate in 90 s") << QByteArray("Fri, 01 Mar 2024 12:01:30 GMT") << true << qint64(90000);
    QTest::newRow("RFC 850 in 10 s") << QByteArray("Friday, 01-Mar-24 12:00:10 GMT") << true << qint64(10000);
    QTest::newRow("asctime in 1 h") << QByteArray("Fri Mar  1 13:00:00 2024") << true << qint64(3600000);
    QTest::newRow("date in the past → 0") << QByteArray("Thu, 29 Feb 2024 12:00:00 GMT") << true << qint64(0);
    QTest::newRow("date far ahead clamped") << QByteArray("Sun, 01 Mar 2099 12:00:00 GMT") << true << day;
    QTest::newRow("invalid day") << QByteArray("Fri, 32 Mar 2024 12:00:00 GMT") << false << qint64(0);
    QTest::newRow("invalid time") << QByteArray("Fri, 01 Mar 2024 25:00:00 GMT") << false << qint64(0);
    QTest::newRow("no zone") << QByteArray("Fri, 01 Mar 2024 12:01:30") << false << qint64(0);
}

void TestBackoff::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, expectedMs);
    const std::optional<milliseconds> parsed = Backoff::parseRetryAfter(value, kNow);
    QCOMPARE(parsed.has_value(), valid);
    if (parsed)
        QCOMPARE(parsed->count(), expectedMs);
}

void TestBackoff::httpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime rfc(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate (RFC 9110 example)") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfc;
    QTest::newRow("RFC 850 (RFC 9110 example)") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfc;
    QTest::newRow("asctime (RFC 9110 example)") << QByteArray("Sun Nov  6 08:49:37 1994") << rfc;
    QTest::newRow("lower-case month") << QByteArray("Sun, 06 nov 1994 08:49:37 GMT") << rfc;
    QTest::newRow("RFC 850 two-digit year in this century")
        << QByteArray("Friday, 01-Mar-24 12:00:00 GMT") << QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("not a date") << QByteArray("tomorrow") << QDateTime();
}

void TestBackoff::httpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(Backoff::parseHttpDate(value, kNow), expected);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
