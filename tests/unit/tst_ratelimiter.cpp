#include "net/ratelimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using namespace cdp;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactlyNPerWindow_data();
    void exactlyNPerWindow();
    void delaysOfABurst_data();
    void delaysOfABurst();
    void slidingNotFixed();
    void margin();
    void unlimitedKeys();
    void pauseUntil_data();
    void pauseUntil();
    void pauseNeverShortens();
    void independentKeys();
    void peekDoesNotBook();
    void injectedClock();
    void removeLimit();
};

// For a burst at t=0 of `calls` reservations: every window [t, t+W) holds at most N sends.
void TestRateLimiter::exactlyNPerWindow_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<int>("calls");
    QTest::newRow("seed: 1000/min, 2500 calls") << 1000 << qint64(60000) << 2500;
    QTest::newRow("20 per 2 s, 60 calls") << 20 << qint64(2000) << 60;
    QTest::newRow("1 per 100 ms, 10 calls") << 1 << qint64(100) << 10;
    QTest::newRow("3 per 1 s, 3 calls (no wait)") << 3 << qint64(1000) << 3;
}

void TestRateLimiter::exactlyNPerWindow()
{
    QFETCH(int, requests);
    QFETCH(qint64, window);
    QFETCH(int, calls);
    RateLimiter limiter;
    limiter.setLimit(u"k"_s, requests, milliseconds(window));
    QList<qint64> sendTimes;
    for (int i = 0; i < calls; ++i)
        sendTimes << limiter.reserve(u"k"_s, milliseconds(0)).count();
    // Times are non-decreasing; any N+1 consecutive sends span at least one full window.
    for (int i = 1; i < sendTimes.size(); ++i)
        QVERIFY(sendTimes.at(i) >= sendTimes.at(i - 1));
    for (int i = requests; i < sendTimes.size(); ++i)
        QCOMPARE(sendTimes.at(i) - sendTimes.at(i - requests), window);
    // The first N go at once.
    for (int i = 0; i < std::min(requests, calls); ++i)
        QCOMPARE(sendTimes.at(i), qint64(0));
}

void TestRateLimiter::delaysOfABurst_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("expectedDelay");
    // 3 per 1000 ms, reservations at t = 0, 10, 20, ... (10 ms apart)
    QTest::newRow("1st") << 0 << qint64(0);
    QTest::newRow("3rd") << 2 << qint64(0);
    QTest::newRow("4th waits for the 1st's window") << 3 << qint64(1000 - 30);
    QTest::newRow("5th") << 4 << qint64(1010 - 40);
    QTest::newRow("7th: second round") << 6 << qint64(2000 - 60);
}

void TestRateLimiter::delaysOfABurst()
{
    QFETCH(int, index);
    QFETCH(qint64, expectedDelay);
    RateLimiter limiter;
    limiter.setLimit(u"k"_s, 3, milliseconds(1000));
    qint64 delay = -1;
    for (int i = 0; i <= index; ++i)
        delay = limiter.reserve(u"k"_s, milliseconds(10 * i)).count();
    QCOMPARE(delay, expectedDelay);
}

void TestRateLimiter::slidingNotFixed()
{
    // 2 per 1000: sends at 0 and 900; at 1000 one slot is free again (the one of t=0), not two.
    RateLimiter limiter;
    limiter.setLimit(u"k"_s, 2, milliseconds(1000));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(0)).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(900)).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(1000)).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(1000)).count(), qint64(900));
    QCOMPARE(limiter.bookedInWindow(u"k"_s, milliseconds(1000)), 1);   // 1900 is not sent yet
    QCOMPARE(limiter.bookedInWindow(u"k"_s, milliseconds(1900)), 2);
}

void TestRateLimiter::margin()
{
    RateLimiter limiter;
    limiter.setLimit(u"k"_s, 1, milliseconds(1000), milliseconds(50));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(0)).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(0)).count(), qint64(1050));
    QCOMPARE(limiter.limit(u"k"_s)->window.count(), qint64(1000));
    QCOMPARE(limiter.limit(u"k"_s)->margin.count(), qint64(50));
}

