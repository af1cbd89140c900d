// Order events end to end against the real cdp-sandbox (eSputnik module) over HTTP: every example
// body of seed 003 goes through the composer and the outbox and is checked on arrival through the
// sandbox's inspection endpoint; rejections are never retried, transit failures are (exactly once);
// a wrong API key holds the sender; the order history; a bulk run from a Carma file; the demo
// session's "Sandbox eSputnik" connection.

#include "../support/seedexamples.h"
#include "sandboxprocess.h"

#include "auth/secretstore.h"
#include "csv/columnmapping.h"
#include "connectors/esputnikevents.h"
#include "events/eventcomposer.h"
#include "events/ordereventsservice.h"
#include "events/outbox.h"
#include "net/apiclient.h"
#include "session/consolesession.h"
#include "session/esputniksettings.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace cdp;
using cdp::test::SandboxProcess;

namespace {

constexpr int kWaitMs = 20000;

QJsonArray eventsSince(const SandboxProcess &sandbox, qint64 since)
{
    return sandbox.esputnikState(u"since=%1"_s.arg(since)).value(u"events"_s).toArray();
}

qint64 lastSeq(const SandboxProcess &sandbox)
{
    return qint64(sandbox.esputnikState(u"since=999999999"_s).value(u"lastSeq"_s).toDouble());
}

QString paramValue(const QJsonObject &event, const QString &name)
{
    for (const QJsonValue &p : event.value(u"params"_s).toArray()) {
        if (p.toObject().value(u"name"_s).toString() == name)
            return p.toObject().value(u"value"_s).toString();
    }
    return {};
}

QJsonObject sandboxOrder(const SandboxProcess &sandbox, const QString &id)
{
    for (const QJsonValue &o : sandbox.esputnikState(u"since=999999999"_s).value(u"orders"_s).toArray()) {
        if (o.toObject().value(u"externalOrderId"_s).toString() == id)
            return o.toObject();
    }
    return {};
}

int eventsWithOrder(const QJsonArray &events, const QString &orderId)
{
    int n = 0;
    for (const QJsonValue &e : events)
        n += paramValue(e.toObject(), u"externalOrderId"_s) == orderId ? 1 : 0;
    return n;
}

EventDraft order(const QString &id, EventType type = EventType::OrderCreated)
{
    EventDraft d = EventDraft::forType(type);
    d.keyValue = u"example@email.com"_s;
    d.setValue(u"email"_s, u"example@email.com"_s);
    d.setValue(u"externalOrderId"_s, id);
    if (type == EventType::OrderCreated) {
        d.setValue(u"externalCustomerId"_s, u"AV13760"_s);
        d.setValue(u"totalCost"_s, u"10.50"_s);
        d.setValue(u"date"_s, u"2024-05-14T10:11:00+02:00"_s);
        EventItem item;
        item.id = u"SKU-1"_s;
        item.quantity = u"3"_s;
        item.price = u"3.50"_s;
        d.items = {item};
    }
    return d;
}

} // namespace

class TestOrderEventsSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void seedExamplesThroughComposer_data();
    void seedExamplesThroughComposer();
    void orderLifecycle();
    void rejectedIsNeverRetried();
    void transitFailuresAreRetriedOnce_data();
    void transitFailuresAreRetriedOnce();
    void droppedAfterSendingNeedsADecision();
    void wrongApiKeyHoldsTheSender();
    void pauseAndResume();
    void bulkFromCarmaFile();
    void bulkFromOlistThroughMapping();
    void demoSessionConnection();

private:
    ConnectionProfile profile() const;

    SandboxProcess m_sandbox;
    QList<QByteArray> m_examples;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    ApiClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    OrderEventsService *m_service = nullptr;
};

void TestOrderEventsSandbox::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({u"--rate-limit"_s, u"100000"_s}, &error), qPrintable(error));
    m_examples = cdp::test::seed003Examples(QStringLiteral(CDP_SEEDS_DIR));
    QCOMPARE(m_examples.size(), 6);
}

ConnectionProfile TestOrderEventsSandbox::profile() const
{
    ConnectionProfile p;
    p.name = u"Sandbox eSputnik"_s;
    p.vendor = Vendor::Esputnik;
    p.baseUrl = m_sandbox.esputnikUrl(QString()).toString();
    EsputnikSettings::setRateLimitPerMinute(p, 100000);
    return p;
}

