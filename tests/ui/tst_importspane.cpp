// The Imports pane and its model: ImportLedgerModel under QAbstractItemModelTester (reset, live
// upserts of changed and new rows), sorting on raw values, the text and "active only" filters,
// copy/export of the rows, and the pane following the ledger of a real workspace.

#include "uisessionfixture.h"

#include "importspane.h"
#include "tableexport.h"

#include "imports/importservice.h"
#include "models/importledgermodel.h"
#include "store/importledger.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using cdp::ImportLedgerEntry;
using cdp::ImportLedgerModel;
using cdp::ImportState;

namespace {

ImportLedgerEntry makeEntry(qint64 id, const QString &file, ImportState state, qint64 rows, const QString &list)
{
    ImportLedgerEntry entry;
    entry.id = id;
    entry.fileName = file;
    entry.filePath = u"/tmp/"_s + file;
    entry.sha256 = QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha256);
    entry.rows = rows;
    entry.totalValue = QString::number(rows * 2) + u".50"_s;
    entry.connectionName = u"Sandbox Carma"_s;
    entry.baseUrl = u"http://127.0.0.1:1/rest/"_s;
    entry.customerId = u"4711"_s;
    entry.listId = list;
    entry.state = state;
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + id * 60000, Qt::UTC);
    entry.updatedAt = entry.createdAt;
    if (state == ImportState::Polling || state == ImportState::Finished) {
        entry.importId = u"import-%1"_s.arg(id);
        entry.batchId = QString::number(101110 + id);
        entry.batchStatus = state == ImportState::Finished ? u"FINISHED"_s : u"IN_PROGRESS"_s;
        entry.processed = state == ImportState::Finished ? rows : rows / 2;
        entry.affected = entry.processed;
        entry.total = rows;
    }
    if (state == ImportState::Failed)
        entry.errorText = u"HTTP 500 from Carma"_s;
    return entry;
}

} // namespace

class TestImportsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPassesTheTesterThroughResetsAndUpserts();
    void sortsOnRawValuesAndFilters();
    void paneShowsTheWorkspaceLedger();

private:
    cdp::test::UiSessionFixture m_fixture;
};

void TestImportsPane::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
}

void TestImportsPane::modelPassesTheTesterThroughResetsAndUpserts()
{
    ImportLedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    cdp::ImportLedgerFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setEntries({makeEntry(3, u"c.csv"_s, ImportState::Polling, 500, u"42"_s),
                      makeEntry(2, u"b.csv"_s, ImportState::Finished, 20, u"42"_s),
                      makeEntry(1, u"a.csv"_s, ImportState::Failed, 7, u"43"_s)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImportLedgerModel::ColumnCount));
    QCOMPARE(model.index(0, ImportLedgerModel::File).data().toString(), u"c.csv"_s);
    QCOMPARE(model.index(0, ImportLedgerModel::Hash).data().toString().size(), 12);
    QCOMPARE(model.index(0, ImportLedgerModel::Status).data().toString(),
             u"%1 (IN_PROGRESS)"_s.arg(cdp::importStateDisplayName(ImportState::Polling)));
    QCOMPARE(model.index(0, ImportLedgerModel::BatchId).data().toString(), u"101113"_s);
    QVERIFY(model.index(2, 0).data(ImportLedgerModel::IsErrorRole).toBool());
    QVERIFY(!model.index(1, 0).data(ImportLedgerModel::IsErrorRole).toBool());
    QVERIFY(model.index(0, 0).data(ImportLedgerModel::IsActiveRole).toBool());

    // A poll changes a row in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ImportLedgerEntry polled = makeEntry(3, u"c.csv"_s, ImportState::Finished, 500, u"42"_s);
    model.upsert(polled);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ImportLedgerModel::Progress).data().toString(), u"500 / 500"_s);
    QVERIFY(!model.index(0, 0).data(ImportLedgerModel::IsActiveRole).toBool());

    // A new import goes on top.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsert(makeEntry(4, u"d.csv"_s, ImportState::Uploading, 9, u"44"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(4), 0);
    QCOMPARE(model.rowOf(1), 3);
    QCOMPARE(model.rowOf(99), -1);
    model.upsert(ImportLedgerEntry{});   // id 0: ignored
    QCOMPARE(model.rowCount(), 4);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestImportsPane::sortsOnRawValuesAndFilters()
{
    ImportLedgerModel model;
    cdp::ImportLedgerFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setEntries({makeEntry(3, u"c.csv"_s, ImportState::Polling, 500, u"42"_s),
                      makeEntry(2, u"b.csv"_s, ImportState::Finished, 20, u"42"_s),
                      makeEntry(1, u"a.csv"_s, ImportState::Failed, 1000, u"43"_s)});
    // Rows sort as numbers (1000 > 500 > 20), not as text.
    proxy.sort(ImportLedgerModel::Rows, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ImportLedgerModel::File).data().toString(), u"a.csv"_s);
    QCOMPARE(proxy.index(2, ImportLedgerModel::File).data().toString(), u"b.csv"_s);
    proxy.sort(ImportLedgerModel::Created, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ImportLedgerModel::File).data().toString(), u"a.csv"_s);

    proxy.setFilterText(u"list 43"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(u"101112"_s);   // batch id of entry 2
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ImportLedgerModel::File).data().toString(), u"b.csv"_s);
    proxy.setFilterText(QString());
    proxy.setActiveOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ImportLedgerModel::File).data().toString(), u"c.csv"_s);
}

