#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

class QWidget;

namespace cdp {
class ConsoleSession;
}

namespace cdp::ui {

class MainWindow;

// Drives `cdp-console --screenshot FILE.png [--pane NAME] [--user ID]` without any sleep: waits for
// the session, looks the user up, waits for the lookup to finish, shows the pane, renders the
// window with QWidget::grab() and writes the PNG. Emits finished() once with the exit code
// (0 when the PNG was written) and a message for stderr.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString path;        // the PNG to write
        QString pane;        // a MainWindow::paneKeys() entry or "connections"
        QString userId;      // empty: the demo's first sample user (customers: the demo "few" customer)
        // Order Events: an event type key to render the composer with a sample of that type over
        // the pane, or "raw" for the raw-body tab holding seed 003's malformed productViewed example.
        QString compose;
        int timeoutMs = 60000;
    };

    ScreenshotRunner(ConsoleSession *session, MainWindow *window, Options options, QObject *parent = nullptr);

    static QStringList paneNames();   // paneKeys() + "connections"
    void start();

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    void onReady();
    void onLookupFinished(bool ok, const QString &message);
    void onCustomerLookupFinished(bool ok, const QString &message);
    void captureWhenImagesLoaded();
    void capture();
    void startEvents();
    void captureEventsWhenSent();
    void finish(int exitCode, const QString &message);

    ConsoleSession *m_session;
    MainWindow *m_window;
    Options m_options;
    QTimer m_watchdog;
    QString m_lookupNote;
    QStringList m_queue;      // lookups still to run; the last one is what the timeline shows
    bool m_done = false;
    int m_imageWaits = 0;
    int m_eventWaits = 0;
    QPointer<QWidget> m_overlay;   // a dialog composited over the window
};

} // namespace cdp::ui