void TestOrderEventsSandbox::init()
{
    QVERIFY(m_sandbox.setFaults(0, 0, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(u"ws.sqlite"_s)));
    m_client = new ApiClient;
    m_secrets = new SecretStore(u"cdp-console-test"_s);
    m_secrets->forceMemoryBackend();
    m_service = new OrderEventsService(*m_workspace, *m_client, *m_secrets);
    OrderEventsService::SenderSettings settings;
    settings.backoffBaseMs = 150;
    settings.backoffCapMs = 600;
    settings.timeoutMs = 5000;
    m_service->setSenderSettings(settings);
    m_service->setConnection(profile(), QString::fromLatin1(m_sandbox.esputnikApiKey()));
    QVERIFY2(m_service->canSend(), qPrintable(m_service->connectionProblem()));
}

void TestOrderEventsSandbox::cleanup()
{
    delete m_service;
    m_service = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    m_workspace.reset();
    m_dir.reset();
    QVERIFY(m_sandbox.setFaults(0, 0, 0));
}

void TestOrderEventsSandbox::seedExamplesThroughComposer_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("orderCreated") << 0 << false;
    QTest::newRow("orderCreated with products") << 1 << false;
    QTest::newRow("pageViewed") << 2 << false;
    QTest::newRow("productViewed (stray ]})") << 3 << true;
    QTest::newRow("productCategoryViewed") << 4 << false;
    QTest::newRow("cartUpdated") << 5 << false;
}

void TestOrderEventsSandbox::seedExamplesThroughComposer()
{
    QFETCH(int, index);
    QFETCH(bool, blocked);
    std::optional<EventDraft> draft = EventDraft::fromRequestBody(m_examples.at(index), nullptr);
    QVERIFY(draft);
    const qint64 before = lastSeq(m_sandbox);

    QList<EventProblem> problems;
    QString error;
    qint64 id = m_service->enqueue(*draft, &problems, &error);
    if (blocked) {
        // The composer catches the seed's malformed product and nothing is stored or sent.
        QCOMPARE(id, 0);
        QVERIFY(EventDraft::hasErrors(problems));
        QVERIFY(problems.constFirst().message.contains(u"]}"_s));
        QCOMPARE(m_service->counts().total(), 0);
        QTest::qWait(200);
        QCOMPARE(lastSeq(m_sandbox), before);
        // Fixed by the operator (the stray characters removed), it goes through.
        QString product = draft->value(u"product"_s);
        product.chop(2);
        draft->setValue(u"product"_s, product);
        id = m_service->enqueue(*draft, &problems, &error);
    }
    QVERIFY2(id > 0, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(id)->state, OutboxState::Delivered, kWaitMs);
    QCOMPARE(m_service->entry(id)->attempts, 1);
    QCOMPARE(m_service->entry(id)->httpStatus, 200);

    const QJsonArray events = eventsSince(m_sandbox, before);
    QCOMPARE(events.size(), 1);
    const QJsonObject stored = events.first().toObject();
    QCOMPARE(stored.value(u"eventTypeKey"_s).toString(), draft->eventTypeKey);
    QCOMPARE(stored.value(u"keyValue"_s).toString(), draft->keyValue);
    QVERIFY2(stored.value(u"saved"_s).toBool(), qPrintable(stored.value(u"reason"_s).toString()));
    QCOMPARE(stored.value(u"contactId"_s).toInteger(), 100001);   // the seed's contact
    // What arrived is exactly what the outbox stored.
    const QJsonArray sent = QJsonDocument::fromJson(m_service->entry(id)->body).object().value(u"params"_s).toArray();
    QCOMPARE(stored.value(u"params"_s).toArray(), sent);
    if (index <= 1) {
        const QJsonObject o = sandboxOrder(m_sandbox, u"12345679"_s);
        QCOMPARE(o.value(u"status"_s).toString(), u"INITIALIZED"_s);
    }
}

