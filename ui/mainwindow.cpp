#include "mainwindow.h"

#include "connectionsdialog.h"
#include "customerlookuppane.h"
#include "icons.h"
#include "importspane.h"
#include "importwizard.h"
#include "ordereventspane.h"
#include "requestlogpane.h"
#include "sessionstatusbar.h"
#include "timelinepane.h"

#include "session/appinfo.h"
#include "session/consolesession.h"
#include "store/workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>

namespace cdp::ui {

namespace {
const QString kGeometry = QStringLiteral("MainWindow/geometry");
const QString kState = QStringLiteral("MainWindow/state");
const QString kPane = QStringLiteral("MainWindow/pane");
const QString kConnection = QStringLiteral("Session/connection");
} // namespace

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_timeline(new TimelinePane(session, this))
    , m_requests(new RequestLogPane(session, this))
    , m_customers(new CustomerLookupPane(session, this))
    , m_events(new OrderEventsPane(session, this))
    , m_imports(new ImportsPane(session, this))
    , m_status(new SessionStatusBar(session, this))
    , m_connectionCombo(new QComboBox(this))
{
    Icons::initResources();
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(Icons::application());
    setObjectName(QStringLiteral("MainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(alternate-base); padding-top: 6px; }"
        "QListWidget#navigation::item { padding: 6px 8px; }"));

    addPane(m_timeline);
    addPane(m_requests);
    addPane(m_customers);
    addPane(m_events);
    addPane(m_imports);

    int navWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        navWidth = qMax(navWidth, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(navWidth + 22 + 56);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setStatusBar(m_status);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    for (Pane *pane : std::as_const(m_panes)) {
        connect(pane, &Pane::statusMessage, this, [this](const QString &text, int timeoutMs) {
            m_status->showMessage(text, timeoutMs);
        });
    }
    connect(m_timeline, &TimelinePane::connectionsRequested, this, &MainWindow::openConnectionsDialog);
    connect(m_customers, &CustomerLookupPane::connectionsRequested, this, &MainWindow::openConnectionsDialog);
    connect(m_imports, &ImportsPane::newImportRequested, this, [this] { openImportWizard(); });
    setAcceptDrops(true);   // a purchase export dropped on the window opens the import wizard
    connect(m_timeline, &TimelinePane::lookupStarted, this, [this](const QString &userId) {
        setWindowTitle(tr("%1 — %2").arg(userId, AppInfo::displayName()));
    });

    createActions();

    connect(session, &ConsoleSession::connectionsChanged, this, &MainWindow::updateConnectionCombo);
    connect(session, &ConsoleSession::currentConnectionChanged, this, [this] {
        updateConnectionCombo();
        if (!m_session->isDemo() && !m_session->currentConnectionName().isEmpty())
            QSettings().setValue(kConnection, m_session->currentConnectionName());
    });
    connect(session, &ConsoleSession::ready, this, &MainWindow::updateConnectionCombo);
    updateConnectionCombo();

    m_navigation->setCurrentRow(0);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::paneKeys()
{
    return {QStringLiteral("timeline"), QStringLiteral("requests"), QStringLiteral("customers"), QStringLiteral("events"),
            QStringLiteral("imports")};
}

QString MainWindow::lastConnectionName()
{
    return QSettings().value(kConnection).toString();
}

void MainWindow::addPane(Pane *pane)
{
    m_panes.append(pane);
    m_stack->addWidget(pane);
    auto *item = new QListWidgetItem(pane->icon(), pane->title(), m_navigation);
    item->setData(Qt::UserRole, pane->paneKey());
    const int number = int(m_panes.size());
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(pane->title()).arg(number));
}

void MainWindow::createActions()
{
    // File
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = fileMenu->addAction(Icons::icon(QStringLiteral("export")), tr("&Export CSV…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setToolTip(tr("Export the rows of the current table as CSV"));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (Pane *pane = currentPane())
            pane->exportCsv();
    });
    QAction *newEventAction = fileMenu->addAction(Icons::icon(QStringLiteral("send")), tr("&New Event…"));
    newEventAction->setShortcut(QKeySequence::New);
    newEventAction->setToolTip(tr("Compose an eSputnik event and send it through the outbox (Ctrl+N)"));
    connect(newEventAction, &QAction::triggered, this, [this] {
        showPane(QStringLiteral("events"));
        m_events->newEvent();
    });
    QAction *importAction = fileMenu->addAction(Icons::icon(QStringLiteral("import")), tr("&Import Purchase History…"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setToolTip(tr("Convert, check and upload a purchase export to Carma (Ctrl+I); "
                                "dropping a file on the window does the same"));
    connect(importAction, &QAction::triggered, this, [this] { openImportWizard(); });
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(Icons::icon(QStringLiteral("quit")), tr("&Quit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    // Edit
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copyAction = editMenu->addAction(Icons::icon(QStringLiteral("copy")), tr("&Copy Rows"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copyAction->setToolTip(tr("Copy the selected rows as tab-separated text"));
    connect(copyAction, &QAction::triggered, this, [this] {
        if (Pane *pane = currentPane())
            pane->copySelection();
    });
    m_stack->addAction(copyAction);   // Ctrl+C only where the tables are, not in line edits' way
    QAction *findAction = editMenu->addAction(Icons::icon(QStringLiteral("search")), tr("&Filter"));
    findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(findAction, &QAction::triggered, this, [this] {
        if (Pane *pane = currentPane())
            pane->focusFilter();
    });
    QAction *lookupAction = editMenu->addAction(tr("&Look Up User…"));
    lookupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lookupAction, &QAction::triggered, this, [this] {
        showPane(QStringLiteral("timeline"));
        m_timeline->focusLookup();
    });
    QAction *customerAction = editMenu->addAction(Icons::icon(QStringLiteral("customers")), tr("Look Up &Customer…"));
    customerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(customerAction, &QAction::triggered, this, [this] {
        showPane(QStringLiteral("customers"));
        m_customers->focusLookup();
    });

    // View
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_panes.size(); ++i) {
        Pane *pane = m_panes.at(i);
        QAction *action = viewMenu->addAction(pane->icon(), pane->title());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString key = pane->paneKey();
        connect(action, &QAction::triggered, this, [this, key] { showPane(key); });
    }
    viewMenu->addSeparator();
    QAction *refreshAction = viewMenu->addAction(Icons::icon(QStringLiteral("refresh")), tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setToolTip(tr("Fetch the current profile again (F5)"));
    connect(refreshAction, &QAction::triggered, this, [this] {
        if (Pane *pane = currentPane())
            pane->refresh();
    });

    // Tools
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *connectionsAction = toolsMenu->addAction(Icons::icon(QStringLiteral("connections")), tr("&Connections…"));
    connectionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connectionsAction->setToolTip(tr("Create, edit and test connections (Ctrl+Shift+C)"));
    connect(connectionsAction, &QAction::triggered, this, &MainWindow::openConnectionsDialog);

    // Help
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(Icons::icon(QStringLiteral("about")), tr("&About CDP Console"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Toolbar
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(connectionsAction);
    auto *comboLabel = new QLabel(tr("Connection:"), toolbar);
    comboLabel->setContentsMargins(8, 0, 4, 0);
    toolbar->addWidget(comboLabel);
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionCombo->setMinimumContentsLength(14);
    m_connectionCombo->setToolTip(tr("The connection lookups go through"));
    toolbar->addWidget(m_connectionCombo);
    toolbar->addSeparator();
    toolbar->addAction(refreshAction);
    toolbar->addAction(copyAction);
    toolbar->addAction(exportAction);

    connect(m_connectionCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_connectionCombo->itemText(index);
        if (name != m_session->currentConnectionName())
            m_session->selectConnection(name);
    });
}

void MainWindow::updateConnectionCombo()
{
    const QSignalBlocker blocker(m_connectionCombo);
    m_connectionCombo->clear();
    const QList<ConnectionProfile> profiles = m_session->connections();
    for (const ConnectionProfile &profile : profiles)
        m_connectionCombo->addItem(profile.name, profile.id);
    m_connectionCombo->setCurrentIndex(m_connectionCombo->findText(m_session->currentConnectionName()));
    m_connectionCombo->setEnabled(!profiles.isEmpty());
    if (profiles.isEmpty())
        m_connectionCombo->setPlaceholderText(tr("None — add one"));
}

bool MainWindow::showPane(const QString &key)
{
    for (int i = 0; i < m_panes.size(); ++i) {
        if (m_panes.at(i)->paneKey() == key) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPaneKey() const
{
    const Pane *pane = currentPane();
    return pane ? pane->paneKey() : QString();
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_stack->currentWidget());
}

void MainWindow::lookUp(const QString &userId)
{
    showPane(QStringLiteral("timeline"));
    m_timeline->lookUp(userId);
}

ConnectionsDialog *MainWindow::openConnectionsDialog()
{
    if (!m_connectionsDialog) {
        m_connectionsDialog = new ConnectionsDialog(m_session, this);
        m_connectionsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_connectionsDialog->selectConnection(m_session->currentConnectionName());
    m_connectionsDialog->open();
    m_connectionsDialog->raise();
    m_connectionsDialog->activateWindow();
    return m_connectionsDialog;
}

ConnectionsDialog *MainWindow::connectionsDialog() const
{
    return m_connectionsDialog;
}

ImportWizard *MainWindow::openImportWizard(const QString &path)
{
    if (!m_importWizard) {
        m_importWizard = new ImportWizard(m_session, this);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importWizard, &ImportWizard::showImportsRequested, this, [this](qint64 entryId) {
            showPane(QStringLiteral("imports"));
            m_imports->selectEntry(entryId);
        });
        // Every import shows up in the Imports pane as soon as it is journalled.
        connect(m_importWizard, &QWizard::currentIdChanged, this, [this](int id) {
            if (id == ImportWizard::UploadPageId)
                showPane(QStringLiteral("imports"));
        });
    }
    m_importWizard->show();
    m_importWizard->raise();
    m_importWizard->activateWindow();
    if (!path.isEmpty() && m_importWizard->currentId() <= ImportWizard::PreviewPageId) {
        QString error;
        if (m_importWizard->setSourceFile(path, &error)) {
            if (m_importWizard->currentId() != ImportWizard::FilePageId)
                m_importWizard->restart();
            m_importWizard->next();
        } else {
            m_status->showMessage(error, 6000);
        }
    }
    return m_importWizard;
}

ImportWizard *MainWindow::importWizard() const
{
    return m_importWizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localFileFromMime(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openImportWizard(path);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About %1").arg(AppInfo::displayName()));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>%1 %2</h3>"
                    "<p>A console for the operators of an online retailer: look up a customer in the "
                    "Algonomy User Profile API and read their timeline.</p>"
                    "<p>Secrets: %3.<br>Workspace: %4</p>"
                    "<p>Built with Qt %5.</p>")
                     .arg(AppInfo::displayName(), AppInfo::version(),
                          m_session->secretBackendDescription().toHtmlEscaped(),
                          m_session->workspace().path().toHtmlEscaped(), QString::fromLatin1(qVersion())));
    box->open();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kPane, currentPaneKey());
    for (const Pane *pane : m_panes)
        pane->saveState(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(kState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    const QString pane = settings.value(kPane).toString();
    if (!pane.isEmpty())
        showPane(pane);
    for (Pane *p : std::as_const(m_panes))
        p->restoreState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace cdp::ui