void TestRateLimiter::unlimitedKeys()
{
    RateLimiter limiter;
    limiter.setLimit(u"limited"_s, 1, milliseconds(1000));
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(limiter.reserve(u"other"_s, milliseconds(0)).count(), qint64(0));
        QCOMPARE(limiter.reserve(QString(), milliseconds(0)).count(), qint64(0));
    }
    QVERIFY(!limiter.limit(u"other"_s).has_value());
}

void TestRateLimiter::pauseUntil_data()
{
    QTest::addColumn<bool>("limited");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expectedDelay");
    // paused until t=2000
    QTest::newRow("unlimited key, before the pause ends") << false << qint64(500) << qint64(1500);
    QTest::newRow("unlimited key, after") << false << qint64(2500) << qint64(0);
    QTest::newRow("limited key, before") << true << qint64(500) << qint64(1500);
    QTest::newRow("limited key, exactly at the end") << true << qint64(2000) << qint64(0);
}

void TestRateLimiter::pauseUntil()
{
    QFETCH(bool, limited);
    QFETCH(qint64, now);
    QFETCH(qint64, expectedDelay);
    RateLimiter limiter;
    if (limited)
        limiter.setLimit(u"k"_s, 10, milliseconds(1000));
    limiter.pauseUntil(u"k"_s, milliseconds(2000));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(now)).count(), expectedDelay);
    QCOMPARE(limiter.pausedUntil(u"k"_s, milliseconds(now)).has_value(), now < 2000);
}

void TestRateLimiter::pauseNeverShortens()
{
    RateLimiter limiter;
    limiter.pauseUntil(u"k"_s, milliseconds(5000));
    limiter.pauseUntil(u"k"_s, milliseconds(3000));
    QCOMPARE(limiter.pausedUntil(u"k"_s, milliseconds(0))->count(), qint64(5000));
    limiter.pauseUntil(u"k"_s, milliseconds(7000));
    QCOMPARE(limiter.pausedUntil(u"k"_s, milliseconds(0))->count(), qint64(7000));
}

void TestRateLimiter::independentKeys()
{
    RateLimiter limiter;
    limiter.setLimit(u"a"_s, 1, milliseconds(1000));
    limiter.setLimit(u"b"_s, 1, milliseconds(1000));
    QCOMPARE(limiter.reserve(u"a"_s, milliseconds(0)).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"b"_s, milliseconds(0)).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"a"_s, milliseconds(0)).count(), qint64(1000));
    limiter.pauseUntil(u"b"_s, milliseconds(5000));
    QCOMPARE(limiter.reserve(u"a"_s, milliseconds(0)).count(), qint64(2000));
    QCOMPARE(limiter.reserve(u"b"_s, milliseconds(0)).count(), qint64(5000));
    QVERIFY(!limiter.pausedUntil(u"a"_s, milliseconds(0)).has_value());
}

void TestRateLimiter::peekDoesNotBook()
{
    RateLimiter limiter;
    limiter.setLimit(u"k"_s, 1, milliseconds(1000));
    QCOMPARE(limiter.peek(u"k"_s, milliseconds(0)).count(), qint64(0));
    QCOMPARE(limiter.peek(u"k"_s, milliseconds(0)).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(0)).count(), qint64(0));
    QCOMPARE(limiter.peek(u"k"_s, milliseconds(400)).count(), qint64(600));
}

void TestRateLimiter::injectedClock()
{
    RateLimiter limiter;
    qint64 fake = 10000;
    limiter.setClock([&fake] { return milliseconds(fake); });
    limiter.setLimit(u"k"_s, 2, milliseconds(1000));
    QCOMPARE(limiter.now().count(), qint64(10000));
    QCOMPARE(limiter.reserve(u"k"_s).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"k"_s).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"k"_s).count(), qint64(1000));
    fake += 1500;   // sends at 10000, 10000, 11000: at 11500 only 11000 is inside the window
    QCOMPARE(limiter.reserve(u"k"_s).count(), qint64(0));
    QCOMPARE(limiter.reserve(u"k"_s).count(), qint64(500));
}

void TestRateLimiter::removeLimit()
{
    RateLimiter limiter;
    limiter.setLimit(u"k"_s, 1, milliseconds(1000));
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(0)).count(), qint64(0));
    limiter.setLimit(u"k"_s, 0, milliseconds(1000));
    QVERIFY(!limiter.limit(u"k"_s).has_value());
    QCOMPARE(limiter.reserve(u"k"_s, milliseconds(0)).count(), qint64(0));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
