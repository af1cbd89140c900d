// MainWindow smoke test offscreen against a real cdp-sandbox: panes and their shortcuts, the
// status bar (connection, token lifetime, memory-only secrets), the request log filling up, and
// geometry/pane remembered across windows.

#include "uisessionfixture.h"

#include "connectionsdialog.h"
#include "mainwindow.h"
#include "requestlogpane.h"
#include "sessionstatusbar.h"
#include "timelinepane.h"

#include "models/requestlogmodel.h"
#include "net/apiclient.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using cdp::ui::MainWindow;
using cdp::ui::TimelinePane;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheExistingPanes();
    void shortcutsSwitchPanes();
    void statusBarShowsConnectionTokenAndSecretBackend();
    void requestLogShowsEveryRequestRedacted();
    void statusBarShowsRateLimitWaits();
    void geometryAndPaneAreRestored();
    void ctrlCCopiesRowsAndF5Refreshes();
    void connectionsDialogOpensWithShortcut();

private:
    cdp::test::UiSessionFixture m_fixture;
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QVERIFY(m_fixture.startDemo());
}

void TestMainWindow::listsTheExistingPanes()
{
    MainWindow window(&m_fixture.session());
    const auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), int(MainWindow::paneKeys().size()));
    QCOMPARE(navigation->item(0)->text(), window.timelinePane()->title());
    QCOMPARE(navigation->item(1)->text(), window.requestLogPane()->title());
    QVERIFY(!navigation->item(0)->icon().isNull());
    QVERIFY(!window.showPane(u"no-such-pane"_s));
}

void TestMainWindow::shortcutsSwitchPanes()
{
    MainWindow window(&m_fixture.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPane(u"timeline"_s);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPaneKey(), u"requests"_s);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPaneKey(), u"timeline"_s);

    // Ctrl+L focuses the lookup field, Ctrl+F the pane's filter.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(window.timelinePane()->lookupEdit()->hasFocus());
    window.showPane(u"requests"_s);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.requestLogPane()->filterEdit()->hasFocus());
}