void TestOrderEventsSandbox::orderLifecycle()
{
    const QString id = u"LIFE-1"_s;
    const qint64 created = m_service->enqueue(order(id));
    EventDraft progress = order(id, EventType::OrderUpdated);
    progress.setValue(u"status"_s, u"IN_PROGRESS"_s);
    const qint64 updated = m_service->enqueue(progress);
    const qint64 delivered = m_service->enqueue(order(id, EventType::OrderDelivered));
    QVERIFY(created > 0 && updated > 0 && delivered > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(delivered)->state, OutboxState::Delivered, kWaitMs);
    QCOMPARE(m_service->entry(created)->state, OutboxState::Delivered);

    const QJsonObject o = sandboxOrder(m_sandbox, id);
    QCOMPARE(o.value(u"status"_s).toString(), u"DELIVERED"_s);
    QCOMPARE(o.value(u"history"_s).toArray().size(), 3);
    QCOMPARE(o.value(u"totalCost"_s).toString(), u"10.50"_s);

    OrderHistory h = m_service->orderHistory(id);
    QCOMPARE(h.current, OrderStatus::Delivered);
    QCOMPARE(h.steps.size(), 3);
    QVERIFY(!h.hasIllegal());

    // A cancel after delivery is flagged (and sent: eSputnik refuses no transition).
    const qint64 cancelled = m_service->enqueue(order(id, EventType::OrderCancelled));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(cancelled)->state, OutboxState::Delivered, kWaitMs);
    h = m_service->orderHistory(id);
    QCOMPARE(h.current, OrderStatus::Cancelled);
    QCOMPARE(h.illegalCount(), 1);
    QVERIFY(h.steps.constLast().illegal);
    QCOMPARE(sandboxOrder(m_sandbox, id).value(u"status"_s).toString(), u"CANCELLED"_s);

    const QList<OrderSummary> orders = m_service->orders();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.constFirst().externalOrderId, id);
    QCOMPARE(orders.constFirst().events, 4);
    QCOMPARE(orders.constFirst().illegal, 1);
    QCOMPARE(orders.constFirst().current, OrderStatus::Cancelled);
}

