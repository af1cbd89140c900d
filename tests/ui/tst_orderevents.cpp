// The event composer and the Order Events pane (issue 6), offscreen, against the real cdp-sandbox:
// compose and send, validation, the seed's malformed example, retry/discard, the pane's model.

#include "uisessionfixture.h"

#include "eventcomposerdialog.h"
#include "mainwindow.h"
#include "bulksenddialog.h"
#include "ordereventspane.h"
#include "seedexamples.h"
#include "tableexport.h"

#include "csv/carmaschema.h"
#include "csv/columnmapping.h"
#include "csv/mappingprofile.h"
#include "events/ordereventsservice.h"
#include "models/outboxfiltermodel.h"
#include "models/outboxmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QSet>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using cdp::EventDraft;
using cdp::EventItem;
using cdp::EventProblem;
using cdp::EventType;
using cdp::OrderEventsService;
using cdp::OutboxEntry;
using cdp::OutboxState;
using cdp::ui::EventComposerDialog;
using cdp::ui::OrderEventsPane;

class TestOrderEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void composeAndSendOrderCreated();
    void missingRequiredParamBlocksSend();
    void totalDisagreeingWithItemsIsAWarning();
    void seedMalformedExampleInRawMode();
    void seedExamplesInRawModeLoadIntoForm();
    void retryFailedEvent();
    void discardQueuedEventAfterConfirmation();
    void paneModelUnderTester();
    void mainWindowHasEventsPane();
    void bulkSendOlist();
    void bulkPauseAndCancel();
    void everyTypeInTheComposer();

private:
    OrderEventsService *service() { return m_fixture.session().orderEvents(); }
    QJsonArray sandboxEvents(const QString &externalOrderId);
    QJsonObject sandboxOrder(const QString &externalOrderId);
    EventComposerDialog *composeOrder(const QString &orderId, const QString &total, const QString &itemCost);
    OutboxState stateOf(qint64 id);
    void grab(QWidget *widget, const QString &name);

    cdp::test::UiSessionFixture m_fixture;
    cdp::DemoEndpoint m_endpoint;
    std::unique_ptr<OrderEventsPane> m_pane;
};

void TestOrderEvents::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    // Like cdp-console --demo: the sandbox's eSputnik module becomes the "Sandbox eSputnik" connection.
    m_endpoint.baseUrl = m_fixture.sandbox().baseUrl();
    m_endpoint.apiKey = m_fixture.sandbox().apiKey();
    m_endpoint.clientId = m_fixture.sandbox().clientId();
    m_endpoint.clientSecret = m_fixture.sandbox().clientSecret();
    m_endpoint.sampleUserIds = m_fixture.sandbox().sampleUserIds();
    m_endpoint.readEsputnikAnnouncement(m_fixture.sandbox().esputnik(), m_fixture.sandbox().baseUrl());
    QVERIFY(m_endpoint.esputnikBaseUrl.isValid());
    QVERIFY(!m_endpoint.esputnikContacts.isEmpty());
    m_fixture.session().startDemo(m_endpoint);
    QVERIFY(QTest::qWaitFor([this] { return m_fixture.session().isReady(); }, 10000));
    QVERIFY(service());
    QTRY_VERIFY2_WITH_TIMEOUT(service()->canSend(), qPrintable(service()->connectionProblem()), 10000);
    OrderEventsService::SenderSettings settings = service()->senderSettings();
    settings.backoffBaseMs = 200;
    settings.backoffCapMs = 400;
    service()->setSenderSettings(settings);
    m_pane = std::make_unique<OrderEventsPane>(&m_fixture.session());
    m_pane->resize(1280, 720);
}

void TestOrderEvents::cleanup()
{
    if (m_pane && m_pane->composer())
        m_pane->composer()->close();
    QVERIFY(m_fixture.sandbox().setFaults(0, 0.0, 0.0));
    if (service()->isPaused())
        service()->resume();
}

QJsonArray TestOrderEvents::sandboxEvents(const QString &externalOrderId)
{
    QJsonArray matching;
    const QJsonArray events = m_fixture.sandbox().esputnikState().value(u"events"_s).toArray();
    for (const QJsonValue &value : events) {
        for (const QJsonValue &param : value.toObject().value(u"params"_s).toArray()) {
            if (param.toObject().value(u"name"_s).toString() == u"externalOrderId"_s
                && param.toObject().value(u"value"_s).toString() == externalOrderId)
                matching.append(value);
        }
    }
    return matching;
}

