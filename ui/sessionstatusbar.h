#pragma once

#include <QStatusBar>
#include <QTimer>

class QLabel;

namespace cdp {
class ConsoleSession;
struct ApiError;
}

namespace cdp::ui {

// The main window's status bar: current connection, how long the token stays valid (updated
// every second), rate-limit / Retry-After waits, and a note when secrets live in memory only.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit SessionStatusBar(ConsoleSession *session, QWidget *parent = nullptr);

    QString connectionText() const;
    QString tokenText() const;
    QString waitText() const;
    QString secretNoteText() const;

private:
    void updateConnection();
    void updateToken();
    void updateWait(const QString &status);
    void updateSecretNote();
    void showTokenFailure(const cdp::ApiError &error);

    ConsoleSession *m_session;
    QLabel *m_connection;
    QLabel *m_token;
    QLabel *m_wait;
    QLabel *m_secretNote;
    QTimer m_ticker;
    QString m_tokenFailure;
};

} // namespace cdp::ui
