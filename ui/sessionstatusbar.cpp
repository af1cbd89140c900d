#include "sessionstatusbar.h"

#include "formatting.h"

#include "auth/rcdptokenprovider.h"
#include "session/consolesession.h"

#include <QLabel>

namespace cdp::ui {

namespace {

QLabel *makeSection(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setContentsMargins(6, 0, 6, 0);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SessionStatusBar::SessionStatusBar(ConsoleSession *session, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
    , m_connection(makeSection(this))
    , m_token(makeSection(this))
    , m_wait(makeSection(this))
    , m_secretNote(makeSection(this))
    , m_rcdpToken(makeSection(this))
{
    setSizeGripEnabled(true);
    m_wait->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_secretNote->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_wait->hide();
    m_secretNote->hide();

    addPermanentWidget(m_wait);
    addPermanentWidget(m_secretNote);
    addPermanentWidget(m_connection);
    addPermanentWidget(m_token);
    addPermanentWidget(m_rcdpToken);
    m_rcdpToken->setObjectName(QStringLiteral("rcdpTokenStatus"));
    m_rcdpToken->hide();

    connect(session, &ConsoleSession::currentConnectionChanged, this, &SessionStatusBar::updateConnection);
    connect(session, &ConsoleSession::tokenChanged, this, [this] {
        m_tokenFailure.clear();
        updateToken();
    });
    connect(session, &ConsoleSession::tokenFailed, this, &SessionStatusBar::showTokenFailure);
    connect(session, &ConsoleSession::waitStatusChanged, this, &SessionStatusBar::updateWait);
    connect(session, &ConsoleSession::secretBackendChanged, this, &SessionStatusBar::updateSecretNote);
    connect(session, &ConsoleSession::ready, this, [this] {
        updateConnection();
        updateSecretNote();
        watchRcdpTokens();
    });
    connect(session, &ConsoleSession::purchasesConnectionChanged, this, &SessionStatusBar::watchRcdpTokens);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        updateToken();
        updateRcdpToken();
    });
    m_ticker.start();

    watchRcdpTokens();
    updateConnection();
    updateWait(session->waitStatus());
    updateSecretNote();
}

QString SessionStatusBar::connectionText() const { return m_connection->text(); }
QString SessionStatusBar::tokenText() const { return m_token->text(); }
QString SessionStatusBar::rcdpTokenText() const { return m_rcdpToken->isHidden() ? QString() : m_rcdpToken->text(); }
QString SessionStatusBar::waitText() const { return m_wait->isVisible() ? m_wait->text() : QString(); }
QString SessionStatusBar::secretNoteText() const { return m_secretNote->isVisible() ? m_secretNote->text() : QString(); }

void SessionStatusBar::updateConnection()
{
    const QString name = m_session->currentConnectionName();
    const QString problem = m_session->connectionProblem();
    if (!m_session->isReady() && name.isEmpty())
        m_connection->setText(tr("Starting…"));
    else if (name.isEmpty())
        m_connection->setText(tr("No connection"));
    else
        m_connection->setText(tr("Connection: %1").arg(name));
    m_connection->setToolTip(problem.isEmpty() ? m_session->currentConnection().value_or(ConnectionProfile{}).baseUrl
                                               : problem);
    updateToken();
}

void SessionStatusBar::updateToken()
{
    QString text;
    QString tip;
    if (!m_tokenFailure.isEmpty()) {
        text = tr("Token request failed");
        tip = m_tokenFailure;
    } else if (!m_session->tokenProvider()) {
        text = m_session->isReady() ? tr("Not signed in") : QString();
        tip = m_session->connectionProblem();
    } else if (m_session->hasValidToken()) {
        const QDateTime expires = m_session->tokenExpiresAt();
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(expires);
        text = tr("Token valid for %1").arg(Format::duration(seconds));
        tip = tr("The access token expires at %1 and is renewed automatically before that.")
                  .arg(Format::localTime(expires));
    } else if (m_session->tokenExpiresAt().isValid()) {
        text = tr("Token expired");
        tip = tr("A new token is requested with the next lookup.");
    } else {
        text = tr("No token yet");
        tip = tr("A token is requested with the first lookup.");
    }
    m_token->setText(text);
    m_token->setToolTip(tip);
    m_token->setVisible(!text.isEmpty());
}

void SessionStatusBar::updateWait(const QString &status)
{
    m_wait->setText(status);
    m_wait->setToolTip(status);
    m_wait->setVisible(!status.isEmpty());
}

void SessionStatusBar::updateSecretNote()
{
    const bool memoryOnly = m_session->secretsInMemoryOnly();
    m_secretNote->setText(memoryOnly ? tr("Secrets kept in memory only") : QString());
    m_secretNote->setToolTip(m_session->secretBackendDescription());
    m_secretNote->setVisible(memoryOnly);
}

void SessionStatusBar::showTokenFailure(const ApiError &error)
{
    m_tokenFailure = error.toDisplayString();
    updateToken();
}

void SessionStatusBar::watchRcdpTokens()
{
    TokenProvider *provider = m_session->rcdpTokenProvider();
    if (provider != m_rcdpProvider || !provider) {
        for (const QMetaObject::Connection &connection : std::as_const(m_rcdpConnections))
            disconnect(connection);
        m_rcdpConnections.clear();
        m_rcdpFailure.clear();
        m_rcdpProvider = provider;
        if (provider) {
            m_rcdpConnections << connect(provider, &TokenProvider::tokenChanged, this, [this] {
                m_rcdpFailure.clear();
                updateRcdpToken();
            });
            m_rcdpConnections << connect(provider, &TokenProvider::tokenFailed, this, [this](const ApiError &error) {
                m_rcdpFailure = error.toDisplayString();
                updateRcdpToken();
            });
        }
    }
    updateRcdpToken();
}

void SessionStatusBar::updateRcdpToken()
{
    const QString name = m_session->purchasesConnectionName();
    QString text;
    QString tip;
    if (name.isEmpty()) {
        // No purchases connection: nothing to show.
    } else if (!m_rcdpProvider) {
        text = tr("%1: not ready").arg(name);
        tip = m_session->purchasesProblem();
    } else if (!m_rcdpFailure.isEmpty()) {
        text = tr("%1: token request failed").arg(name);
        tip = m_rcdpFailure;
    } else if (m_rcdpProvider->expiresAt().isValid()) {
        const QDateTime expires = m_rcdpProvider->expiresAt();
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(expires);
        if (seconds > 0) {
            text = tr("%1: token valid for %2").arg(name, Format::duration(seconds));
            tip = tr("The Algonomy Real-time CDP access token of %1 expires at %2 and is renewed automatically "
                     "before that.").arg(name, Format::localTime(expires));
        } else {
            text = tr("%1: token expired").arg(name);
            tip = tr("A new token is requested with the next customer lookup.");
        }
    } else {
        text = tr("%1: no token").arg(name);
        tip = tr("A token is requested with the next customer lookup.");
    }
    m_rcdpToken->setText(text);
    m_rcdpToken->setToolTip(tip);
    m_rcdpToken->setVisible(!text.isEmpty());
}

} // namespace cdp::ui