QJsonObject TestOrderEvents::sandboxOrder(const QString &externalOrderId)
{
    for (const QJsonValue &value : m_fixture.sandbox().esputnikState().value(u"orders"_s).toArray()) {
        if (value.toObject().value(u"externalOrderId"_s).toString() == externalOrderId)
            return value.toObject();
    }
    return {};
}

OutboxState TestOrderEvents::stateOf(qint64 id)
{
    const std::optional<OutboxEntry> entry = service()->entry(id);
    return entry ? entry->state : OutboxState::Discarded;
}

void TestOrderEvents::grab(QWidget *widget, const QString &name)
{
    // CDP_UI_GRABS_DIR=/some/dir keeps PNGs of what the tests drive, for looking at them.
    const QString dir = qEnvironmentVariable("CDP_UI_GRABS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

// The composer as an operator fills it for an order of the seed's own contact.
EventComposerDialog *TestOrderEvents::composeOrder(const QString &orderId, const QString &total, const QString &itemCost)
{
    EventComposerDialog *composer = m_pane->newEvent(EventType::OrderCreated);
    composer->setAttribute(Qt::WA_DontShowOnScreen);
    composer->setDraft(EventDraft::forType(EventType::OrderCreated));   // a fresh form
    const cdp::DemoEndpoint::EsputnikContact contact = m_endpoint.esputnikContacts.first();
    QTest::keyClicks(qobject_cast<QLineEdit *>(composer->paramEditor(u"phone"_s)), contact.phone);
    auto *orderEdit = qobject_cast<QLineEdit *>(composer->paramEditor(u"externalOrderId"_s));
    orderEdit->clear();
    QTest::keyClicks(orderEdit, orderId);
    composer->setParamText(u"externalCustomerId"_s, u"AV13760"_s);
    composer->setParamText(u"totalCost"_s, total);
    composer->setParamText(u"status"_s, u"INITIALIZED"_s);
    composer->setParamText(u"currency"_s, u"USD"_s);
    composer->itemsTable()->setRowCount(0);
    composer->addItem(EventItem{u"200600"_s, u"Super Device"_s, u"devices"_s, u"1"_s, itemCost, {}, {}, {}, {}});
    return composer;
}

void TestOrderEvents::composeAndSendOrderCreated()
{
    EventComposerDialog *composer = composeOrder(u"UI-ORDER-1"_s, u"990.00"_s, u"990.00"_s);
    const cdp::DemoEndpoint::EsputnikContact contact = m_endpoint.esputnikContacts.first();

    // keyValue followed the phone; the preview is the exact body the outbox will store.
    QCOMPARE(composer->keyValueEdit()->text(), contact.phone);
    const EventDraft draft = composer->draft();
    QCOMPARE(composer->previewEdit()->toPlainText().toUtf8(), draft.toRequestBody());
    QVERIFY(composer->previewEdit()->isReadOnly());
    QVERIFY2(!composer->hasErrors(), qPrintable(composer->problems().value(0).toDisplayString()));
    QVERIFY(composer->previewEdit()->toPlainText().contains(u"\"name\":\"items\""_s));
    // The date carries a time zone by default.
    bool hasZone = false;
    QVERIFY(cdp::EventComposer::parseDate(draft.value(u"date"_s), &hasZone).isValid());
    QVERIFY(hasZone);
    QVERIFY(composer->sendButton()->isEnabled());
    grab(composer, u"composer-orderCreated"_s);

    // A double click queues it once.
    const qsizetype before = service()->entries().size();
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    QTest::mouseDClick(composer->sendButton(), Qt::LeftButton);
    const qint64 id = composer->lastQueuedId();
    QVERIFY(id > 0);
    QCOMPARE(service()->entries().size(), before + 1);
    QVERIFY(!composer->sendButton()->isEnabled());
    QVERIFY(composer->statusLabel()->text().contains(QString::number(id)));
    QCOMPARE(composer->send(), qint64(0));   // still the same draft: refused
    QCOMPARE(service()->entries().size(), before + 1);

    // The pane shows it, selected, and it becomes Delivered.
    const int row = m_pane->model()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_pane->selectedIds(), QList<qint64>{id});
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxState::Delivered, 15000);
    QTRY_COMPARE(m_pane->model()->index(m_pane->model()->rowOf(id), cdp::OutboxModel::State).data().toString(),
                 cdp::outboxStateLabel(OutboxState::Delivered));
    QCOMPARE(m_pane->model()->index(m_pane->model()->rowOf(id), cdp::OutboxModel::HttpStatus).data().toInt(), 200);

    // It arrived once, saved for the seed's contact, and created the order.
    const QJsonArray events = sandboxEvents(u"UI-ORDER-1"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"eventTypeKey"_s).toString(), u"orderCreated"_s);
    QVERIFY(events.first().toObject().value(u"saved"_s).toBool());
    const QJsonObject order = sandboxOrder(u"UI-ORDER-1"_s);
    QCOMPARE(order.value(u"status"_s).toString(), u"INITIALIZED"_s);

    // The side panel shows the order's history and status.
    QCOMPARE(m_pane->shownOrder(), u"UI-ORDER-1"_s);
    QTRY_VERIFY(m_pane->orderStatusLabel()->text().contains(u"INITIALIZED"_s));
    QCOMPARE(m_pane->historyView()->topLevelItemCount(), 1);
    grab(m_pane.get(), u"pane-after-send"_s);

    // A changed draft can be sent again (a second, different event).
    composer->setParamText(u"status"_s, u"IN_PROGRESS"_s);
    QVERIFY(composer->sendButton()->isEnabled());

    // Opening the sent event gives a copy that cannot be sent unchanged.
    const QModelIndex index = m_pane->proxy()->mapFromSource(m_pane->model()->index(m_pane->model()->rowOf(id), 0));
    EventComposerDialog *copy = m_pane->openCopy(index);
    QVERIFY(copy);
    QVERIFY(!copy->isRawMode());
    QList<EventProblem> parseProblems;
    const std::optional<EventDraft> stored = EventDraft::fromRequestBody(service()->entry(id)->body, &parseProblems);
    QVERIFY(stored);
    // The same event, numbers written as eSputnik reads them ("990.00" → 990).
    QCOMPARE(copy->draft().toRequestBody(), stored->toRequestBody());
    QVERIFY(!copy->sendButton()->isEnabled());
    QCOMPARE(copy->send(), qint64(0));
    QCOMPARE(service()->entries().size(), before + 1);
    copy->setParamText(u"status"_s, u"IN_PROGRESS"_s);
    QVERIFY(copy->sendButton()->isEnabled());
}

