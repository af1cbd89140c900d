// Drives the Profile Timeline pane offscreen against a real cdp-sandbox process: typing a user id,
// the kind and text filters, sorting, the details of an order, linked ids, 404, cancel, copy.

#include "uisessionfixture.h"

#include "eventdetailsview.h"
#include "kindfilterbar.h"
#include "profilefactspanel.h"
#include "stateview.h"
#include "tableexport.h"
#include "timelinepane.h"

#include "models/profilefactsmodel.h"
#include "models/timelinemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using cdp::ui::TimelinePane;

class TestTimelinePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsEmpty();
    void typingAUserIdAndEnterLoadsTheTimeline();
    void kindFilterReducesRows();
    void textFilterReducesRows();
    void sortsOnRawTime_data();
    void sortsOnRawTime();
    void orderDetailsShowItemsAndMoney();
    void activatingALinkedIdLoadsThatProfile();
    void unknownIdShowsTheNotFoundState();
    void cancelAbortsTheLookup();
    void copiesSelectedRowsAsTsv();

private:
    void lookUpByTyping(const QString &userId);
    int visibleRows() const { return m_pane->tableView()->model()->rowCount(); }

    cdp::test::UiSessionFixture m_fixture;
    std::unique_ptr<TimelinePane> m_pane;
};

void TestTimelinePane::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QVERIFY(m_fixture.startDemo());
    QCOMPARE(m_fixture.session().currentConnectionName(), u"Sandbox"_s);
    QVERIFY(!m_fixture.firstSample().isEmpty());
}

