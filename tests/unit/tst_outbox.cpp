// The durable outbox of eSputnik events: migration, state transitions and their guards, start-up
// recovery of entries left Sending, per-order ordering of due entries, bulk cancel; and how
// eSputnik answers map to outcomes (EsputnikEvents::classify).

#include "connectors/esputnikevents.h"
#include "events/outbox.h"
#include "net/apiclient.h"
#include "store/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp;

namespace {

OutboxEntry entry(const QString &orderId, const QString &type = u"orderCreated"_s, const QString &batch = {})
{
    OutboxEntry e;
    e.connectionName = u"Shop"_s;
    e.eventTypeKey = type;
    e.externalOrderId = orderId;
    e.keyValue = u"example@email.com"_s;
    e.body = R"({"eventTypeKey":")" + type.toUtf8() + R"(","keyValue":"example@email.com","params":[]})";
    e.batchId = batch;
    return e;
}

QList<qint64> ids(const QList<OutboxEntry> &entries)
{
    QList<qint64> out;
    for (const OutboxEntry &e : entries)
        out.append(e.id);
    return out;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void migration();
    void enqueueKeepsBodyExactly();
    void transitions();
    void guards();
    void recoveryMakesSendingUnconfirmed();
    void dueKeepsOrderSequence();
    void dueHonoursRetryTime();
    void bulkCancelDiscardsQueuedOnly();
    void filters();
    void classify_data();
    void classify();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<OutboxStore> m_store;
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(u"ws.sqlite"_s), &error), qPrintable(error));
    m_store = std::make_unique<OutboxStore>(m_workspace->database());
}

void TestOutbox::cleanup()
{
    m_store.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestOutbox::migration()
{
    QVERIFY(Workspace::latestSchemaVersion() >= 3);
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM event_outbox"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestOutbox::enqueueKeepsBodyExactly()
{
    OutboxEntry e = entry(u"A-1"_s);
    e.body = QByteArray("{\"x\":\"\xc3\xa9");
    e.body.append('\0');   // a real NUL byte: the body is a BLOB, kept byte for byte
    e.body.append(" \\\" \"}");
    QString error;
    QVERIFY2(m_store->enqueue(e, &error), qPrintable(error));
    QVERIFY(e.id > 0);
    QCOMPARE(e.state, OutboxState::Queued);
    const auto stored = m_store->entry(e.id);
    QVERIFY(stored);
    QCOMPARE(stored->body, e.body);
    QCOMPARE(stored->externalOrderId, u"A-1"_s);
    QCOMPARE(stored->state, OutboxState::Queued);
    QVERIFY(stored->createdAt.isValid());
}

void TestOutbox::transitions()
{
    QList<OutboxEntry> list{entry(u"1"_s), entry(u"2"_s), entry(u"3"_s), entry(u"4"_s)};
    QVERIFY(m_store->enqueue(list));
    const qint64 a = list[0].id, b = list[1].id, c = list[2].id, d = list[3].id;

    QVERIFY(m_store->markSending(a));
    QCOMPARE(m_store->entry(a)->state, OutboxState::Sending);
    QCOMPARE(m_store->entry(a)->attempts, 1);
    QVERIFY(m_store->entry(a)->lastAttemptAt.isValid());
    QVERIFY(m_store->markDelivered(a, 200));
    QCOMPARE(m_store->entry(a)->state, OutboxState::Delivered);

    QVERIFY(m_store->markSending(b));
    QVERIFY(m_store->markRejected(b, 400, u"The event should have the following params: [...]"_s));
    QCOMPARE(m_store->entry(b)->state, OutboxState::Rejected);
    QCOMPARE(m_store->entry(b)->httpStatus, 400);
    QCOMPARE(m_store->entry(b)->serverText, u"The event should have the following params: [...]"_s);

    const QDateTime next = QDateTime::currentDateTimeUtc().addSecs(30);
    QVERIFY(m_store->markSending(c));
    QVERIFY(m_store->markFailed(c, 503, u"Service Unavailable"_s, next));
    QCOMPARE(m_store->entry(c)->state, OutboxState::FailedWillRetry);
    QCOMPARE(m_store->entry(c)->nextAttemptAt.toMSecsSinceEpoch(), next.toMSecsSinceEpoch());
    QVERIFY(m_store->markSending(c));   // a retry
    QCOMPARE(m_store->entry(c)->attempts, 2);
    QVERIFY(!m_store->entry(c)->nextAttemptAt.isValid());
    QVERIFY(m_store->markUnconfirmed(c, u"aborted"_s));
    QVERIFY(m_store->confirmDelivered(c));
    QCOMPARE(m_store->entry(c)->state, OutboxState::Delivered);

    QVERIFY(m_store->discard(d));
    QCOMPARE(m_store->entry(d)->state, OutboxState::Discarded);

    const OutboxCounts counts = m_store->counts();
    QCOMPARE(counts.delivered, 2);
    QCOMPARE(counts.rejected, 1);
    QCOMPARE(counts.discarded, 1);
    QCOMPARE(counts.total(), 4);
    QCOMPARE(counts.pending(), 0);
}

void TestOutbox::guards()
{
    OutboxEntry e = entry(u"G"_s);
    QVERIFY(m_store->enqueue(e));
    QString error;
    QVERIFY(!m_store->markDelivered(e.id, 200, &error));   // never sent
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_store->confirmDelivered(e.id));             // not unconfirmed
    QVERIFY(m_store->markSending(e.id));
    QVERIFY(!m_store->markSending(e.id));                  // already taken
    QVERIFY(!m_store->discard(e.id));                      // in flight
    QVERIFY(!m_store->retry(e.id));
    QVERIFY(m_store->markDelivered(e.id, 200));
    QVERIFY(!m_store->retry(e.id));                        // delivered is final
    QVERIFY(!m_store->discard(e.id));
    QVERIFY(!m_store->markSending(e.id));
    QVERIFY(!m_store->markSending(987654));                // unknown id
}

void TestOutbox::recoveryMakesSendingUnconfirmed()
{
    QList<OutboxEntry> list{entry(u"R1"_s), entry(u"R2"_s), entry(u"R3"_s)};
    QVERIFY(m_store->enqueue(list));
    QVERIFY(m_store->markSending(list[0].id));
    QVERIFY(m_store->markSending(list[1].id));
    QVERIFY(m_store->markDelivered(list[1].id, 200));
    // "Crash": reopen the workspace file.
    const QString path = m_workspace->path();
    m_store.reset();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(path));
    m_store = std::make_unique<OutboxStore>(m_workspace->database());
    QCOMPARE(m_store->recoverInterrupted(), 1);
    QCOMPARE(m_store->entry(list[0].id)->state, OutboxState::Unconfirmed);
    QVERIFY(m_store->entry(list[0].id)->serverText.contains(u"may or may not"_s));
    QCOMPARE(m_store->entry(list[1].id)->state, OutboxState::Delivered);
    QCOMPARE(m_store->entry(list[2].id)->state, OutboxState::Queued);
    // Unconfirmed is never due by itself; the operator decides.
    QCOMPARE(ids(m_store->due(QDateTime::currentDateTimeUtc(), 10)), QList<qint64>{list[2].id});
    QVERIFY(m_store->retry(list[0].id));
    QCOMPARE(ids(m_store->due(QDateTime::currentDateTimeUtc(), 10)), (QList<qint64>{list[0].id, list[2].id}));
    QCOMPARE(m_store->recoverInterrupted(), 0);
}