void TestMainWindow::statusBarShowsConnectionTokenAndSecretBackend()
{
    MainWindow window(&m_fixture.session());
    window.show();
    const cdp::ui::SessionStatusBar *status = window.sessionStatusBar();
    QCOMPARE(status->connectionText(), u"Connection: Sandbox"_s);
    QVERIFY(!status->secretNoteText().isEmpty());   // demo secrets live in memory only

    window.lookUp(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(window.timelinePane()->state(), TimelinePane::State::Loaded, 15000);
    // The sandbox issues 8 h tokens: "Token valid for 7 h 59 min" (or 8 h 0 min right at issue).
    QTRY_VERIFY(status->tokenText().startsWith(u"Token valid for "_s));
    QVERIFY2(status->tokenText().contains(u" h "_s), qPrintable(status->tokenText()));
}

void TestMainWindow::requestLogShowsEveryRequestRedacted()
{
    MainWindow window(&m_fixture.session());
    window.show();
    cdp::ui::RequestLogPane *log = window.requestLogPane();
    const int before = log->model()->rowCount();
    window.lookUp(m_fixture.sandbox().sampleUserIds().value(1));
    QTRY_COMPARE_WITH_TIMEOUT(window.timelinePane()->state(), TimelinePane::State::Loaded, 15000);
    QTRY_VERIFY(log->model()->rowCount() > before);
    for (int row = 0; row < log->model()->rowCount(); ++row) {
        const cdp::RequestLogEntry &entry = log->model()->entryAt(row);
        QVERIFY(!entry.url.contains(m_fixture.sandbox().clientSecret()));
    }

    // A 404 is an error row; "errors only" keeps just those.
    window.lookUp(u"nobody-here-1234"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.timelinePane()->state(), TimelinePane::State::Error, 15000);
    window.showPane(u"requests"_s);
    log->errorsOnlyBox()->setChecked(true);
    const QAbstractItemModel *shown = log->tableView()->model();
    QVERIFY(shown->rowCount() >= 1);
    QVERIFY(shown->rowCount() < log->model()->rowCount());
    log->errorsOnlyBox()->setChecked(false);
    QCOMPARE(shown->rowCount(), log->model()->rowCount());

    // The log survives in the workspace: a new pane reloads it.
    const int rows = log->model()->rowCount();
    MainWindow second(&m_fixture.session());
    QCOMPARE(second.requestLogPane()->model()->rowCount(), rows);

    log->clearLog();
    QCOMPARE(log->model()->rowCount(), 0);
    QCOMPARE(second.requestLogPane()->model()->rowCount(), 0);
}

void TestMainWindow::statusBarShowsRateLimitWaits()
{
    MainWindow window(&m_fixture.session());
    window.show();
    TimelinePane *timeline = window.timelinePane();
    cdp::ApiClient &client = m_fixture.session().apiClient();
    const QString apiKey = m_fixture.sandbox().apiKey();
    // One request per 2 s for this API key: the second lookup has to wait, and the UI says so.
    client.setRateLimit(apiKey, 1, std::chrono::seconds(2));
    QSignalSpy waits(&m_fixture.session(), &cdp::ConsoleSession::waitStatusChanged);
    window.lookUp(m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(timeline->state(), TimelinePane::State::Loaded, 15000);
    window.lookUp(m_fixture.sandbox().sampleUserIds().value(1));
    QTRY_VERIFY_WITH_TIMEOUT(!window.sessionStatusBar()->waitText().isEmpty(), 5000);
    QCOMPARE(timeline->state(), TimelinePane::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->state(), TimelinePane::State::Loaded, 15000);
    QTRY_VERIFY(window.sessionStatusBar()->waitText().isEmpty());
    QVERIFY(waits.size() >= 2);
    client.setRateLimit(apiKey, 1000);
}

void TestMainWindow::geometryAndPaneAreRestored()
{
    {
        MainWindow window(&m_fixture.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1010, 690);
        window.showPane(u"requests"_s);
        QTRY_COMPARE(window.size(), QSize(1010, 690));
        window.close();   // closeEvent saves
    }
    QSettings settings;
    QVERIFY(settings.contains(u"MainWindow/geometry"_s));
    QCOMPARE(settings.value(u"MainWindow/pane"_s).toString(), u"requests"_s);

    MainWindow restored(&m_fixture.session());
    QCOMPARE(restored.currentPaneKey(), u"timeline"_s);   // defaults until restored
    restored.restoreSettings();
    QCOMPARE(restored.currentPaneKey(), u"requests"_s);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QTRY_COMPARE(restored.size(), QSize(1010, 690));
}

void TestMainWindow::ctrlCCopiesRowsAndF5Refreshes()
{
    MainWindow window(&m_fixture.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.lookUp(m_fixture.firstSample());
    TimelinePane *timeline = window.timelinePane();
    QTRY_COMPARE_WITH_TIMEOUT(timeline->state(), TimelinePane::State::Loaded, 15000);

    QTableView *table = timeline->tableView();
    table->setFocus();
    table->clearSelection();
    table->selectRow(1);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);   // header + the selected row
    QVERIFY(lines.at(1).contains(u'\t'));

    QSignalSpy started(timeline, &TimelinePane::lookupStarted);
    QSignalSpy finished(timeline, &TimelinePane::lookupFinished);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), m_fixture.firstSample());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(timeline->state(), TimelinePane::State::Loaded);
}

void TestMainWindow::connectionsDialogOpensWithShortcut()
{
    MainWindow window(&m_fixture.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.connectionsDialog() && window.connectionsDialog()->isVisible());
    cdp::ui::ConnectionsDialog *dialog = window.connectionsDialog();
    QCOMPARE(dialog->selectedName(), u"Sandbox"_s);
    // The stored secret is never shown: the field is empty and masked.
    QVERIFY(dialog->secretEdit()->text().isEmpty());
    QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Password);
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