void TestTimelinePane::init()
{
    m_pane = std::make_unique<TimelinePane>(&m_fixture.session());
    m_pane->resize(1200, 760);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestTimelinePane::cleanup()
{
    m_pane.reset();
}

void TestTimelinePane::lookUpByTyping(const QString &userId)
{
    QLineEdit *edit = m_pane->lookupEdit();
    edit->clear();
    QTest::keyClicks(edit, userId);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestTimelinePane::startsEmpty()
{
    QCOMPARE(m_pane->state(), TimelinePane::State::Empty);
}

void TestTimelinePane::typingAUserIdAndEnterLoadsTheTimeline()
{
    QSignalSpy finished(m_pane.get(), &TimelinePane::lookupFinished);
    lookUpByTyping(m_fixture.firstSample());
    QCOMPARE(m_pane->state(), TimelinePane::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(m_pane->currentUserId(), m_fixture.firstSample());
    QVERIFY(visibleRows() > 10);
    QCOMPARE(visibleRows(), int(m_pane->profile().events.size()));
    // The side panel shows the profile's facts, including linked ids for the first sample.
    const cdp::ProfileFactsModel *facts = m_pane->factsPanel()->model();
    QVERIFY(facts->rowCount() > 0);
    QVERIFY(facts->sectionIndex(cdp::ProfileFactsModel::LinkedIds).isValid());
    QVERIFY(m_fixture.session().hasValidToken());
}

void TestTimelinePane::kindFilterReducesRows()
{
    lookUpByTyping(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    const int total = visibleRows();
    const QList<int> counts = m_pane->profile().countsPerKind();
    const int orders = counts.at(int(cdp::ProfileEvent::Kind::Order));
    QVERIFY(orders > 0 && orders < total);

    QToolButton *orderButton = m_pane->kindFilter()->button(cdp::ProfileEvent::Kind::Order);
    QVERIFY(orderButton->isVisible());
    QVERIFY(orderButton->text().contains(QString::number(orders)));
    QTest::mouseClick(orderButton, Qt::LeftButton);
    QCOMPARE(visibleRows(), total - orders);
    for (int row = 0; row < visibleRows(); ++row) {
        const int kind = m_pane->tableView()->model()->index(row, 0).data(cdp::TimelineModel::KindRole).toInt();
        QVERIFY(kind != int(cdp::ProfileEvent::Kind::Order));
    }

    QTest::mouseClick(m_pane->kindFilter()->allButton(), Qt::LeftButton);
    QCOMPARE(visibleRows(), total);
}

void TestTimelinePane::textFilterReducesRows()
{
    lookUpByTyping(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    const int total = visibleRows();
    // Filter on the subject of one order: fewer rows, and every row mentions it.
    QString subject;
    for (const cdp::ProfileEvent &event : m_pane->profile().events) {
        if (event.kind == cdp::ProfileEvent::Kind::Order && !event.subject.isEmpty()) {
            subject = event.subject;
            break;
        }
    }
    QVERIFY(!subject.isEmpty());
    m_pane->focusFilter();
    QVERIFY(m_pane->filterEdit()->hasFocus());
    QTest::keyClicks(m_pane->filterEdit(), subject);
    QVERIFY(visibleRows() >= 1);
    QVERIFY(visibleRows() < total);
    for (int row = 0; row < visibleRows(); ++row) {
        const QString text = m_pane->tableView()->model()->index(row, 0).data(cdp::TimelineModel::SearchTextRole).toString();
        QVERIFY2(text.contains(subject, Qt::CaseInsensitive), qPrintable(text));
    }
    m_pane->filterEdit()->clear();
    QCOMPARE(visibleRows(), total);

    QTest::keyClicks(m_pane->filterEdit(), u"no-event-has-this-text-xyz"_s);
    QCOMPARE(visibleRows(), 0);
}

void TestTimelinePane::sortsOnRawTime_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("newest first") << Qt::DescendingOrder;
    QTest::newRow("oldest first") << Qt::AscendingOrder;
}

void TestTimelinePane::sortsOnRawTime()
{
    QFETCH(Qt::SortOrder, order);
    lookUpByTyping(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    QTableView *table = m_pane->tableView();
    // The default is newest first.
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(cdp::TimelineModel::Time));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    table->sortByColumn(cdp::TimelineModel::Time, order);
    const QAbstractItemModel *model = table->model();
    QVERIFY(model->rowCount() > 2);
    for (int row = 1; row < model->rowCount(); ++row) {
        const qint64 previous = model->index(row - 1, cdp::TimelineModel::Time).data(cdp::TimelineModel::SortRole).toLongLong();
        const qint64 current = model->index(row, cdp::TimelineModel::Time).data(cdp::TimelineModel::SortRole).toLongLong();
        QVERIFY2(order == Qt::AscendingOrder ? previous <= current : previous >= current,
                 qPrintable(u"row %1: %2 then %3"_s.arg(row).arg(previous).arg(current)));
    }
}

void TestTimelinePane::orderDetailsShowItemsAndMoney()
{
    lookUpByTyping(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    QTableView *table = m_pane->tableView();
    int orderRow = -1;
    for (int row = 0; row < table->model()->rowCount() && orderRow < 0; ++row) {
        if (table->model()->index(row, 0).data(cdp::TimelineModel::KindRole).toInt() == int(cdp::ProfileEvent::Kind::Order))
            orderRow = row;
    }
    QVERIFY(orderRow >= 0);
    table->selectRow(orderRow);
    const auto event = table->model()->index(orderRow, 0).data(cdp::TimelineModel::EventRole).value<cdp::ProfileEvent>();
    QTableWidget *items = m_pane->detailsView()->itemsTable();
    QVERIFY(!items->isHidden());
    QCOMPARE(items->rowCount(), int(event.items.size()));
    const cdp::ProfileItem &first = event.items.at(0);
    QCOMPARE(items->item(0, 0)->text(), first.itemId);
    // Unit price and line total come from priceInCents, e.g. 35667 -> "356.67".
    const QString unit = items->item(0, 3)->text();
    QVERIFY2(unit.endsWith(QString::number(first.priceInCents % 100).rightJustified(2, u'0')), qPrintable(unit));
    QVERIFY(m_pane->detailsView()->titleText().contains(event.subject));
}

void TestTimelinePane::activatingALinkedIdLoadsThatProfile()
{
    lookUpByTyping(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    QTreeView *tree = m_pane->factsPanel()->view();
    const cdp::ProfileFactsModel *facts = m_pane->factsPanel()->model();
    const QModelIndex section = facts->sectionIndex(cdp::ProfileFactsModel::LinkedIds);
    QVERIFY(section.isValid());
    QVERIFY(facts->rowCount(section) > 0);
    const QModelIndex linked = facts->index(0, 0, section);
    const QString linkedId = linked.data(cdp::ProfileFactsModel::LinkedIdRole).toString();
    QVERIFY(!linkedId.isEmpty());
    QVERIFY(linkedId != m_fixture.firstSample());

    // Keyboard activation (Enter) of the linked id row, as an operator would.
    tree->setFocus();
    tree->setCurrentIndex(linked);
    QSignalSpy started(m_pane.get(), &TimelinePane::lookupStarted);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), linkedId);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    QCOMPARE(m_pane->currentUserId(), linkedId);
    QCOMPARE(m_pane->lookupEdit()->text(), linkedId);
}

void TestTimelinePane::unknownIdShowsTheNotFoundState()
{
    const QString unknown = u"no-such-shopper-4711"_s;
    lookUpByTyping(unknown);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Error, 15000);
    QCOMPARE(m_pane->lastError().kind, cdp::ApiError::Kind::NotFound);
    QCOMPARE(m_pane->lastError().httpStatus, 404);
    QVERIFY2(m_pane->errorView()->title().contains(unknown), qPrintable(m_pane->errorView()->title()));
    QCOMPARE(m_pane->errorView()->message(), m_pane->lastError().toDisplayString());
    QVERIFY(m_pane->retryButton()->isVisible());

    // Retry asks again (and fails the same way); a known id then recovers.
    QSignalSpy finished(m_pane.get(), &TimelinePane::lookupFinished);
    QTest::mouseClick(m_pane->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(m_pane->state(), TimelinePane::State::Error);
    lookUpByTyping(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
}

void TestTimelinePane::cancelAbortsTheLookup()
{
    lookUpByTyping(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    const int rows = visibleRows();

    // A slow sandbox keeps the next lookup in flight long enough to cancel it.
    QVERIFY(m_fixture.sandbox().setFaults(3000, 0.0, 0.0));
    QSignalSpy finished(m_pane.get(), &TimelinePane::lookupFinished);
    lookUpByTyping(m_fixture.sandbox().sampleUserIds().value(1));
    QCOMPARE(m_pane->state(), TimelinePane::State::Loading);
    QVERIFY(m_pane->cancelButton()->isVisible());
    QTest::mouseClick(m_pane->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    // Back to the profile shown before, untouched.
    QCOMPARE(m_pane->state(), TimelinePane::State::Loaded);
    QCOMPARE(m_pane->currentUserId(), m_fixture.firstSample());
    QCOMPARE(visibleRows(), rows);
    QVERIFY(m_fixture.sandbox().setFaults(0, 0.0, 0.0));
}

void TestTimelinePane::copiesSelectedRowsAsTsv()
{
    lookUpByTyping(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->state(), TimelinePane::State::Loaded, 15000);
    QTableView *table = m_pane->tableView();
    table->clearSelection();
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_pane->copySelection();
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);   // header + two rows
    QVERIFY(lines.at(0).startsWith(table->model()->headerData(0, Qt::Horizontal).toString()));
    // Only the columns the view shows (the session column starts hidden).
    int visibleColumns = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        visibleColumns += table->isColumnHidden(column) ? 0 : 1;
    QVERIFY(visibleColumns < table->model()->columnCount());
    QCOMPARE(lines.at(1).split(u'\t').size(), visibleColumns);
    QCOMPARE(lines.at(1).split(u'\t').at(0), table->model()->index(0, 0).data().toString());
    QCOMPARE(lines.at(2).split(u'\t').at(0), table->model()->index(2, 0).data().toString());

    // CSV export of everything shown, RFC 4180 quoting.
    const QString csv = cdp::ui::TableExport::allRowsAsCsv(table);
    QCOMPARE(csv.count(u"\r\n"_s), table->model()->rowCount() + 1);
    QCOMPARE(cdp::ui::TableExport::csvField(u"a,\"b\""_s), u"\"a,\"\"b\"\"\""_s);
}

QTEST_MAIN(TestTimelinePane)
#include "tst_timelinepane.moc"