void TestOrderEvents::missingRequiredParamBlocksSend()
{
    EventComposerDialog *composer = composeOrder(u"UI-ORDER-2"_s, u"10"_s, u"10"_s);
    QVERIFY(composer->sendButton()->isEnabled());
    auto *orderEdit = qobject_cast<QLineEdit *>(composer->paramEditor(u"externalOrderId"_s));
    orderEdit->selectAll();
    QTest::keyClick(orderEdit, Qt::Key_Delete);
    QVERIFY(orderEdit->text().isEmpty());

    QVERIFY(composer->hasErrors());
    QVERIFY(!composer->sendButton()->isEnabled());
    QLabel *inline_ = composer->paramProblemLabel(u"externalOrderId"_s);
    QVERIFY(inline_);
    QVERIFY(!inline_->isHidden());
    QVERIFY(!inline_->text().isEmpty());
    bool listed = false;
    for (int i = 0; i < composer->problemList()->count(); ++i)
        listed = listed || composer->problemList()->item(i)->text().contains(u"externalOrderId"_s);
    QVERIFY(listed);

    const qsizetype before = service()->entries().size();
    QCOMPARE(composer->send(), qint64(0));
    QCOMPARE(service()->entries().size(), before);

    // Typing it back clears the error.
    QTest::keyClicks(orderEdit, u"UI-ORDER-2"_s);
    QVERIFY(!composer->hasErrors());
    QVERIFY(inline_->isHidden());
    QVERIFY(composer->sendButton()->isEnabled());
}

void TestOrderEvents::totalDisagreeingWithItemsIsAWarning()
{
    // The seed's own example: one item costing 990 in an order of 258.0.
    EventComposerDialog *composer = composeOrder(u"UI-ORDER-3"_s, u"258.0"_s, u"990"_s);
    QVERIFY(!composer->hasErrors());
    bool warned = false;
    for (const EventProblem &problem : composer->problems())
        warned = warned || (!problem.isError() && problem.field == u"totalCost"_s);
    QVERIFY(warned);
    QVERIFY(composer->sendButton()->isEnabled());
    QLabel *inline_ = composer->paramProblemLabel(u"totalCost"_s);
    QVERIFY(!inline_->isHidden());
}

