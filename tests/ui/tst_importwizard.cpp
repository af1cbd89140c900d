// Drives the "Import purchase history" wizard offscreen against a real cdp-sandbox process (its
// Carma module): the Olist export from file to a FINISHED batch, a file with errors (error table,
// line numbers, rule counts, the line view, rejected rows), the day/month question for an
// ambiguous date column (and a saved profile keeping the answer), and the import ledger blocking a
// second import of the same content until the override is given.
//
// CDP_SHARED_DATA_DIR points at the real exports (default: ../shared/data beside the source tree; the Olist test is
// skipped without them). With CDP_SCREENSHOT_DIR set, every page is saved there as a PNG.

#include "uisessionfixture.h"

#include "importspane.h"
#include "importwizard.h"
#include "importwizardpages.h"
#include "mainwindow.h"

#include "imports/importservice.h"
#include "models/importledgermodel.h"
#include "models/importproblemmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QAction>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using cdp::ui::ImportWizard;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void olistExportGoesAllTheWayToFinished();
    void theSameContentIsBlockedUntilOverridden();
    void errorsAreListedWithLinesAndRuleCounts();
    void ambiguousDatesAreAskedAndProfilesKeepTheAnswer();
    void dropOpensThePreview();
    void mainWindowOpensTheWizardFromCtrlIAndDrops();
    void aCarmaFileMapsPositionally();

private:
    std::unique_ptr<ImportWizard> newWizard();
    QString olistItems() const;
    QString writeFile(const QString &name, const QByteArray &content);
    bool waitForPage(int id, int timeoutMs = 20000);
    bool mapAndValidate();
    void grabPage(const QString &name);

    cdp::test::UiSessionFixture m_fixture;
    std::unique_ptr<ImportWizard> m_wizard;
    QString m_dataDir;
    QString m_shotDir;
};

void TestImportWizard::initTestCase()
{
    QString error;
    // A quick Carma: a batch leaves PENDING after 150 ms and imports 200,000 rows a second.
    QVERIFY2(m_fixture.start(&error, {u"--carma-pending-ms"_s, u"150"_s, u"--carma-rows-per-second"_s, u"200000"_s}),
             qPrintable(error));
    cdp::DemoEndpoint endpoint;
    endpoint.baseUrl = m_fixture.sandbox().baseUrl();
    endpoint.apiKey = m_fixture.sandbox().apiKey();
    endpoint.clientId = m_fixture.sandbox().clientId();
    endpoint.clientSecret = m_fixture.sandbox().clientSecret();
    endpoint.sampleUserIds = m_fixture.sandbox().sampleUserIds();
    endpoint.readCarmaAnnouncement(m_fixture.sandbox().carma(), m_fixture.sandbox().baseUrl());
    QVERIFY(endpoint.carmaBaseUrl.isValid());
    m_fixture.session().startDemo(endpoint);
    QVERIFY(QTest::qWaitFor([this] { return m_fixture.session().isReady(); }, 10000));
    QVERIFY(m_fixture.session().imports());
    QVERIFY(!m_fixture.session().imports()->carmaConnections().isEmpty());
    // Tests only: poll the sandbox every 200 ms instead of the operators' floor of 10 s.
    m_fixture.session().imports()->setPollFloorForTesting(std::chrono::milliseconds(200));

    m_dataDir = qEnvironmentVariable("CDP_SHARED_DATA_DIR", QStringLiteral(CDP_SHARED_DATA_DIR));
    m_shotDir = qEnvironmentVariable("CDP_SCREENSHOT_DIR");
    if (!m_shotDir.isEmpty())
        QDir().mkpath(m_shotDir);
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
}

void TestImportWizard::cleanupTestCase()
{
    // Wizards that uploaded keep their converted files (for the ledger): remove the test's copies.
    const QString imports = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/imports"_s;
    if (QStandardPaths::isTestModeEnabled())
        QDir(imports).removeRecursively();
}

std::unique_ptr<ImportWizard> TestImportWizard::newWizard()
{
    auto wizard = std::make_unique<ImportWizard>(&m_fixture.session());
    wizard->setProfileDirectory(m_fixture.directory() + u"/profiles"_s);
    wizard->resize(1120, 780);
    wizard->show();
    return wizard;
}