void TestOutbox::dueKeepsOrderSequence()
{
    // Order 7: created, delivered; order 8: created; a behavioural event without an order.
    QList<OutboxEntry> list{entry(u"7"_s), entry(u"7"_s, u"orderDelivered"_s), entry(u"8"_s), entry(QString(), u"pageViewed"_s)};
    QVERIFY(m_store->enqueue(list));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(ids(m_store->due(now, 10)), (QList<qint64>{list[0].id, list[2].id, list[3].id}));
    QVERIFY(m_store->markSending(list[0].id));
    QCOMPARE(ids(m_store->due(now, 10)), (QList<qint64>{list[2].id, list[3].id}));   // 7's second waits
    QVERIFY(m_store->markFailed(list[0].id, 0, u"dropped"_s, now.addSecs(60)));
    QCOMPARE(ids(m_store->due(now, 10)), (QList<qint64>{list[2].id, list[3].id}));   // still waits
    QVERIFY(m_store->markSending(list[0].id));
    QVERIFY(m_store->markRejected(list[0].id, 400, u"bad"_s));
    QCOMPARE(ids(m_store->due(now, 10)), (QList<qint64>{list[1].id, list[2].id, list[3].id}));
    QCOMPARE(ids(m_store->due(now, 1)), QList<qint64>{list[1].id});
    // Another connection's entries are not due here; entries without a connection are.
    OutboxEntry other = entry(u"9"_s);
    other.connectionName = u"Other"_s;
    OutboxEntry none = entry(u"10"_s);
    none.connectionName.clear();
    QVERIFY(m_store->enqueue(other));
    QVERIFY(m_store->enqueue(none));
    const QList<qint64> shop = ids(m_store->due(now, 10, u"Shop"_s));
    QVERIFY(!shop.contains(other.id));
    QVERIFY(shop.contains(none.id));
}

void TestOutbox::dueHonoursRetryTime()
{
    OutboxEntry e = entry(u"T"_s);
    QVERIFY(m_store->enqueue(e));
    QVERIFY(m_store->markSending(e.id));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->markFailed(e.id, 503, u"x"_s, now.addSecs(10)));
    QVERIFY(m_store->due(now, 10).isEmpty());
    QCOMPARE(m_store->nextRetryAt().toMSecsSinceEpoch(), now.addSecs(10).toMSecsSinceEpoch());
    QCOMPARE(ids(m_store->due(now.addSecs(11), 10)), QList<qint64>{e.id});
    // Given up (no next attempt): waits for the operator.
    QVERIFY(m_store->markSending(e.id));
    QVERIFY(m_store->markFailed(e.id, 503, u"x"_s, QDateTime()));
    QVERIFY(m_store->due(now.addYears(1), 10).isEmpty());
    QVERIFY(m_store->retry(e.id));
    QCOMPARE(ids(m_store->due(now, 10)), QList<qint64>{e.id});
}