void TestOrderEvents::seedMalformedExampleInRawMode()
{
    const QList<QByteArray> examples = cdp::test::seed003Examples(QStringLiteral(CDP_SEEDS_DIR));
    QVERIFY(!examples.isEmpty());
    QByteArray malformed;
    for (const QByteArray &example : examples) {
        if (example.contains("\"productViewed\""))
            malformed = example;
    }
    QVERIFY(malformed.contains("]}\""));

    EventComposerDialog *composer = m_pane->newEvent();
    composer->setAttribute(Qt::WA_DontShowOnScreen);
    composer->setRawMode(true);
    composer->setRawText(QString::fromUtf8(malformed));
    QVERIFY(composer->hasErrors());
    QVERIFY(!composer->sendButton()->isEnabled());
    // A clear message: names the parameter and the stray characters.
    bool clear = false;
    for (const EventProblem &problem : composer->problems()) {
        if (problem.isError() && problem.field == u"product"_s && problem.message.contains(u"]}"_s))
            clear = true;
    }
    QVERIFY2(clear, qPrintable(composer->problems().value(0).toDisplayString()));
    QVERIFY(composer->problemList()->item(0)->text().contains(u"product"_s));
    const qsizetype before = service()->entries().size();
    QCOMPARE(composer->send(), qint64(0));
    QCOMPARE(service()->entries().size(), before);
    grab(composer, u"composer-raw-malformed"_s);

    // Not JSON at all: still a clear error, no crash.
    composer->setRawText(u"{\"eventTypeKey\": \"orderCreated\", \"params\": [ "_s);
    QVERIFY(composer->hasErrors());
    QVERIFY(!composer->problems().first().message.isEmpty());
}

void TestOrderEvents::seedExamplesInRawModeLoadIntoForm()
{
    const QList<QByteArray> examples = cdp::test::seed003Examples(QStringLiteral(CDP_SEEDS_DIR));
    QByteArray created;
    for (const QByteArray &example : examples) {
        if (example.contains("\"orderCreated\"") && example.contains("\"products\""))
            created = example;
    }
    QVERIFY(!created.isEmpty());
    EventComposerDialog *composer = m_pane->newEvent();
    composer->setAttribute(Qt::WA_DontShowOnScreen);
    composer->setRawMode(true);
    composer->setRawText(QString::fromUtf8(created));
    QVERIFY2(!composer->hasErrors(), qPrintable(composer->problems().value(0).toDisplayString()));
    const EventDraft raw = composer->draft();
    QVERIFY(composer->loadRawIntoForm());
    QVERIFY(!composer->isRawMode());
    QCOMPARE(composer->eventType(), EventType::OrderCreated);
    QCOMPARE(composer->itemsTable()->rowCount(), 1);
    QCOMPARE(composer->itemsTable()->item(0, EventComposerDialog::ItemId)->text(), u"200600"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(composer->paramEditor(u"externalOrderId"_s))->text(), u"12345679"_s);
    // The form reproduces the raw body's meaning.
    const EventDraft form = composer->draft();
    QCOMPARE(form.value(u"externalOrderId"_s), raw.value(u"externalOrderId"_s));
    QCOMPARE(form.items, raw.items);
    QCOMPARE(form.productsShape, raw.productsShape);
}

void TestOrderEvents::retryFailedEvent()
{
    OrderEventsService::SenderSettings settings = service()->senderSettings();
    const OrderEventsService::SenderSettings saved = settings;
    settings.maxAutomaticAttempts = 1;   // fail once, then wait for the operator
    service()->setSenderSettings(settings);
    QVERIFY(m_fixture.sandbox().setFaults(0, 1.0, 0.0));   // every API call answers 503

    EventComposerDialog *composer = composeOrder(u"UI-ORDER-RETRY"_s, u"5"_s, u"5"_s);
    const qint64 id = composer->send();
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxState::FailedWillRetry, 15000);
    QCOMPARE(service()->entry(id)->httpStatus, 503);
    QVERIFY(sandboxEvents(u"UI-ORDER-RETRY"_s).isEmpty());
    m_pane->refresh();
    m_pane->setStateFilter(OrderEventsPane::StateFilter::NeedsAttention);
    QVERIFY(m_pane->selectEntry(id));
    QTRY_VERIFY(m_pane->retryButton()->isEnabled());
    QVERIFY(!m_pane->confirmButton()->isEnabled());
    grab(m_pane.get(), u"pane-failed"_s);

    QVERIFY(m_fixture.sandbox().setFaults(0, 0.0, 0.0));
    QTest::mouseClick(m_pane->retryButton(), Qt::LeftButton);   // failed in transit: no question asked
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxState::Delivered, 15000);
    QCOMPARE(sandboxEvents(u"UI-ORDER-RETRY"_s).size(), 1);
    // Delivered leaves the "needs attention" filter.
    QTRY_VERIFY(m_pane->model()->rowOf(id) >= 0
                && !m_pane->proxy()->mapFromSource(m_pane->model()->index(m_pane->model()->rowOf(id), 0)).isValid());
    m_pane->setStateFilter(OrderEventsPane::StateFilter::All);
    service()->setSenderSettings(saved);
}