QString TestImportWizard::olistItems() const
{
    return m_dataDir + u"/olist/olist_order_items_dataset.csv"_s;
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_fixture.directory() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

bool TestImportWizard::waitForPage(int id, int timeoutMs)
{
    return QTest::qWaitFor([this, id] { return m_wizard->currentId() == id; }, timeoutMs);
}

void TestImportWizard::grabPage(const QString &name)
{
    if (m_shotDir.isEmpty())
        return;
    QCoreApplication::processEvents();
    m_wizard->grab().save(m_shotDir + u'/' + name + u".png"_s, "PNG");
}

// From the mapping page: waits for the analysis, then Next to the validation and waits for it.
bool TestImportWizard::mapAndValidate()
{
    if (!QTest::qWaitFor([this] { return !m_wizard->mappingPage()->isAnalysing(); }, 30000))
        return false;
    if (!m_wizard->mappingPage()->isComplete())
        return false;
    m_wizard->next();
    if (m_wizard->currentId() != ImportWizard::ValidatePageId)
        return false;
    return QTest::qWaitFor([this] { return !m_wizard->validatePage()->isRunning() && m_wizard->state().conversion; },
                           60000);
}

void TestImportWizard::olistExportGoesAllTheWayToFinished()
{
    if (!QFile::exists(olistItems()))
        QSKIP("the Olist export is not available (CDP_SHARED_DATA_DIR)");
    m_wizard = newWizard();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::FilePageId));
    QVERIFY(!m_wizard->filePage()->isComplete());
    m_wizard->filePage()->setPath(olistItems());
    QVERIFY(m_wizard->filePage()->isComplete());
    grabPage(u"1-file"_s);
    m_wizard->next();

    // Preview: comma, UTF-8, a header, 7 columns.
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPageId));
    QCOMPARE(m_wizard->state().dialect.delimiter, ',');
    QVERIFY(m_wizard->state().dialect.hasHeader);
    QVERIFY(m_wizard->previewPage()->headerBox()->isChecked());
    QCOMPARE(m_wizard->previewPage()->previewColumnCount(), 7);
    QCOMPARE(m_wizard->previewPage()->tableView()->model()->rowCount(), cdp::ui::ImportPreviewPage::PreviewRows);
    QCOMPARE(m_wizard->previewPage()->tableView()->model()->headerData(5, Qt::Horizontal).toString(), u"price"_s);
    // Live: the semicolon turns the file into one column; back to comma.
    m_wizard->previewPage()->delimiterCombo()->setCurrentIndex(m_wizard->previewPage()->delimiterCombo()->findData(int(';')));
    QCOMPARE(m_wizard->previewPage()->previewColumnCount(), 1);
    m_wizard->previewPage()->delimiterCombo()->setCurrentIndex(m_wizard->previewPage()->delimiterCombo()->findData(int(',')));
    QCOMPARE(m_wizard->previewPage()->previewColumnCount(), 7);
    grabPage(u"2-preview"_s);
    m_wizard->next();

    // Mapping: suggestions from the header names (order_id stands in for the contact id).
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(QTest::qWaitFor([this] { return !m_wizard->mappingPage()->isAnalysing(); }, 30000));
    const cdp::csv::ColumnMapping &mapping = m_wizard->state().mapping;
    QCOMPARE(mapping.field(0).source, cdp::csv::FieldSource::Column);
    QCOMPARE(mapping.field(0).sourceHeader, u"order_id"_s);
    QCOMPARE(mapping.field(2).sourceHeader, u"price"_s);
    QCOMPARE(mapping.field(4).source, cdp::csv::FieldSource::CountOne);
    QCOMPARE(mapping.field(5).source, cdp::csv::FieldSource::ComputedTotal);
    QVERIFY(m_wizard->mappingPage()->questionsBox()->isHidden());
    QVERIFY2(m_wizard->mappingPage()->isComplete(), qPrintable(m_wizard->mappingPage()->issuesLabel()->text()));
    QCOMPARE(m_wizard->mappingPage()->sourceCombo(2)->currentText(), u"price"_s);
    grabPage(u"3-mapping"_s);

    // Validation: every row converts.
    QVERIFY(mapAndValidate());
    const cdp::csv::ConversionResult &conversion = *m_wizard->state().conversion;
    QVERIFY2(conversion.isSuccess(), qPrintable(conversion.errorString));
    QCOMPARE(conversion.rowsRead, 112650);
    QCOMPARE(conversion.rowsWritten, 112650);
    QCOMPARE(conversion.rowsRejected, 0);
    QCOMPARE(m_wizard->validatePage()->problemModel()->rowCount(), 0);
    QVERIFY(m_wizard->validatePage()->leaveOutBox()->isHidden());
    QVERIFY(m_wizard->validatePage()->isComplete());
    grabPage(u"4-validate"_s);
    m_wizard->next();

    // Target: the sandbox's Carma connection, its customer id shown, list 4242.
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::TargetPageId));
    QVERIFY(m_wizard->targetPage()->connectionCombo()->count() > 0);
    m_wizard->targetPage()->listEdit()->setText(u"4242"_s);
    QVERIFY(m_wizard->targetPage()->isComplete());
    QCOMPARE(m_wizard->targetPage()->pollSpin()->minimum(), 10);
    QCOMPARE(m_wizard->targetPage()->pollSpin()->value(), 30);
    grabPage(u"5-target"_s);
    m_wizard->next();

    // Confirm: a first import of this content.
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ConfirmPageId));
    QVERIFY(!m_wizard->confirmPage()->isDuplicate());
    QVERIFY(m_wizard->confirmPage()->isComplete());
    QVERIFY(m_wizard->confirmPage()->verdictLabel()->text().contains(u"no earlier import"_s));
    grabPage(u"6-confirm"_s);

    // The Imports pane follows the job live, without a refresh.
    cdp::ui::ImportsPane pane(&m_fixture.session());
    pane.resize(1400, 400);
    pane.show();
    const int rowsBefore = pane.model()->rowCount();

    // Upload: Next twice in a row (a double click) starts exactly one upload; Back is gone.
    m_wizard->next();
    m_wizard->next();
    QVERIFY(m_wizard->currentId() == ImportWizard::UploadPageId || m_wizard->currentId() == ImportWizard::PollPageId);
    QCOMPARE(m_wizard->uploadPage()->startCount(), 1);
    QVERIFY(m_wizard->state().uploadStarted);
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
    grabPage(u"7-upload"_s);
    // Even a programmatic back() comes straight forward again without a second upload.
    m_wizard->back();
    QVERIFY(QTest::qWaitFor([this] { return m_wizard->currentId() >= ImportWizard::UploadPageId; }, 5000));

    // Poll: reached by itself once the data is with Carma; FINISHED with every row.
    QVERIFY(waitForPage(ImportWizard::PollPageId, 60000));
    QCOMPARE(m_wizard->pollPage()->intervalSpin()->minimum(), 10);
    QVERIFY(QTest::qWaitFor([this] { return m_wizard->pollPage()->isComplete(); }, 60000));
    QCOMPARE(m_wizard->pollPage()->batchStatus(), u"FINISHED"_s);
    QCOMPARE(m_wizard->pollPage()->statusLabel()->text(), u"FINISHED"_s);
    const cdp::ImportLedgerEntry entry = m_wizard->state().job->entry();
    QCOMPARE(entry.processed, 112650);
    QCOMPARE(entry.total, 112650);
    QCOMPARE(entry.state, cdp::ImportState::Finished);
    QCOMPARE(entry.listId, u"4242"_s);
    grabPage(u"8-poll"_s);
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::SummaryPageId));
    QVERIFY(m_wizard->summaryPage()->summaryLabel()->text().contains(entry.batchId));
    grabPage(u"9-summary"_s);

    // The pane got the new entry and its final state through the service's signals.
    QCOMPARE(pane.model()->rowCount(), rowsBefore + 1);
    const int paneRow = pane.model()->rowOf(entry.id);
    QVERIFY(paneRow >= 0);
    QCOMPARE(pane.model()->entryAt(paneRow).state, cdp::ImportState::Finished);
    QCOMPARE(pane.model()->index(paneRow, cdp::ImportLedgerModel::BatchId).data().toString(), entry.batchId);
    if (!m_shotDir.isEmpty())
        pane.grab().save(m_shotDir + u"/10-imports-pane.png"_s, "PNG");

    // The sandbox holds the rows exactly once.
    QCOMPARE(m_fixture.sandbox().carmaList(u"4242"_s).value(u"rowCount"_s).toInteger(), 112650);
    QCOMPARE(m_wizard->uploadPage()->startCount(), 1);
}