void TestOutbox::bulkCancelDiscardsQueuedOnly()
{
    QList<OutboxEntry> list{entry(u"b1"_s, u"orderCreated"_s, u"run"_s), entry(u"b2"_s, u"orderCreated"_s, u"run"_s),
                            entry(u"b3"_s, u"orderCreated"_s, u"run"_s), entry(u"x"_s)};
    QVERIFY(m_store->enqueue(list));
    QVERIFY(m_store->markSending(list[0].id));
    QCOMPARE(m_store->discardQueued(u"run"_s), 2);
    QCOMPARE(m_store->entry(list[0].id)->state, OutboxState::Sending);
    QCOMPARE(m_store->entry(list[1].id)->state, OutboxState::Discarded);
    QCOMPARE(m_store->entry(list[3].id)->state, OutboxState::Queued);
    QCOMPARE(m_store->counts(u"run"_s).discarded, 2);
    QCOMPARE(m_store->counts(u"run"_s).sending, 1);
    QCOMPARE(m_store->discardQueued(QString()), -1);
}

void TestOutbox::filters()
{
    QList<OutboxEntry> list{entry(u"F-1"_s), entry(u"F-1"_s, u"orderDelivered"_s), entry(u"F-2"_s), entry(QString(), u"pageViewed"_s)};
    QVERIFY(m_store->enqueue(list));
    QVERIFY(m_store->markSending(list[2].id));
    QVERIFY(m_store->markRejected(list[2].id, 400, u"Unknown contact"_s));
    OutboxFilter f;
    QCOMPARE(m_store->entries(f).size(), 4);
    QCOMPARE(m_store->entries(f).constFirst().id, list[3].id);   // newest first
    f.externalOrderId = u"F-1"_s;
    QCOMPARE(m_store->entries(f).size(), 2);
    f = OutboxFilter();
    f.states = {OutboxState::Rejected};
    QCOMPARE(ids(m_store->entries(f)), QList<qint64>{list[2].id});
    f = OutboxFilter();
    f.text = u"unknown CONTACT"_s;
    QCOMPARE(ids(m_store->entries(f)), QList<qint64>{list[2].id});
    f = OutboxFilter();
    f.eventTypeKey = u"pageViewed"_s;
    QCOMPARE(ids(m_store->entries(f)), QList<qint64>{list[3].id});
    QCOMPARE(ids(m_store->entriesForOrder(u"F-1"_s)), (QList<qint64>{list[0].id, list[1].id}));
    QCOMPARE(m_store->externalOrderIds(), (QStringList{u"F-1"_s, u"F-2"_s}));
}

void TestOutbox::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");

    using K = ApiError::Kind;
    using O = EsputnikEvents::Outcome;
    QTest::newRow("200 empty") << 200 << int(K::None) << QByteArray() << int(O::Delivered);
    QTest::newRow("400 validation") << 400 << int(K::Http) << QByteArray("The event should have the following params: [eventTypeKey]")
                                    << int(O::Rejected);
    QTest::newRow("401") << 401 << int(K::Unauthorized) << QByteArray("Unauthorized") << int(O::Rejected);
    QTest::newRow("413") << 413 << int(K::Http) << QByteArray("too large") << int(O::Rejected);
    QTest::newRow("429") << 429 << int(K::RateLimited) << QByteArray("Too many") << int(O::FailedInTransit);
    QTest::newRow("500") << 500 << int(K::Http) << QByteArray("oops") << int(O::FailedInTransit);
    QTest::newRow("503") << 503 << int(K::Http) << QByteArray() << int(O::FailedInTransit);
    QTest::newRow("dropped") << 0 << int(K::Network) << QByteArray() << int(O::FailedInTransit);
    QTest::newRow("timeout") << 0 << int(K::Timeout) << QByteArray() << int(O::FailedInTransit);
    QTest::newRow("cancelled") << 0 << int(K::Cancelled) << QByteArray() << int(O::Cancelled);
}

void TestOutbox::classify()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    ApiResponse response;
    response.httpStatus = status;
    response.body = body;
    if (ApiError::Kind(kind) != ApiError::Kind::None)
        response.error = ApiError::make(ApiError::Kind(kind), u"what happened"_s, {}, status);
    const EsputnikEvents::Result result = EsputnikEvents::classify(response);
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.httpStatus, status);
    if (!body.isEmpty() && outcome == int(EsputnikEvents::Outcome::Rejected))
        QCOMPARE(result.serverText, QString::fromUtf8(body));   // the server's own words
    if (body.isEmpty() && outcome != int(EsputnikEvents::Outcome::Delivered))
        QCOMPARE(result.serverText, u"what happened"_s);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
