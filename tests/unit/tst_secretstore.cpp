#include "auth/secretstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void memoryBackendFromEnvironment();
    void roundTrip_data();
    void roundTrip();
    void operationsProbeFirst();
    void probeWithoutOverrideEndsOnce();
    void deadContextIsNotCalled();
};

void TestSecretStore::memoryBackendFromEnvironment()
{
    qputenv("CDP_SECRET_BACKEND", "memory");
    SecretStore store(u"cdp-console-test"_s);
    QSignalSpy changed(&store, &SecretStore::backendChanged);
    int calls = 0;
    SecretStore::Backend backend = SecretStore::Backend::Unknown;
    store.probe(this, [&](SecretStore::Backend b) {
        ++calls;
        backend = b;
    });
    QCOMPARE(store.backend(), SecretStore::Backend::Memory);   // decided at once
    QCOMPARE(calls, 0);                                         // answered from the event loop
    QTRY_COMPARE(calls, 1);
    QCOMPARE(backend, SecretStore::Backend::Memory);
    QCOMPARE(store.backend(), SecretStore::Backend::Memory);
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.backendDescription().contains(u"memory"_s));
    // A second probe answers from what is known.
    store.probe(this, [&](SecretStore::Backend) { ++calls; });
    QTRY_COMPARE(calls, 2);
    QCOMPARE(changed.count(), 1);
}

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::newRow("client secret") << u"userprofile/client_secret"_s << u"20l9dr0jkink11ad49hg93it52d"_s;
    QTest::newRow("unicode") << u"esputnik/api key"_s << u"päss wörd ✓"_s;
    QTest::newRow("empty secret") << u"empty"_s << QString();
}

void TestSecretStore::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    SecretStore store(u"cdp-console-test"_s);
    store.forceMemoryBackend();

    bool written = false;
    store.write(key, secret, this, [&](bool ok, const QString &error) { written = ok && error.isEmpty(); });
    QTRY_VERIFY(written);

    int reads = 0;
    bool found = false;
    bool same = false;
    store.read(key, this, [&](bool f, const QString &value, const QString &error) {
        ++reads;
        found = f && error.isEmpty();
        same = value == secret;
    });
    QTRY_COMPARE(reads, 1);
    QVERIFY(found);
    QVERIFY(same);

    bool removed = false;
    store.remove(key, this, [&](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY(removed);

    reads = 0;
    store.read(key, this, [&](bool f, const QString &, const QString &error) {
        ++reads;
        found = f || !error.isEmpty();
    });
    QTRY_COMPARE(reads, 1);
    QVERIFY(!found);   // missing: not found, and not an error
}

void TestSecretStore::operationsProbeFirst()
{
    qputenv("CDP_SECRET_BACKEND", "memory");
    SecretStore store(u"cdp-console-test"_s);
    QCOMPARE(store.backend(), SecretStore::Backend::Unknown);
    bool written = false;
    store.write(u"k"_s, u"v"_s, this, [&](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);
    QCOMPARE(store.backend(), SecretStore::Backend::Memory);
}

void TestSecretStore::probeWithoutOverrideEndsOnce()
{
    // Whatever this machine offers (a keyring, none, or one that hangs), the probe ends once,
    // within its timeout, and never falls back to a plaintext file.
    qunsetenv("CDP_SECRET_BACKEND");
    SecretStore store(u"cdp-console-test"_s);
    store.setProbeTimeout(std::chrono::milliseconds(1500));
    int calls = 0;
    SecretStore::Backend backend = SecretStore::Backend::Unknown;
    QElapsedTimer timer;
    timer.start();
    store.probe(this, [&](SecretStore::Backend b) {
        ++calls;
        backend = b;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(backend != SecretStore::Backend::Unknown);
    QCOMPARE(store.backend(), backend);
    QTest::qWait(200);
    QCOMPARE(calls, 1);
    qputenv("CDP_SECRET_BACKEND", "memory");
}

void TestSecretStore::deadContextIsNotCalled()
{
    SecretStore store(u"cdp-console-test"_s);
    store.forceMemoryBackend();
    int calls = 0;
    auto *context = new QObject;
    store.read(u"k"_s, context, [&](bool, const QString &, const QString &) { ++calls; });
    delete context;
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