void TestImportWizard::theSameContentIsBlockedUntilOverridden()
{
    // A small file of its own (the Olist test may be skipped): import it, then try again.
    const QString path = writeFile(u"twice.csv"_s,
                                   "customer,sku,price,date,qty\n"
                                   "C1,S1,12.50,2021-04-03 10:00:00,2\n"
                                   "C2,S2,3.00,2021-04-04 11:00:00,1\n");
    for (int round = 0; round < 2; ++round) {
        m_wizard = newWizard();
        QVERIFY(m_wizard->setSourceFile(path));
        m_wizard->next();
        m_wizard->next();
        QVERIFY(mapAndValidate());
        QVERIFY(m_wizard->validatePage()->isComplete());
        m_wizard->next();
        m_wizard->targetPage()->listEdit()->setText(u"77"_s);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::ConfirmPageId));
        if (round == 0) {
            QVERIFY(!m_wizard->confirmPage()->isDuplicate());
            m_wizard->next();
            QVERIFY(waitForPage(ImportWizard::PollPageId, 30000));
            QVERIFY(QTest::qWaitFor([this] { return m_wizard->pollPage()->isComplete(); }, 30000));
            QCOMPARE(m_wizard->pollPage()->batchStatus(), u"FINISHED"_s);
            continue;
        }
        // Round 2: the ledger knows it; Next does nothing until the override and the list id.
        QVERIFY(m_wizard->confirmPage()->isDuplicate());
        QVERIFY(m_wizard->confirmPage()->verdictLabel()->text().contains(u"Already imported"_s));
        QVERIFY(!m_wizard->confirmPage()->isComplete());
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::ConfirmPageId));
        QVERIFY(!m_wizard->state().uploadStarted);
        m_wizard->confirmPage()->overrideBox()->setChecked(true);
        QVERIFY(!m_wizard->confirmPage()->isComplete());
        m_wizard->confirmPage()->overrideConfirmEdit()->setText(u"78"_s);
        QVERIFY(!m_wizard->confirmPage()->isComplete());
        m_wizard->confirmPage()->overrideConfirmEdit()->setText(u"77"_s);
        QVERIFY(m_wizard->confirmPage()->isComplete());
        grabPage(u"6-confirm-duplicate"_s);
        m_wizard->next();
        QVERIFY(waitForPage(ImportWizard::PollPageId, 30000));
        QVERIFY(QTest::qWaitFor([this] { return m_wizard->pollPage()->isComplete(); }, 30000));
        QCOMPARE(m_wizard->pollPage()->batchStatus(), u"FINISHED"_s);
        QVERIFY(!m_wizard->state().job->entry().overrideNote.isEmpty());
    }
    // Two deliberate imports, two rows each.
    QCOMPARE(m_fixture.sandbox().carmaList(u"77"_s).value(u"rowCount"_s).toInteger(), 4);
}

