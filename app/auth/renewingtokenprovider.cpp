#include "renewingtokenprovider.h"

#include "net/logging.h"
#include "net/redact.h"

#include <QMetaObject>

#include <algorithm>
#include <limits>

using std::chrono::milliseconds;

namespace cdp {

RenewingTokenProvider::RenewingTokenProvider(QObject *parent)
    : TokenProvider(parent)
{
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &RenewingTokenProvider::onRenewTimer);
}

RenewingTokenProvider::~RenewingTokenProvider()
{
    ++m_generation;
    if (!m_token.isEmpty())
        Redact::removeSecret(QString::fromLatin1(m_token));
    completeWaiters({}, ApiError::make(ApiError::Kind::Cancelled,
                                       tr("The connection was closed before an access token arrived.")));
}

milliseconds RenewingTokenProvider::effectiveMargin(milliseconds lifetime, milliseconds margin)
{
    if (lifetime.count() <= 0)
        return milliseconds(0);
    milliseconds effective = margin;
    if (margin.count() < 0)
        effective = std::min<milliseconds>(lifetime / 10, std::chrono::minutes(5));
    return std::min(effective, lifetime / 2);
}

QDateTime RenewingTokenProvider::renewalTime(const QDateTime &obtained, milliseconds lifetime, milliseconds margin)
{
    if (!obtained.isValid())
        return {};
    return obtained.addMSecs((lifetime - effectiveMargin(lifetime, margin)).count());
}

void RenewingTokenProvider::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime RenewingTokenProvider::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void RenewingTokenProvider::setRenewMargin(milliseconds margin)
{
    m_margin = margin;
    if (!m_token.isEmpty()) {
        const milliseconds life(m_obtained.msecsTo(m_expires));
        m_renewAt = renewalTime(m_obtained, life, m_margin);
        armRenewTimer();
    }
}

QByteArray RenewingTokenProvider::currentToken() const
{
    if (m_token.isEmpty() || !m_renewAt.isValid())
        return {};
    const QDateTime t = now();
    if (t >= m_renewAt)
        return {};
    m_lastUse = t;
    return m_token;
}

void RenewingTokenProvider::requestToken(QObject *context, TokenCallback callback)
{
    const QByteArray token = currentToken();
    if (!token.isEmpty()) {
        // Always asynchronous, so that callers see the same order whether a token exists or not.
        QMetaObject::invokeMethod(
            context ? context : this,
            [token, callback = std::move(callback)] {
                if (callback)
                    callback(token, ApiError());
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.append(Waiter{QPointer<QObject>(context), context != nullptr, std::move(callback)});
    if (!m_inFlight)
        startTokenRequest();
}

void RenewingTokenProvider::invalidate(const QByteArray &rejectedToken)
{
    if (m_token.isEmpty() || rejectedToken != m_token)
        return;   // already replaced: the rejection was about an older token
    qCInfo(lcAuth) << "the server rejected the current token; it will be renewed";
    dropToken();
    Q_EMIT tokenChanged();
}

QDateTime RenewingTokenProvider::expiresAt() const
{
    return m_token.isEmpty() ? QDateTime() : m_expires;
}

void RenewingTokenProvider::acceptToken(const QByteArray &token, milliseconds lifetime, const QDateTime &obtained)
{
    if (!m_token.isEmpty())
        Redact::removeSecret(QString::fromLatin1(m_token));
    m_token = token;
    Redact::addSecret(QString::fromLatin1(m_token));
    m_obtained = obtained.isValid() ? obtained : now();
    const milliseconds life = std::max(lifetime, milliseconds(1000));
    m_expires = m_obtained.addMSecs(life.count());
    m_renewAt = renewalTime(m_obtained, life, m_margin);
    m_lastUse = {};
    armRenewTimer();
    Q_EMIT tokenChanged();
}

void RenewingTokenProvider::startTokenRequest()
{
    abandonTokenRequest();
    m_inFlight = true;
    ++m_tokenRequests;
    m_requestStarted = now();
    fetchToken(++m_generation);
}

void RenewingTokenProvider::completeTokenRequest(quint64 generation, const QByteArray &token, milliseconds lifetime)
{
    if (generation != m_generation || !m_inFlight)
        return;
    m_inFlight = false;
    acceptToken(token, lifetime, m_requestStarted);
    completeWaiters(m_token, ApiError());
}

void RenewingTokenProvider::failTokenRequest(quint64 generation, const ApiError &error)
{
    if (generation != m_generation || !m_inFlight)
        return;
    m_inFlight = false;
    qCWarning(lcAuth).noquote() << "token request failed:" << Redact::text(error.toDisplayString());
    completeWaiters({}, error);
    Q_EMIT tokenFailed(error);
}

void RenewingTokenProvider::resetToken()
{
    const bool hadToken = !m_token.isEmpty();
    dropToken();
    if (m_inFlight) {
        ++m_generation;   // the answer to the old configuration no longer counts
        abandonTokenRequest();
        m_inFlight = false;
        if (!m_waiters.isEmpty())
            startTokenRequest();
    }
    if (hadToken)
        Q_EMIT tokenChanged();
}

void RenewingTokenProvider::cancelWaiters(const ApiError &error)
{
    if (m_inFlight) {
        ++m_generation;
        abandonTokenRequest();
        m_inFlight = false;
    }
    completeWaiters({}, error);
}

void RenewingTokenProvider::completeWaiters(const QByteArray &token, const ApiError &error)
{
    // Callbacks may ask for a token again: they then join a fresh list.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if ((!waiter.hadContext || waiter.context) && waiter.callback)
            waiter.callback(token, error);
    }
}

void RenewingTokenProvider::dropToken()
{
    if (!m_token.isEmpty())
        Redact::removeSecret(QString::fromLatin1(m_token));
    m_token.clear();
    m_expires = {};
    m_renewAt = {};
    m_obtained = {};
    m_renewTimer.stop();
}

milliseconds RenewingTokenProvider::renewLead() const
{
    const milliseconds life(m_obtained.msecsTo(m_expires));
    return effectiveMargin(life, m_margin) / 2;
}

void RenewingTokenProvider::armRenewTimer()
{
    m_renewTimer.stop();
    if (m_token.isEmpty() || !m_renewAt.isValid())
        return;
    // Renew a little before the renewal moment, if the token is in use by then.
    const qint64 ms = now().msecsTo(m_renewAt.addMSecs(-renewLead().count()));
    m_renewTimer.start(static_cast<int>(std::clamp<qint64>(ms, 100, std::numeric_limits<int>::max())));
}

void RenewingTokenProvider::onRenewTimer()
{
    if (m_token.isEmpty() || m_inFlight || !m_renewAt.isValid())
        return;
    if (now() < m_renewAt.addMSecs(-renewLead().count())) {
        armRenewTimer();
        return;
    }
    // Only tokens in use are renewed ahead of time; an idle connection fetches on demand.
    if (m_lastUse.isValid() && m_lastUse >= m_obtained) {
        qCDebug(lcAuth) << "renewing the access token ahead of its expiry";
        startTokenRequest();
    }
}

} // namespace cdp
