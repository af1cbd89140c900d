#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

class QLabel;

namespace cdp {
class ConsoleSession;
class TokenProvider;
struct ApiError;
}

namespace cdp::ui {

// The main window's status bar: current connection, how long the token stays valid (updated
// every second), rate-limit / Retry-After waits, and a note when secrets live in memory only.
// When a purchases (Algonomy Real-time CDP) connection exists, its token state too: connection
// name and time left. Token values are never shown.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit SessionStatusBar(ConsoleSession *session, QWidget *parent = nullptr);

    QString connectionText() const;
    QString tokenText() const;
    QString rcdpTokenText() const;      // empty (and hidden) without a purchases connection
    QString waitText() const;
    QString secretNoteText() const;

private:
    void updateConnection();
    void updateToken();
    void updateWait(const QString &status);
    void updateSecretNote();
    void showTokenFailure(const cdp::ApiError &error);
    void watchRcdpTokens();
    void updateRcdpToken();

    ConsoleSession *m_session;
    QLabel *m_connection;
    QLabel *m_token;
    QLabel *m_wait;
    QLabel *m_secretNote;
    QLabel *m_rcdpToken;
    QTimer m_ticker;
    QString m_tokenFailure;
    QPointer<TokenProvider> m_rcdpProvider;   // the session's RcdpTokenProvider being watched
    QList<QMetaObject::Connection> m_rcdpConnections;
    QString m_rcdpFailure;
};

} // namespace cdp::ui