void TestImportWizard::errorsAreListedWithLinesAndRuleCounts()
{
    const QString path = writeFile(u"errors.csv"_s,
                                   "customer,sku,price,date,qty\n"
                                   "C1,S1,12.50,2021-04-03 10:00:00,2\n"
                                   "C2,S2,abc,2021-04-03 10:00:00,1\n"
                                   "C3,,5.00,2021-04-03 10:00:00,1\n"
                                   "C4,S4,5.00,2021-02-30 10:00:00,1\n"
                                   "C5,S5,7.25,2021-04-05 11:00:00,x\n"
                                   "C6,S6,1.00,2021-04-06 12:00:00,3\n");
    m_wizard = newWizard();
    QVERIFY(m_wizard->setSourceFile(path));
    m_wizard->next();
    m_wizard->next();
    QVERIFY(mapAndValidate());
    const cdp::csv::ConversionResult &result = *m_wizard->state().conversion;
    QCOMPARE(result.rowsRead, 6);
    QCOMPARE(result.rowsWritten, 2);
    QCOMPARE(result.rowsRejected, 4);

    cdp::ImportProblemModel *problems = m_wizard->validatePage()->problemModel();
    QSet<qint64> errorLines;
    QMap<QString, int> rulesSeen;
    for (int row = 0; row < problems->rowCount(); ++row) {
        const QModelIndex index = problems->index(row, 0);
        if (index.data(cdp::ImportProblemModel::IsErrorRole).toBool()) {
            errorLines.insert(index.data(cdp::ImportProblemModel::LineRole).toLongLong());
            rulesSeen[index.data(cdp::ImportProblemModel::RuleRole).toString()]++;
        }
    }
    QCOMPARE(errorLines, (QSet<qint64>{3, 4, 5, 6}));
    QCOMPARE(rulesSeen.value(u"number-format"_s), 1);
    QCOMPARE(rulesSeen.value(u"mandatory-empty"_s), 1);
    QCOMPARE(rulesSeen.value(u"date-invalid"_s), 1);
    QCOMPARE(rulesSeen.value(u"quantity-format"_s), 1);

    // The rule table counts the same.
    QAbstractItemModel *rules = m_wizard->validatePage()->ruleTable()->model();
    QMap<QString, QString> counts;
    for (int row = 0; row < rules->rowCount(); ++row)
        counts.insert(rules->index(row, 0).data().toString(), rules->index(row, 2).data().toString());
    QCOMPARE(counts.value(u"number-format"_s), u"1"_s);
    QCOMPARE(counts.value(u"date-invalid"_s), u"1"_s);

    // Not complete until the bad rows are left out explicitly.
    QVERIFY(!m_wizard->validatePage()->isComplete());
    QVERIFY(m_wizard->validatePage()->leaveOutBox()->isVisibleTo(m_wizard.get()));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ValidatePageId));

    // Activating a problem shows its line of the file.
    QTableView *table = m_wizard->validatePage()->problemTable();
    QModelIndex lineFive;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(cdp::ImportProblemModel::LineRole).toLongLong() == 5)
            lineFive = table->model()->index(row, 0);
    }
    QVERIFY(lineFive.isValid());
    QSignalSpy shown(m_wizard->validatePage(), &cdp::ui::ImportValidatePage::lineShown);
    emit table->activated(lineFive);
    QVERIFY(shown.wait(5000) || !shown.isEmpty());
    QVERIFY(QTest::qWaitFor([this] {
        return m_wizard->validatePage()->lineView()->toPlainText().contains(u"▶ 5 │ C4,S4,5.00,2021-02-30"_s);
    }, 5000));
    grabPage(u"4-validate-errors"_s);

    // Rejected rows: header + the four records.
    const QString exported = m_fixture.directory() + u"/rejected.csv"_s;
    QString error;
    QVERIFY2(m_wizard->validatePage()->exportRejectedRows(exported, &error), qPrintable(error));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first(), "customer,sku,price,date,qty");

    m_wizard->validatePage()->leaveOutBox()->setChecked(true);
    QVERIFY(m_wizard->validatePage()->isComplete());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::TargetPageId));
}

