#include "outboxsender.h"

#include "net/apiclient.h"
#include "net/logging.h"
#include "net/redact.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace cdp {

OutboxSender::OutboxSender(OutboxStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::pump);
}

OutboxSender::~OutboxSender()
{
    // Requests still in flight stay Sending in the store: the next start finds them Unconfirmed
    // (they may have reached eSputnik). Aborting them here would not make that any more certain.
    for (const QPointer<ApiReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->disconnect(this);
    }
    // Answers already received are recorded (the store outlives the sender: see ~OrderEventsService).
    if (!m_outcomes.isEmpty()) {
        QString error;
        if (!m_store->commitBatch(m_outcomes, {}, nullptr, &error))
            qCWarning(lcStore).noquote() << "outbox: recording answers at shutdown failed:" << error;
    }
}

void OutboxSender::setConnector(EsputnikEvents *connector, const QString &connectionName)
{
    m_connector = connector;
    m_connectionName = connectionName;
    m_connectionHold = false;
    m_holdReason.clear();
    m_holdUntil = QDateTime();
    emit statusChanged();
    wake();
}

void OutboxSender::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.maxInFlight = std::max(1, m_settings.maxInFlight);
    m_settings.backoffBaseMs = std::max(1, m_settings.backoffBaseMs);
    m_settings.backoffCapMs = std::max(m_settings.backoffBaseMs, m_settings.backoffCapMs);
    wake();
}

void OutboxSender::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_timer.stop();
    emit statusChanged();
}

void OutboxSender::resume()
{
    const bool changed = m_paused || m_connectionHold || m_holdUntil.isValid();
    m_paused = false;
    m_connectionHold = false;
    m_holdReason.clear();
    m_holdUntil = QDateTime();
    if (changed)
        emit statusChanged();
    wake();
}

void OutboxSender::wake()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_pumpQueued = false;
        pump();
    }, Qt::QueuedConnection);
}

bool OutboxSender::flush(const QList<qint64> &toSend, QList<qint64> *marked)
{
    const QList<OutboxStore::Outcome> outcomes = m_outcomes;
    QString error;
    if (!m_store->commitBatch(outcomes, toSend, marked, &error)) {
        qCWarning(lcStore).noquote() << "outbox: committing a batch failed:" << error;
        emit storeError(error);
        pause();
        return false;
    }
    m_outcomes.clear();
    for (const OutboxStore::Outcome &o : outcomes)
        emit entryChanged(o.id);
    return true;
}

void OutboxSender::pump()
{
    const bool canSend = !m_paused && !m_connectionHold && m_connector && m_connector->problem().isEmpty();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (canSend && m_holdUntil.isValid() && now >= m_holdUntil) {
        m_holdUntil = QDateTime();
        m_holdReason.clear();
        emit statusChanged();
    }
    QList<OutboxEntry> due;
    const int free = m_settings.maxInFlight - inFlight();
    if (canSend && !m_holdUntil.isValid() && free > 0) {
        for (const OutboxEntry &e : m_store->due(now, free + int(m_replies.size()), m_connectionName)) {
            if (!m_replies.contains(e.id) && due.size() < free)
                due.append(e);
        }
    }
    if (!m_outcomes.isEmpty() || !due.isEmpty()) {
        QList<qint64> ids;
        for (const OutboxEntry &e : std::as_const(due))
            ids.append(e.id);
        const bool recorded = !m_outcomes.isEmpty();
        QList<qint64> marked;
        if (!flush(ids, &marked))
            return;
        for (const OutboxEntry &e : std::as_const(due)) {
            if (marked.contains(e.id))
                startEntry(e);
        }
        // Recorded answers may free entries that waited for an earlier event of their order.
        if (recorded && canSend && inFlight() < m_settings.maxInFlight) {
            wake();
            return;
        }
    }
    if (!canSend)
        return;
    if (inFlight() == 0) {
        scheduleTimer();
        if (due.isEmpty() && !m_holdUntil.isValid())
            emit idle();
    }
}

void OutboxSender::scheduleTimer()
{
    QDateTime next = m_holdUntil;
    if (!next.isValid())
        next = m_store->nextRetryAt(m_connectionName);
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next), 0, 24 * 3600 * 1000);
    m_timer.start(int(delay));
}