void TestOrderEvents::discardQueuedEventAfterConfirmation()
{
    service()->pause();
    QTRY_VERIFY(m_pane->pauseButton()->text().remove(u'&').contains(u"Resume"_s));
    EventComposerDialog *composer = composeOrder(u"UI-ORDER-DISCARD"_s, u"7"_s, u"7"_s);
    const qint64 id = composer->send();
    QVERIFY(id > 0);
    QCOMPARE(stateOf(id), OutboxState::Queued);
    QVERIFY(m_pane->selectEntry(id));
    QVERIFY(m_pane->discardButton()->isEnabled());

    // Cancel in the confirmation keeps it.
    m_pane->discardSelected();
    auto *box = m_pane->findChild<QMessageBox *>(u"discardConfirmation"_s);
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(stateOf(id), OutboxState::Queued);

    // Confirming discards it: it stays listed as discarded and is never sent.
    QTRY_VERIFY(!m_pane->findChild<QMessageBox *>(u"discardConfirmation"_s));
    m_pane->discardSelected();
    box = m_pane->findChild<QMessageBox *>(u"discardConfirmation"_s);
    QVERIFY(box);
    QPushButton *discard = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            discard = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(discard);
    discard->click();
    QCOMPARE(stateOf(id), OutboxState::Discarded);
    QTRY_COMPARE(m_pane->model()->index(m_pane->model()->rowOf(id), cdp::OutboxModel::State).data().toString(),
                 cdp::outboxStateLabel(OutboxState::Discarded));
    QVERIFY(!m_pane->discardButton()->isEnabled());

    m_pane->togglePaused();
    QVERIFY(!service()->isPaused());
    QTest::qWait(300);
    QVERIFY(sandboxEvents(u"UI-ORDER-DISCARD"_s).isEmpty());
    QCOMPARE(stateOf(id), OutboxState::Discarded);
}

