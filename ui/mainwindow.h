#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QListWidget;
class QStackedWidget;

namespace cdp {
class ConsoleSession;
}

namespace cdp::ui {

class ConnectionsDialog;
class CustomerLookupPane;
class ImportsPane;
class ImportWizard;
class OrderEventsPane;
class Pane;
class RequestLogPane;
class SessionStatusBar;
class TimelinePane;

// The console's window: a navigation list of the panes that exist, the panes in a stack, a
// toolbar with the current connection, and the session status bar. Geometry, window state, the
// visible pane and the panes' view state are saved to QSettings on close (never a secret) and
// restored by restoreSettings() (the --screenshot path skips it to render the same every time).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QStringList paneKeys();                 // "timeline", "requests", "customers"
    static QString lastConnectionName();           // from QSettings, for start-up

    bool showPane(const QString &key);             // false for an unknown key
    QString currentPaneKey() const;
    TimelinePane *timelinePane() const { return m_timeline; }
    RequestLogPane *requestLogPane() const { return m_requests; }
    CustomerLookupPane *customerLookupPane() const { return m_customers; }
    OrderEventsPane *orderEventsPane() const { return m_events; }
    ImportsPane *importsPane() const { return m_imports; }
    SessionStatusBar *sessionStatusBar() const { return m_status; }

    // Shows the timeline and looks `userId` up.
    void lookUp(const QString &userId);
    ConnectionsDialog *openConnectionsDialog();
    ConnectionsDialog *connectionsDialog() const;   // the open dialog, or null
    // Opens the "Import purchase history" wizard (one at a time), with `path` already chosen when
    // given (menu, Ctrl+I, a file dropped on the window).
    ImportWizard *openImportWizard(const QString &path = {});
    ImportWizard *importWizard() const;             // the open wizard, or null

    void saveSettings() const;
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void addPane(Pane *pane);
    void updateConnectionCombo();
    void showAbout();
    Pane *currentPane() const;

    ConsoleSession *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    TimelinePane *m_timeline;
    RequestLogPane *m_requests;
    CustomerLookupPane *m_customers;
    OrderEventsPane *m_events;
    ImportsPane *m_imports;
    SessionStatusBar *m_status;
    QComboBox *m_connectionCombo;
    QList<Pane *> m_panes;
    QPointer<ConnectionsDialog> m_connectionsDialog;
    QPointer<ImportWizard> m_importWizard;
};

} // namespace cdp::ui