void TestImportsPane::paneShowsTheWorkspaceLedger()
{
    cdp::ImportService *service = m_fixture.session().imports();
    QVERIFY(service);
    cdp::ui::ImportsPane pane(&m_fixture.session());
    pane.resize(1200, 500);
    pane.show();
    QCOMPARE(pane.paneKey(), u"imports"_s);
    QCOMPARE(pane.model()->rowCount(), 0);
    // An empty ledger says what the pane is for and offers a new import instead of a blank table.
    QVERIFY(!pane.tableView()->isVisible());
    QPushButton *emptyNew = nullptr;
    for (QPushButton *b : pane.findChildren<QPushButton *>()) {
        if (b->isVisible() && b->text() == u"New Import…"_s)
            emptyNew = b;
    }
    QVERIFY(emptyNew);
    QSignalSpy requested(&pane, &cdp::ui::ImportsPane::newImportRequested);
    emptyNew->click();
    QCOMPARE(requested.size(), 1);

    for (qint64 i = 1; i <= 3; ++i) {
        ImportLedgerEntry entry = makeEntry(0, u"file%1.csv"_s.arg(i), i == 3 ? ImportState::Finished : ImportState::Failed,
                                            10 * i, u"5"_s);
        entry.state = i == 3 ? ImportState::Finished : ImportState::Failed;
        QString error;
        QVERIFY2(service->ledger().save(entry, &error), qPrintable(error));
    }
    pane.refresh();
    QCOMPARE(pane.model()->rowCount(), 3);
    QVERIFY(pane.findChild<QLabel *>() != nullptr);
    QVERIFY(pane.tableView()->isVisible());
    // Totals are shown exactly, grouped the locale's way; anything else as stored.
    QCOMPARE(ImportLedgerModel::totalValueText(u"13591643.70"_s, QLocale(QLocale::English)), u"13,591,643.70"_s);
    QCOMPARE(ImportLedgerModel::totalValueText(u"13591643.70"_s, QLocale(QLocale::German)), u"13.591.643,70"_s);
    QCOMPARE(ImportLedgerModel::totalValueText(u"90071992547409.93"_s, QLocale(QLocale::English)), u"90,071,992,547,409.93"_s);
    QCOMPARE(ImportLedgerModel::totalValueText(u"n/a"_s, QLocale(QLocale::English)), u"n/a"_s);

    pane.filterEdit()->setText(u"file2"_s);
    QCOMPARE(pane.tableView()->model()->rowCount(), 1);
    pane.filterEdit()->clear();
    QCOMPARE(pane.tableView()->model()->rowCount(), 3);

    // Copy and export take what the view shows.
    pane.tableView()->selectRow(0);
    const QString tsv = cdp::ui::TableExport::selectedRowsAsTsv(pane.tableView());
    QVERIFY(tsv.startsWith(u"File\t"_s));
    const QString csv = cdp::ui::TableExport::allRowsAsCsv(pane.tableView());
    QCOMPARE(csv.trimmed().split(u'\n').size(), 4);

    // Details of an entry, and selecting an entry hidden by a filter clears the filter.
    const qint64 id = pane.model()->entryAt(0).id;
    QWidget *details = pane.showDetails(id);
    QVERIFY(details);
    details->close();
    QVERIFY(!pane.showDetails(987654));
    pane.filterEdit()->setText(u"nothing matches this"_s);
    QCOMPARE(pane.tableView()->model()->rowCount(), 0);
    QVERIFY(pane.selectEntry(id));
    QVERIFY(pane.filterEdit()->text().isEmpty());
    QCOMPARE(pane.tableView()->currentIndex().data(ImportLedgerModel::EntryIdRole).toLongLong(), id);
}

QTEST_MAIN(TestImportsPane)
#include "tst_importspane.moc"