void TestImportWizard::ambiguousDatesAreAskedAndProfilesKeepTheAnswer()
{
    // An ERP-style file: semicolons, decimal commas, year-last dates that all read both ways.
    const QString path = writeFile(u"ambiguous.csv"_s,
                                   "Kund;Artikel;Pris;Datum;Antal\n"
                                   "K1;A1;12,50;03/04/2021;2\n"
                                   "K2;A2;3,00;05/06/2021 10:30;1\n"
                                   "K3;A3;7,25;11/12/2021;4\n");
    m_wizard = newWizard();
    QVERIFY(m_wizard->setSourceFile(path));
    m_wizard->next();
    QCOMPARE(m_wizard->state().dialect.delimiter, ';');
    m_wizard->next();
    cdp::ui::ImportMappingPage *page = m_wizard->mappingPage();
    QVERIFY(QTest::qWaitFor([page] { return !page->isAnalysing(); }, 10000));
    QCOMPARE(m_wizard->state().mapping.field(3).source, cdp::csv::FieldSource::Column);
    QCOMPARE(m_wizard->state().mapping.field(2).decimal, cdp::csv::DecimalSeparator::Comma);

    // The question is put, never guessed: Next stays disabled until it is answered.
    QVERIFY(page->questionsBox()->isVisibleTo(m_wizard.get()));
    const QList<QRadioButton *> answers = page->questionButtons(3);
    QCOMPARE(answers.size(), 2);
    QVERIFY(answers.at(0)->text().contains(u"2021-04-03 00:00:00"_s));   // day first
    QVERIFY(answers.at(1)->text().contains(u"2021-03-04 00:00:00"_s));   // month first
    QVERIFY(!answers.at(0)->isChecked() && !answers.at(1)->isChecked());
    QVERIFY(!page->isComplete());
    grabPage(u"3-mapping-question"_s);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));

    answers.at(0)->click();
    QCOMPARE(m_wizard->state().mapping.field(3).dateOrder, cdp::csv::DateOrder::DayFirst);
    QVERIFY(page->isComplete());

    // A saved profile keeps the answer; loading it shows the question with the answer chosen.
    QString error;
    QVERIFY2(page->saveProfile(u"ERP day first"_s, &error), qPrintable(error));
    page->questionButtons(3).at(1)->click();
    QCOMPARE(m_wizard->state().mapping.field(3).dateOrder, cdp::csv::DateOrder::MonthFirst);
    QVERIFY2(page->loadProfile(u"ERP day first"_s, &error), qPrintable(error));
    QCOMPARE(m_wizard->state().mapping.field(3).dateOrder, cdp::csv::DateOrder::DayFirst);
    QVERIFY(page->questionButtons(3).at(0)->isChecked());

    QVERIFY(mapAndValidate());
    const cdp::csv::ConversionResult &result = *m_wizard->state().conversion;
    QCOMPARE(result.rowsWritten, 3);
    QFile out(result.outputPath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray carma = out.readAll();
    QVERIFY2(carma.startsWith("K1;A1;12.50;2021-04-03 00:00:00;2;25.00\n"), carma.constData());
    QVERIFY(carma.contains("K2;A2;3.00;2021-06-05 10:30:00;1;3.00\n"));
}

