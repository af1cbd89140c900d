#pragma once

// Delivers the outbox (outbox.h) through one EsputnikEvents connector. Used by
// OrderEventsService; tests and the send-outbox command reach it through that service.
//
// Rules:
//  - An entry is marked Sending (committed) before its request is handed to the ApiClient. Each
//    pump commits one transaction (one disk sync): the answers received since the last one, and
//    the next entries marked Sending; their requests leave after the commit. An answer not yet
//    committed when the process dies leaves its entry Sending → Unconfirmed: never a blind re-send.
//    One request per attempt, never repeated by the client (non-idempotent POST, read-once body).
//  - At most maxInFlight requests at once, under the connector's rate limit (ApiClient limiter).
//  - Per order, events go in order: an entry waits while an older entry of the same
//    externalOrderId is queued, sending, failed or unconfirmed.
//  - Delivered (2xx) → Delivered. Rejected (4xx but 401/403/404/429) → Rejected, never retried
//    automatically. 401/403/404 mean the connection is wrong, not the event: the entry goes back
//    to Failed due now and the sender holds with a connection problem until resume().
//  - Failed in transit (no answer, 5xx, 429 beyond the client's waits) → FailedWillRetry with
//    nextAttemptAt = now + back-off (base × 2^(attempts−1), capped, ±20 % jitter) and the whole
//    sender holds until then (a server in trouble is not hammered with the rest of the queue).
//    Caveat (as the issue asks: "one that failed in transit is retried"): a connection dropped or
//    timed out AFTER the whole request was written may have been processed; eSputnik cannot be
//    asked, so such a retry can duplicate the event. A console killed mid-request, by contrast,
//    never re-sends by itself (Unconfirmed).

#include "connectors/esputnikevents.h"
#include "events/outbox.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace cdp {

class ApiReply;

class OutboxSender : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int maxInFlight = 1;
        int backoffBaseMs = 2000;
        int backoffCapMs = 5 * 60 * 1000;
        int maxAutomaticAttempts = 0;   // 0: unlimited
    };

    OutboxSender(OutboxStore *store, QObject *parent = nullptr);
    ~OutboxSender() override;

    void setConnector(EsputnikEvents *connector, const QString &connectionName);   // null: stop sending
    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }

    void pause();
    void resume();                 // also clears a connection hold
    bool isPaused() const { return m_paused; }
    int inFlight() const { return int(m_replies.size()); }
    QString holdReason() const { return m_holdReason; }   // empty unless held (connection problem, back-off)
    QDateTime holdUntil() const { return m_holdUntil; }

    // Looks for due entries now (after enqueue/retry).
    void wake();

    // Random numbers in [0,1) for the back-off jitter (tests inject).
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

Q_SIGNALS:
    void entryChanged(qint64 id);
    void statusChanged();          // paused, hold, in flight
    void idle();                   // nothing due and nothing in flight
    void storeError(const QString &message);

private:
    void pump();
    bool flush(const QList<qint64> &toSend, QList<qint64> *marked);
    void startEntry(const OutboxEntry &entry);
    void finishEntry(qint64 id, int attempts, const EsputnikEvents::Result &result);
    QDateTime backoffAfter(int attempts) const;
    void scheduleTimer();

    OutboxStore *m_store;
    QPointer<EsputnikEvents> m_connector;
    QString m_connectionName;
    Settings m_settings;
    bool m_paused = false;
    bool m_connectionHold = false;
    QString m_holdReason;
    QDateTime m_holdUntil;
    QHash<qint64, QPointer<ApiReply>> m_replies;
    QList<OutboxStore::Outcome> m_outcomes;   // answers received, committed with the next batch
    QTimer m_timer;
    bool m_pumpQueued = false;
    std::function<double()> m_random;
};

} // namespace cdp