void TestOrderEvents::paneModelUnderTester()
{
    cdp::OutboxModel model;
    cdp::OutboxFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    if (service()->entries().size() < 3)   // run on its own: give the model something to show
        QCOMPARE(service()->enqueueMany(OrderEventsPane::sampleDrafts(m_endpoint), QString()).size(),
                 OrderEventsPane::sampleDrafts(m_endpoint).size());
    const QList<OutboxEntry> all = service()->entries();
    QVERIFY(all.size() >= 3);
    model.setEntries(all);
    QCOMPARE(model.rowCount(), int(all.size()));
    // Newest first, whatever the order handed in.
    QList<OutboxEntry> reversed(all.crbegin(), all.crend());
    model.setEntries(reversed);
    QVERIFY(model.entryAt(0).id > model.entryAt(1).id);

    // Upserts: update in place, insert in id order.
    OutboxEntry changed = all.last();
    changed.state = OutboxState::Rejected;
    changed.httpStatus = 400;
    changed.serverText = u"The event should have the following params: [x]"_s;
    model.upsert(changed);
    QCOMPARE(model.rowCount(), int(all.size()));
    QVERIFY(model.index(model.rowOf(changed.id), 0).data(cdp::OutboxModel::IsErrorRole).toBool());
    QCOMPARE(model.index(model.rowOf(changed.id), cdp::OutboxModel::HttpStatus).data().toInt(), 400);
    OutboxEntry fresh = all.first();
    fresh.id = all.first().id + 1000;
    model.upsert(fresh);
    QCOMPARE(model.rowOf(fresh.id), 0);
    QCOMPARE(model.rowCount(), int(all.size()) + 1);
    OutboxEntry between = all.first();
    between.id = all.first().id + 500;
    model.upsert(between);
    QCOMPARE(model.rowOf(between.id), 1);
    QCOMPARE(model.rowOf(all.first().id), 2);

    // Filters.
    proxy.setStates({OutboxState::Rejected});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(cdp::OutboxModel::EntryIdRole).toLongLong(), changed.id);
    proxy.setStates({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
    proxy.setEventType(u"orderCreated"_s);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, cdp::OutboxModel::Type).data().toString(), u"orderCreated"_s);
    proxy.setEventType({});
    const auto withOrder = std::find_if(all.cbegin(), all.cend(), [](const OutboxEntry &e) { return !e.externalOrderId.isEmpty(); });
    QVERIFY(withOrder != all.cend());
    proxy.setFilterText(withOrder->externalOrderId);
    QVERIFY(proxy.rowCount() >= 1);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, cdp::OutboxModel::Order).data().toString().contains(withOrder->externalOrderId));
    proxy.setFilterText({});
    proxy.sort(cdp::OutboxModel::Attempts, Qt::DescendingOrder);
    proxy.sort(cdp::OutboxModel::State, Qt::AscendingOrder);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);

    // And the pane's own model while it follows the service.
    QAbstractItemModelTester paneTester(m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester paneProxyTester(m_pane->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->setTypeFilter(u"pageViewed"_s);
    QList<EventDraft> drafts = OrderEventsPane::sampleDrafts(m_endpoint);
    const QList<qint64> ids = service()->enqueueMany(drafts, QString());
    QCOMPARE(ids.size(), drafts.size());
    QTRY_VERIFY_WITH_TIMEOUT(service()->counts().queued == 0 && service()->counts().sending == 0, 20000);
    QTRY_COMPARE(m_pane->model()->rowCount(), int(service()->entries().size()));
    cdp::OutboxFilter pageViewed;
    pageViewed.eventTypeKey = u"pageViewed"_s;
    const int pages = int(service()->entries(pageViewed).size());
    QVERIFY(pages >= 1);
    QCOMPARE(m_pane->proxy()->rowCount(), pages);
    // Export and copy work on what the view shows (the filtered rows).
    const QString csv = cdp::ui::TableExport::allRowsAsCsv(m_pane->tableView());
    QCOMPARE(csv.count(u"\r\n"_s), pages + 1);   // header + the pageViewed events
    QVERIFY(csv.startsWith(u"Queued at,Event,Order id"_s));
    QVERIFY(csv.contains(u"pageViewed"_s));
    m_pane->tableView()->selectAll();
    QCOMPARE(cdp::ui::TableExport::selectedRowsAsTsv(m_pane->tableView()).count(u'\n'), pages + 1);
    m_pane->setTypeFilter({});
    m_pane->refresh();
    QVERIFY(m_pane->countLabel()->text().startsWith(QString::number(m_pane->model()->rowCount())));

    // The sample set has an order with an illegal move (out of CANCELLED): flagged in the panel.
    m_pane->showOrder(u"ORD-1002"_s);
    QVERIFY(m_pane->orderStatusLabel()->text().contains(u"IN_PROGRESS"_s));
    bool flagged = false;
    for (int i = 0; i < m_pane->historyView()->topLevelItemCount(); ++i)
        flagged = flagged || m_pane->historyView()->topLevelItem(i)->childCount() > 0;
    QVERIFY(flagged);
}

void TestOrderEvents::mainWindowHasEventsPane()
{
    QVERIFY(cdp::ui::MainWindow::paneKeys().contains(u"events"_s));
    cdp::ui::MainWindow window(&m_fixture.session());
    QVERIFY(window.showPane(u"events"_s));
    QCOMPARE(window.currentPaneKey(), u"events"_s);
    QVERIFY(window.orderEventsPane());
    QCOMPARE(window.orderEventsPane()->title(), u"Order Events"_s);
}

void TestOrderEvents::bulkSendOlist()
{
    // The Olist order items through a saved mapping profile (order_id as the contact and the
    // order, shipping_limit_date as the time), the first 50 orders sent.
    const QString source = QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/olist_order_items_dataset.csv"_s;
    if (!QFile::exists(source))
        QSKIP("The Olist data is not available (CDP_SHARED_DATA_DIR)");
    cdp::csv::ColumnMapping mapping;
    mapping.mapColumn(cdp::csv::CarmaSchema::OriginalIdColumn, 0, u"order_id"_s);
    mapping.mapColumn(cdp::csv::CarmaSchema::SkuColumn, 2, u"product_id"_s);
    mapping.mapColumn(cdp::csv::CarmaSchema::ItemPriceColumn, 5, u"price"_s);
    mapping.mapColumn(cdp::csv::CarmaSchema::TransactionTimeColumn, 4, u"shipping_limit_date"_s);
    mapping.setSource(cdp::csv::CarmaSchema::NoOfItemsColumn, cdp::csv::FieldSource::CountOne);
    mapping.setSource(cdp::csv::CarmaSchema::TotalPriceColumn, cdp::csv::FieldSource::ComputedTotal);
    QString error;
    QVERIFY2(cdp::csv::MappingProfileStore().save(u"olist-items"_s, mapping, &error), qPrintable(error));

    const qint64 before = qint64(m_fixture.sandbox().esputnikState().value(u"lastSeq"_s).toDouble());
    cdp::ui::BulkSendDialog *dialog = m_pane->openBulkSend();
    QVERIFY(dialog);
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    cdp::BulkOrdersOptions options;
    options.purchaseFile = source;
    options.format = cdp::BulkOrdersOptions::Format::MappedCsv;
    options.mappingProfile = u"olist-items"_s;
    options.currency = u"BRL"_s;
    options.timeZone = u"America/Sao_Paulo"_s;
    options.maxOrders = 50;
    dialog->setOptions(options);
    QVERIFY(!dialog->startButton()->isEnabled());   // not before the file was read

    QElapsedTimer timer;
    timer.start();
    QSignalSpy analysed(dialog, &cdp::ui::BulkSendDialog::analysed);
    dialog->analyse();
    QVERIFY(analysed.wait(300000));   // minutes under the sanitizers
    qInfo("Olist order items read and grouped in %lld ms", timer.elapsed());
    QVERIFY2(analysed.first().first().toBool(), qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->isAnalysed());
    QCOMPARE(dialog->summary().orders, qint64(50));
    QVERIFY(dialog->summaryItems() >= 50);
    QVERIFY(dialog->summary().contacts >= 1);
    QVERIFY(dialog->summaryLabel()->text().contains(u"50 orders"_s));
    QVERIFY(dialog->startButton()->isEnabled());
    grab(dialog, u"bulk-summary"_s);

    QVERIFY(dialog->start());
    QVERIFY(!dialog->startButton()->isEnabled());   // one run per read
    QVERIFY(dialog->pauseButton()->isEnabled());
    QVERIFY(dialog->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!service()->isBulkRunning(), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(service()->counts().queued == 0 && service()->counts().sending == 0, 60000);
    const cdp::BulkProgress done = service()->bulkProgress();
    QCOMPARE(done.phase, cdp::BulkProgress::Phase::Finished);
    QCOMPARE(done.enqueued, qint64(50));
    QVERIFY(!dialog->pauseButton()->isEnabled());
    grab(dialog, u"bulk-finished"_s);

    // 50 orderCreated events reached the sandbox, each once, saved for their uploaded contacts.
    const QJsonArray events = m_fixture.sandbox().esputnikState(u"since=%1"_s.arg(before)).value(u"events"_s).toArray();
    QSet<QString> orderIds;
    int saved = 0;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        QCOMPARE(event.value(u"eventTypeKey"_s).toString(), u"orderCreated"_s);
        saved += event.value(u"saved"_s).toBool() ? 1 : 0;
        for (const QJsonValue &param : event.value(u"params"_s).toArray()) {
            if (param.toObject().value(u"name"_s).toString() == u"externalOrderId"_s)
                orderIds.insert(param.toObject().value(u"value"_s).toString());
        }
    }
    QCOMPARE(events.size(), 50);
    QCOMPARE(orderIds.size(), 50);
    QCOMPARE(saved, 50);
    // And the pane lists them.
    m_pane->setTypeFilter({});
    m_pane->setStateFilter(OrderEventsPane::StateFilter::All);
    QTRY_COMPARE(m_pane->model()->rowCount(), int(service()->entries().size()));
    dialog->close();
}

void TestOrderEvents::bulkPauseAndCancel()
{
    const QString source = QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/olist_order_items_dataset.csv"_s;
    if (!QFile::exists(source))
        QSKIP("The Olist data is not available (CDP_SHARED_DATA_DIR)");
    const qint64 before = qint64(m_fixture.sandbox().esputnikState().value(u"lastSeq"_s).toDouble());
    cdp::ui::BulkSendDialog *dialog = m_pane->openBulkSend();   // the profile saved by bulkSendOlist
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    cdp::BulkOrdersOptions options;
    options.purchaseFile = source;
    options.format = cdp::BulkOrdersOptions::Format::MappedCsv;
    options.mappingProfile = u"olist-items"_s;
    options.currency = u"BRL"_s;
    options.maxOrders = 3000;
    dialog->setOptions(options);
    QSignalSpy analysed(dialog, &cdp::ui::BulkSendDialog::analysed);
    dialog->analyse();
    QVERIFY(analysed.wait(300000));   // minutes under the sanitizers
    QVERIFY(dialog->isAnalysed());
    QCOMPARE(dialog->summary().orders, qint64(3000));

    QVERIFY(dialog->start());
    dialog->togglePause();
    QVERIFY(dialog->isPaused());
    QVERIFY(service()->isPaused());   // the run's sender stops too
    QVERIFY(dialog->pauseButton()->text().remove(u'&').contains(u"Resume"_s));
    QVERIFY(dialog->progressLabel()->text().contains(cdp::bulkPhaseLabel(cdp::BulkProgress::Phase::Paused)));
    // While paused nothing more is sent.
    const qint64 atPause = qint64(m_fixture.sandbox().esputnikState().value(u"lastSeq"_s).toDouble());
    QTest::qWait(300);
    QVERIFY(qint64(m_fixture.sandbox().esputnikState().value(u"lastSeq"_s).toDouble()) <= atPause + 1);

    // Closing the dialog keeps the run; a dialog opened again shows it paused and offers Resume.
    QPointer<cdp::ui::BulkSendDialog> closing(dialog);
    dialog->close();   // deletes itself (WA_DeleteOnClose)
    QTRY_VERIFY(closing.isNull());
    QVERIFY(service()->isBulkRunning());
    dialog = m_pane->openBulkSend();
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    QVERIFY(dialog->isPaused());
    QVERIFY(dialog->pauseButton()->isEnabled());
    QVERIFY(dialog->pauseButton()->text().remove(u'&').contains(u"Resume"_s));
    QCOMPARE(dialog->options().purchaseFile, source);
    grab(dialog, u"bulk-reopened-paused"_s);

    // Cancel asks first; "Keep Sending" keeps the run.
    dialog->cancelRun();
    auto *box = dialog->findChild<QMessageBox *>(u"cancelConfirmation"_s);
    QVERIFY(box);
    QAbstractButton *keep = nullptr;
    QAbstractButton *cancelRun = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::RejectRole)
            keep = button;
        else if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            cancelRun = button;
    }
    QVERIFY(keep && cancelRun);
    keep->click();
    QVERIFY(service()->isBulkRunning());
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(u"cancelConfirmation"_s));
    dialog->cancelRun();
    box = dialog->findChild<QMessageBox *>(u"cancelConfirmation"_s);
    QVERIFY(box);
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!service()->isBulkRunning(), 30000);
    const cdp::BulkProgress end = service()->bulkProgress();
    QCOMPARE(end.phase, cdp::BulkProgress::Phase::Cancelled);
    QVERIFY(!dialog->pauseButton()->isEnabled());
    QVERIFY(!dialog->startButton()->isEnabled());   // a new run needs a new read
    grab(dialog, u"bulk-cancelled"_s);
    if (service()->isPaused())
        service()->resume();
    QTRY_VERIFY_WITH_TIMEOUT(service()->counts().queued == 0 && service()->counts().sending == 0, 30000);
    // Nothing of the cancelled run is left queued, and far fewer than 3000 events went out.
    cdp::OutboxFilter filter;
    filter.batchId = end.batchId;
    filter.states = {OutboxState::Queued};
    QVERIFY(service()->entries(filter).isEmpty());
    const qint64 after = qint64(m_fixture.sandbox().esputnikState().value(u"lastSeq"_s).toDouble());
    QVERIFY2(after - before < 3000, qPrintable(QString::number(after - before)));
    dialog->close();
}