void TestImportWizard::dropOpensThePreview()
{
    const QString path = writeFile(u"dropped.csv"_s, "customer,sku,price\nC1,S1,1.00\n");
    m_wizard = newWizard();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QWidget *target = m_wizard->filePage();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPageId));
    QCOMPARE(m_wizard->state().sourcePath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_wizard->previewPage()->previewColumnCount(), 3);
}

void TestImportWizard::mainWindowOpensTheWizardFromCtrlIAndDrops()
{
    cdp::ui::MainWindow window(&m_fixture.session());
    window.resize(1200, 800);
    window.show();
    QVERIFY(cdp::ui::MainWindow::paneKeys().contains(u"imports"_s));
    QVERIFY(window.showPane(u"imports"_s));
    QCOMPARE(window.currentPaneKey(), u"imports"_s);

    // Ctrl+I is the File menu's import action.
    QAction *importAction = nullptr;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            importAction = action;
    }
    QVERIFY(importAction);
    importAction->trigger();
    QVERIFY(window.importWizard());
    QCOMPARE(window.importWizard()->currentId(), int(ImportWizard::FilePageId));
    window.importWizard()->close();
    QVERIFY(QTest::qWaitFor([&window] { return window.importWizard() == nullptr; }, 2000));

    // A file dropped on the window opens the wizard on its preview.
    const QString path = writeFile(u"dropped-on-window.csv"_s, "customer;sku;price\nC1;S1;1.00\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(window.importWizard());
    QCOMPARE(window.importWizard()->currentId(), int(ImportWizard::PreviewPageId));
    QCOMPARE(window.importWizard()->state().dialect.delimiter, ';');
    window.importWizard()->close();
}

void TestImportWizard::aCarmaFileMapsPositionally()
{
    const QString path = writeFile(u"already.carma.txt"_s,
                                   "C1;S1;12.50;2021-04-03 10:00:00;2;25.00\n"
                                   "C2;S2;3.00;2021-04-04 11:00:00;1;3.00\n");
    m_wizard = newWizard();
    QVERIFY(m_wizard->setSourceFile(path));
    m_wizard->next();
    QVERIFY(!m_wizard->state().dialect.hasHeader);
    m_wizard->next();
    QVERIFY(mapAndValidate());
    for (int c = 0; c < 6; ++c)
        QCOMPARE(m_wizard->state().mapping.field(c).sourceColumn, c);
    const cdp::csv::ConversionResult &result = *m_wizard->state().conversion;
    QCOMPARE(result.rowsWritten, 2);
    QFile out(result.outputPath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), QByteArray("C1;S1;12.50;2021-04-03 10:00:00;2;25.00\nC2;S2;3.00;2021-04-04 11:00:00;1;3.00\n"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