// `entry` is durably Sending (commitBatch) before its request exists: a crash from here on leaves it
// Unconfirmed.
void OutboxSender::startEntry(const OutboxEntry &entry)
{
    emit entryChanged(entry.id);
    const int attempts = entry.attempts + 1;
    const qint64 id = entry.id;
    ApiReply *reply = m_connector->sendEvent(entry.body, this, [this, id, attempts](const EsputnikEvents::Result &result) {
        m_replies.remove(id);
        finishEntry(id, attempts, result);
        emit statusChanged();
        wake();
    });
    if (reply)
        m_replies.insert(id, reply);
    emit statusChanged();
}

QDateTime OutboxSender::backoffAfter(int attempts) const
{
    double delay = m_settings.backoffBaseMs;
    for (int i = 1; i < attempts && delay < m_settings.backoffCapMs; ++i)
        delay *= 2;
    delay = std::min<double>(delay, m_settings.backoffCapMs);
    const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    delay *= 0.8 + 0.4 * r;
    return QDateTime::currentDateTimeUtc().addMSecs(qint64(delay));
}

void OutboxSender::finishEntry(qint64 id, int attempts, const EsputnikEvents::Result &result)
{
    OutboxStore::Outcome outcome;
    outcome.id = id;
    outcome.httpStatus = result.httpStatus;
    const int status = result.httpStatus;
    switch (result.outcome) {
    case EsputnikEvents::Outcome::Delivered:
        outcome.state = OutboxState::Delivered;
        break;
    case EsputnikEvents::Outcome::Rejected:
        if (status == 401 || status == 403 || status == 404 || result.error.kind == ApiError::Kind::Config) {
            // The connection is wrong, not the event: the server did not take it. Hold everything;
            // the entry is due again at once when the connection is fixed (resume / new key).
            const QString why = status == 404
                ? tr("eSputnik has no v1/event at this address (HTTP 404): check the connection's API address, then resume.")
                : status == 0 ? result.serverText
                              : tr("eSputnik refused the API key (HTTP %1): check the connection's API key, then resume.").arg(status);
            outcome.state = OutboxState::FailedWillRetry;
            outcome.text = why;
            outcome.nextAttemptAt = QDateTime::currentDateTimeUtc();
            m_connectionHold = true;
            m_holdReason = why;
        } else {
            outcome.state = OutboxState::Rejected;
            outcome.text = result.serverText;
        }
        break;
    case EsputnikEvents::Outcome::FailedInTransit: {
        const bool giveUp = m_settings.maxAutomaticAttempts > 0 && attempts >= m_settings.maxAutomaticAttempts;
        outcome.state = OutboxState::FailedWillRetry;
        outcome.nextAttemptAt = giveUp ? QDateTime() : backoffAfter(attempts);
        outcome.text = result.serverText.isEmpty() ? result.error.message : result.serverText;
        if (giveUp)
            outcome.text += u' ' + tr("Gave up after %n attempts; retry it by hand.", nullptr, attempts);
        if (!giveUp) {
            m_holdUntil = outcome.nextAttemptAt;
            m_holdReason = tr("Waiting until %1 after: %2").arg(outcome.nextAttemptAt.toLocalTime().toString(u"HH:mm:ss"_s), outcome.text);
        }
        break;
    }
    case EsputnikEvents::Outcome::MayHaveArrived:
        // v1/event has no idempotency key and no way to look an event up: sending it again could
        // save it twice, so the operator checks in eSputnik and decides (as after a crash).
        outcome.state = OutboxState::Unconfirmed;
        outcome.text = tr("No answer after the event was sent (%1); it may have reached eSputnik. "
                          "Check there, then mark it delivered or send it again.")
                           .arg(result.serverText);
        break;
    case EsputnikEvents::Outcome::Cancelled:
        outcome.state = OutboxState::Unconfirmed;
        outcome.text = tr("The request was cancelled while in flight; it may have reached eSputnik.");
        break;
    }
    m_outcomes.append(outcome);
}

} // namespace cdp