void TestOrderEventsSandbox::rejectedIsNeverRetried()
{
    // A body the composer would refuse, stored directly: the server answers 400 with plain text.
    OutboxStore store(m_workspace->database());
    OutboxEntry bad;
    bad.connectionName = profile().name;
    bad.eventTypeKey = u"orderCreated"_s;
    bad.body = R"({"eventTypeKey":"","keyValue":"example@email.com","params":[]})";
    QVERIFY(store.enqueue(bad));
    const qint64 good = m_service->enqueue(order(u"AFTER-REJECT"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(good)->state, OutboxState::Delivered, kWaitMs);
    const OutboxEntry rejected = *m_service->entry(bad.id);
    QCOMPARE(rejected.state, OutboxState::Rejected);
    QCOMPARE(rejected.httpStatus, 400);
    QVERIFY2(rejected.serverText.contains(u"The event should have the following params"_s), qPrintable(rejected.serverText));
    QCOMPARE(rejected.attempts, 1);
    QTest::qWait(800);   // several back-off periods
    QCOMPARE(m_service->entry(bad.id)->attempts, 1);
    QCOMPARE(m_service->entry(bad.id)->state, OutboxState::Rejected);
    // Only the operator can send it again.
    QVERIFY(m_service->retry(bad.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(bad.id)->attempts, 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(bad.id)->state, OutboxState::Rejected, kWaitMs);
}

void TestOrderEventsSandbox::transitFailuresAreRetriedOnce_data()
{
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<double>("dropRate");
    QTest::addColumn<int>("status");
    QTest::newRow("503") << 1.0 << 0.0 << 503;
}

void TestOrderEventsSandbox::transitFailuresAreRetriedOnce()
{
    QFETCH(double, errorRate);
    QFETCH(double, dropRate);
    QFETCH(int, status);
    const QString id = u"TRANSIT-%1"_s.arg(status);
    const qint64 before = lastSeq(m_sandbox);
    QVERIFY(m_sandbox.setFaults(0, errorRate, dropRate));
    const qint64 entry = m_service->enqueue(order(id));
    QTRY_VERIFY_WITH_TIMEOUT(m_service->entry(entry)->attempts >= 2, kWaitMs);
    const OutboxEntry failed = *m_service->entry(entry);
    QVERIFY(failed.state == OutboxState::FailedWillRetry || failed.state == OutboxState::Sending);
    QCOMPARE(failed.httpStatus, status);
    QVERIFY(!failed.serverText.isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(m_service->statusText().contains(u"will retry"_s) || m_service->statusText().contains(u"Waiting"_s), qPrintable(m_service->statusText()), kWaitMs);
    QVERIFY(m_sandbox.setFaults(0, 0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(entry)->state, OutboxState::Delivered, kWaitMs);
    QCOMPARE(eventsWithOrder(eventsSince(m_sandbox, before), id), 1);
}

void TestOrderEventsSandbox::droppedAfterSendingNeedsADecision()
{
    // The connection closes after the whole event went out: eSputnik may have saved it, and
    // v1/event cannot be asked. Sending it again by itself could duplicate it, so it waits.
    const QString id = u"DROPPED-1"_s;
    const qint64 before = lastSeq(m_sandbox);
    QVERIFY(m_sandbox.setFaults(0, 0, 1.0));
    const qint64 entry = m_service->enqueue(order(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(entry)->state, OutboxState::Unconfirmed, kWaitMs);
    QVERIFY(m_sandbox.setFaults(0, 0, 0));
    const OutboxEntry unconfirmed = *m_service->entry(entry);
    QCOMPARE(unconfirmed.attempts, 1);
    QCOMPARE(unconfirmed.httpStatus, 0);
    QVERIFY2(unconfirmed.serverText.contains(u"may have reached eSputnik"_s), qPrintable(unconfirmed.serverText));
    QTest::qWait(600);   // several back-off periods: nothing is repeated by itself
    QCOMPARE(m_service->entry(entry)->attempts, 1);
    QCOMPARE(m_service->entry(entry)->state, OutboxState::Unconfirmed);
    // The operator checked (the sandbox dropped it before saving) and sends it again.
    QCOMPARE(eventsWithOrder(eventsSince(m_sandbox, before), id), 0);
    QVERIFY(m_service->retry(entry));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(entry)->state, OutboxState::Delivered, kWaitMs);
    QCOMPARE(eventsWithOrder(eventsSince(m_sandbox, before), id), 1);
}

void TestOrderEventsSandbox::wrongApiKeyHoldsTheSender()
{
    m_service->setConnection(profile(), u"not-the-key-at-all"_s);
    const qint64 first = m_service->enqueue(order(u"KEY-1"_s));
    const qint64 second = m_service->enqueue(order(u"KEY-2"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(first)->httpStatus, 401, kWaitMs);
    QCOMPARE(m_service->entry(first)->state, OutboxState::FailedWillRetry);   // not the event's fault
    QTest::qWait(400);
    QCOMPARE(m_service->entry(first)->attempts, 1);     // held, not hammering
    QCOMPARE(m_service->entry(second)->attempts, 0);
    QVERIFY2(m_service->statusText().contains(u"API key"_s), qPrintable(m_service->statusText()));
    m_service->setConnection(profile(), QString::fromLatin1(m_sandbox.esputnikApiKey()));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(second)->state, OutboxState::Delivered, kWaitMs);
    QCOMPARE(m_service->entry(first)->state, OutboxState::Delivered);
    QCOMPARE(m_service->entry(first)->attempts, 2);
}

void TestOrderEventsSandbox::pauseAndResume()
{
    QSignalSpy paused(m_service, &OrderEventsService::pausedChanged);
    m_service->pause();
    QCOMPARE(paused.size(), 1);
    const qint64 id = m_service->enqueue(order(u"PAUSED-1"_s));
    QTest::qWait(300);
    QCOMPARE(m_service->entry(id)->state, OutboxState::Queued);   // stored, not sent
    QVERIFY(m_service->statusText().startsWith(u"Paused"_s));
    QVERIFY(m_service->discard(id));
    const qint64 kept = m_service->enqueue(order(u"PAUSED-2"_s));
    m_service->resume();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->entry(kept)->state, OutboxState::Delivered, kWaitMs);
    QCOMPARE(m_service->entry(id)->state, OutboxState::Discarded);
    QCOMPARE(m_service->entry(id)->attempts, 0);
}

void TestOrderEventsSandbox::bulkFromCarmaFile()
{
    // Newer layout: Originalid;Sku;itemPrice;Transaction Time;No of Items;Total;Currency;Invoice Id;category;Item Name
    const QString path = m_dir->filePath(u"purchases.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("bulk.one@example.com;SKU-1;10.00;2024-03-01 10:00:00;2;20.00;SEK;INV-1;mugs;Mug\n"
               "bulk.one@example.com;SKU-2;5.50;2024-03-01 10:00:00;1;5.50;SEK;INV-1;mugs;Cup\n"
               "46701234567;SKU-3;99.90;2024-03-02 11:30:00;1;;SEK;INV-2;;\n"
               "CUST-77;SKU-4;1,5;2024-03-03 09:00:00;1;;SEK;INV-3;;\n"        // decimal comma: skipped
               "CUST-77;SKU-5;7;2024-03-03 09:00:00;3;21;SEK;INV-4;;\n");
    file.close();

    BulkOrdersOptions options;
    options.purchaseFile = path;
    options.carmaLayout = 1;
    options.timeZone = u"Europe/Stockholm"_s;
    BulkProgress preview;
    QString error;
    const QList<EventDraft> drafts = OrderEventsService::buildOrderDrafts(options, &preview, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(drafts.size(), 3);
    QCOMPARE(preview.rowsSkipped, 1);
    QVERIFY2(!preview.problems.isEmpty() && preview.problems.constFirst().contains(u"line 4"_s), qPrintable(preview.problems.join(u"\n"_s)));
    QCOMPARE(drafts.at(0).value(u"totalCost"_s), u"25.5"_s);
    QCOMPARE(drafts.at(0).value(u"date"_s), u"2024-03-01T11:00:00+01:00"_s);
    QCOMPARE(drafts.at(0).value(u"email"_s), u"bulk.one@example.com"_s);
    QCOMPARE(drafts.at(1).value(u"phone"_s), u"46701234567"_s);
    QCOMPARE(drafts.at(2).value(u"contactKey"_s), u"CUST-77"_s);
    for (const EventDraft &d : drafts) {
        QStringList problems;
        for (const EventProblem &p : d.validate())
            problems.append(p.toDisplayString());
        QVERIFY2(!EventDraft::hasErrors(d.validate()), qPrintable(problems.join(u'\n')));
    }

    QSignalSpy finished(m_service, &OrderEventsService::bulkFinished);
    QVERIFY2(m_service->startBulk(options, &error), qPrintable(error));
    QVERIFY(m_service->isBulkRunning());
    QVERIFY(!m_service->startBulk(options, &error));   // one at a time
    m_service->pauseBulk();
    QVERIFY(m_service->isBulkPaused());
    QVERIFY(m_service->isPaused());
    QTest::qWait(300);
    QVERIFY(m_service->isBulkRunning());
    QCOMPARE(m_service->bulkProgress().enqueued, 0);   // nothing queued while paused
    m_service->resumeBulk();
    QVERIFY(!m_service->isBulkPaused());
    QVERIFY(finished.wait(kWaitMs));
    const BulkProgress done = finished.first().first().value<BulkProgress>();
    QCOMPARE(done.phase, BulkProgress::Phase::Finished);
    QCOMPARE(done.contactsUploaded, 3);
    QCOMPARE(done.enqueued, 3);
    QCOMPARE(done.outbox.delivered, 3);

    // The contacts exist first, so every order event was saved.
    const QJsonObject inv1 = sandboxOrder(m_sandbox, u"INV-1"_s);
    QCOMPARE(inv1.value(u"status"_s).toString(), u"DELIVERED"_s);
    QCOMPARE(inv1.value(u"totalCost"_s).toString(), u"25.5"_s);
    QCOMPARE(sandboxOrder(m_sandbox, u"INV-2"_s).value(u"status"_s).toString(), u"DELIVERED"_s);
    QCOMPARE(sandboxOrder(m_sandbox, u"INV-4"_s).value(u"totalCost"_s).toString(), u"21"_s);
    QVERIFY(sandboxOrder(m_sandbox, u"INV-3"_s).isEmpty());
}

void TestOrderEventsSandbox::bulkFromOlistThroughMapping()
{
    // The real Olist export (order items: order_id, order_item_id, product_id, seller_id,
    // shipping_limit_date, price, freight_value), mapped to Carma's newer layout.
    const QString path = QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/olist_order_items_dataset.csv"_s;
    if (!QFile::exists(path))
        QSKIP("The Olist data set is not available (CDP_SHARED_DATA_DIR).");
    csv::ColumnMapping mapping(csv::CarmaLayout::Newer);
    mapping.mapColumn(0, 0, u"order_id"_s);            // Originalid: Olist has no customer here
    mapping.mapColumn(1, 2, u"product_id"_s);          // Sku
    mapping.mapColumn(2, 5, u"price"_s);               // itemPrice
    mapping.mapColumn(3, 4, u"shipping_limit_date"_s); // Transaction Time
    mapping.setSource(4, csv::FieldSource::CountOne);
    mapping.setSource(5, csv::FieldSource::ComputedTotal);
    mapping.setConstant(6, u"BRL"_s);
    mapping.mapColumn(7, 0, u"order_id"_s);            // Invoice Id: one order per order_id

    BulkOrdersOptions options;
    options.purchaseFile = path;
    options.format = BulkOrdersOptions::Format::MappedCsv;
    options.mappingJson = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    options.maxOrders = 300;
    options.timeZone = u"America/Sao_Paulo"_s;
    QSignalSpy finished(m_service, &OrderEventsService::bulkFinished);
    QString error;
    QVERIFY2(m_service->startBulk(options, &error), qPrintable(error));
    QVERIFY(finished.wait(500000));   // seconds normally; minutes under sanitizers on a busy machine
    const BulkProgress done = finished.first().first().value<BulkProgress>();
    QVERIFY2(done.phase == BulkProgress::Phase::Finished, qPrintable(done.message + u"\n"_s + done.problems.join(u"\n"_s)));
    QCOMPARE(done.orders, 300);
    QCOMPARE(done.contactsUploaded, 300);
    QCOMPARE(done.outbox.delivered, 300);
    QVERIFY(done.rowsRead > 100000);
    // The first Olist order: one item of 58.90, shipped 2017-09-19 09:45:35 (read as UTC).
    const QJsonObject first = sandboxOrder(m_sandbox, u"00010242fe8c5a6d1ba2dd792cb16214"_s);
    QCOMPARE(first.value(u"status"_s).toString(), u"DELIVERED"_s);
    QCOMPARE(first.value(u"totalCost"_s).toString(), u"58.9"_s);
    QCOMPARE(first.value(u"currency"_s).toString(), u"BRL"_s);
    QCOMPARE(first.value(u"date"_s).toString(), u"2017-09-19T06:45:35-03:00"_s);
    qInfo() << "Olist bulk:" << done.rowsRead << "rows read," << done.orders << "orders sent;" << done.message;
}

void TestOrderEventsSandbox::demoSessionConnection()
{
    ConsoleSession session;
    QVERIFY(session.openWorkspace(ConsoleSession::memoryWorkspacePath()));
    // The whole announcement line, as the console's --demo reads it.
    const DemoEndpoint endpoint = DemoEndpoint::fromAnnouncement(m_sandbox.announcement());
    QCOMPARE(endpoint.baseUrl, m_sandbox.baseUrl());
    QCOMPARE(endpoint.apiKey, m_sandbox.apiKey());
    QCOMPARE(endpoint.clientId, m_sandbox.clientId());
    QCOMPARE(endpoint.clientSecret, m_sandbox.clientSecret());
    QVERIFY(!endpoint.sampleUserIds.isEmpty());
    QVERIFY(endpoint.rcdpBaseUrl.isValid());
    QVERIFY(!endpoint.rcdpCustomer(u"big"_s).key.isEmpty());
    QVERIFY(endpoint.carmaBaseUrl.isValid());
    QVERIFY(!endpoint.carmaToken.isEmpty());
    QCOMPARE(endpoint.esputnikBaseUrl, m_sandbox.esputnikUrl(QString()));
    QCOMPARE(endpoint.esputnikContacts.constFirst().email, u"example@email.com"_s);
    QSignalSpy ready(&session, &ConsoleSession::ready);
    session.startDemo(endpoint);
    QVERIFY(ready.wait(kWaitMs));
    OrderEventsService *events = session.orderEvents();
    QVERIFY(events);
    QCOMPARE(events->connectionName(), ConsoleSession::esputnikDemoConnectionName());
    QVERIFY2(events->canSend(), qPrintable(events->connectionProblem()));
    const auto stored = session.connections();
    bool found = false;
    for (const ConnectionProfile &p : stored) {
        if (p.name == ConsoleSession::esputnikDemoConnectionName()) {
            found = true;
            QCOMPARE(p.vendor, Vendor::Esputnik);
            QVERIFY(!p.settings.contains(u"apiKey"_s));   // the key is a secret: not in the workspace
        }
    }
    QVERIFY(found);
    const qint64 id = events->enqueue(order(u"DEMO-1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(events->entry(id)->state, OutboxState::Delivered, kWaitMs);
}

QTEST_GUILESS_MAIN(TestOrderEventsSandbox)
#include "tst_orderevents_sandbox.moc"