void TestOrderEvents::everyTypeInTheComposer()
{
    // Every event type in the composer: the sample of that type fills the form without errors and
    // the form sends what the sample says (grabs kept with CDP_UI_GRABS_DIR, for looking at).
    const QList<EventDraft> samples = OrderEventsPane::sampleDrafts(m_endpoint);
    for (const cdp::EventTypeSpec &spec : cdp::EventComposer::catalogue()) {
        EventComposerDialog *composer = m_pane->newEvent(spec.type);
        composer->setAttribute(Qt::WA_DontShowOnScreen);
        const auto sample = std::find_if(samples.cbegin(), samples.cend(),
                                         [&spec](const EventDraft &draft) { return draft.type() == spec.type; });
        QVERIFY2(sample != samples.cend(), qPrintable(spec.key));
        composer->setDraft(*sample);
        QCOMPARE(composer->eventType(), spec.type);
        QVERIFY2(!composer->hasErrors(), qPrintable(spec.key + u": "_s + composer->problems().value(0).toDisplayString()));
        const EventDraft form = composer->draft();
        QCOMPARE(form.keyValue, sample->keyValue);
        for (const cdp::EventParam &param : sample->params)
            QCOMPARE(form.value(param.name), param.value);
        QCOMPARE(form.items, sample->items);
        QCOMPARE(composer->previewEdit()->toPlainText().toUtf8(), form.toRequestBody());
        grab(composer, u"composer-"_s + spec.key);
    }
    grab(m_pane.get(), u"pane"_s);
}

QTEST_MAIN(TestOrderEvents)
#include "tst_orderevents.moc"
