#pragma once

// The durable outbox of eSputnik events (workspace table `event_outbox`, migration 3).
//
// Every event is stored (state Queued, exact body bytes) before anything is sent. The sender marks
// an entry Sending in a committed transaction before its request leaves, and records the outcome
// afterwards. eSputnik v1/event has no idempotency key and returns no event id, and the API offers
// no way to ask whether an event arrived (VENDOR_NOTES), so an entry found in Sending when the
// outbox opens (the console died while its request was in flight) is NOT re-sent: it becomes
// Unconfirmed, and only an operator decision moves it on — resend() (accepting a possible
// duplicate) or confirmDelivered() (after checking in eSputnik) or discard().

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cdp {

enum class OutboxState {
    Queued,          // stored, waiting for its turn
    Sending,         // marked durably, request in flight
    Delivered,       // 2xx from eSputnik (note: v1/event answers 200 even when it ignores the event)
    Rejected,        // 4xx other than 429: the server's text is kept; never retried automatically
    FailedWillRetry, // network error, timeout, 5xx or 429 beyond the client's waits: retried at nextAttemptAt
    Unconfirmed,     // was Sending when the console stopped: may or may not have arrived; operator decides
    Discarded,       // the operator gave up on it; never sent again
};

QString outboxStateKey(OutboxState state);                 // "queued", "sending", "delivered", "rejected", "failed", "unconfirmed", "discarded"
std::optional<OutboxState> outboxStateFromKey(const QString &key);
QString outboxStateLabel(OutboxState state);               // translated: "Queued", "Failed — will retry" …
bool isFinalOutboxState(OutboxState state);                // Delivered, Rejected, Discarded

struct OutboxEntry
{
    qint64 id = 0;                 // 0 until stored
    QDateTime createdAt;           // UTC
    QString connectionName;        // the eSputnik connection it is sent through
    QString eventTypeKey;
    QString externalOrderId;       // empty for behavioural events
    QString keyValue;              // the contact key (masked when shown in logs)
    QByteArray body;               // the exact request body, sent byte for byte
    OutboxState state = OutboxState::Queued;
    int attempts = 0;              // requests sent so far
    int httpStatus = 0;            // of the last attempt (0: none / no answer)
    QString serverText;            // the server's answer text (rejections) or our error text (redacted)
    QDateTime nextAttemptAt;       // UTC; for FailedWillRetry (invalid otherwise)
    QDateTime lastAttemptAt;       // UTC; invalid before the first attempt
    QDateTime updatedAt;           // UTC, last state change
    QString batchId;               // bulk run this entry belongs to (empty for single events)
};

struct OutboxCounts
{
    qint64 queued = 0, sending = 0, delivered = 0, rejected = 0, failed = 0, unconfirmed = 0, discarded = 0;
    qint64 total() const { return queued + sending + delivered + rejected + failed + unconfirmed + discarded; }
    qint64 pending() const { return queued + sending + failed; }   // still to be sent automatically
    friend bool operator==(const OutboxCounts &a, const OutboxCounts &b)
    {
        return a.queued == b.queued && a.sending == b.sending && a.delivered == b.delivered && a.rejected == b.rejected
            && a.failed == b.failed && a.unconfirmed == b.unconfirmed && a.discarded == b.discarded;
    }
    friend bool operator!=(const OutboxCounts &a, const OutboxCounts &b) { return !(a == b); }
};

struct OutboxFilter
{
    QList<OutboxState> states;     // empty: any
    QString eventTypeKey;          // empty: any
    QString externalOrderId;       // exact; empty: any
    QString text;                  // substring of order id, key value, event type or server text
    QString batchId;
    int limit = 10000;             // newest first
};

// Storage of the outbox in the workspace database (same thread as the Workspace). Every state
// change is one committed statement/transaction; all methods return false/empty with `error` set
// (an SQLite message) when the database refuses.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(cdp::OutboxStore)

public:
    explicit OutboxStore(QSqlDatabase db);

    // Stores new entries (state Queued) in one transaction; fills their id/createdAt. Returns false
    // and stores nothing on error.
    bool enqueue(QList<OutboxEntry> &entries, QString *error = nullptr);
    bool enqueue(OutboxEntry &entry, QString *error = nullptr);

    // Start-up recovery: every Sending entry becomes Unconfirmed (returns how many).
    int recoverInterrupted(QString *error = nullptr);

    // The next entries due for sending (Queued, or FailedWillRetry whose nextAttemptAt <= now),
    // oldest first, for `connectionName` (empty: any; entries stored without a connection match
    // every connection). An entry of an order waits while an older
    // entry of the same externalOrderId is queued, sending, failed or unconfirmed.
    QList<OutboxEntry> due(const QDateTime &now, int limit, const QString &connectionName = {}) const;
    // Earliest nextAttemptAt among FailedWillRetry entries (invalid when none).
    QDateTime nextRetryAt(const QString &connectionName = {}) const;

    // Transitions (each one committed; `from` guards against races: false when the entry is not
    // in an allowed state any more).
    bool markSending(qint64 id, QString *error = nullptr);                     // Queued/Failed → Sending, attempts+1
    bool markDelivered(qint64 id, int httpStatus, QString *error = nullptr);   // Sending → Delivered
    bool markRejected(qint64 id, int httpStatus, const QString &serverText, QString *error = nullptr);
    bool markFailed(qint64 id, int httpStatus, const QString &text, const QDateTime &nextAttemptAt,
                    QString *error = nullptr);                                  // Sending → FailedWillRetry
    // The outcome of one request, for commitBatch().
    struct Outcome
    {
        qint64 id = 0;
        OutboxState state = OutboxState::Delivered;   // Delivered, Rejected, FailedWillRetry or Unconfirmed
        int httpStatus = 0;
        QString text;
        QDateTime nextAttemptAt;                      // FailedWillRetry only (invalid: no automatic retry)
    };
    // One transaction (one disk sync): records `outcomes` (each Sending → its state), then marks
    // `toSend` Sending (attempts+1) where still allowed; `marked` gets the ids marked, in order.
    // The sender sends a request only after this returned true for its id. An outcome that a crash
    // keeps from being committed leaves its entry Sending → Unconfirmed at the next start: safe.
    bool commitBatch(const QList<Outcome> &outcomes, const QList<qint64> &toSend, QList<qint64> *marked,
                     QString *error = nullptr);

    // Sending → Unconfirmed: the request may have been processed but no answer will come (the
    // call was aborted at shutdown).
    bool markUnconfirmed(qint64 id, const QString &text, QString *error = nullptr);
    // Operator decisions.
    bool retry(qint64 id, QString *error = nullptr);            // Failed/Rejected/Unconfirmed → Queued (due now)
    bool discard(qint64 id, QString *error = nullptr);          // any but Delivered/Sending → Discarded
    bool confirmDelivered(qint64 id, QString *error = nullptr); // Unconfirmed → Delivered (operator checked)
    // Every still-Queued entry of a bulk run → Discarded (cancel of the run); returns how many, -1 on error.
    int discardQueued(const QString &batchId, QString *error = nullptr);

    std::optional<OutboxEntry> entry(qint64 id) const;
    QList<OutboxEntry> entries(const OutboxFilter &filter) const;
    // Every entry of one order, oldest first (the order's history).
    QList<OutboxEntry> entriesForOrder(const QString &externalOrderId) const;
    QStringList externalOrderIds() const;        // distinct, non-empty
    OutboxCounts counts(const QString &batchId = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::OutboxEntry)
Q_DECLARE_METATYPE(cdp::OutboxState)
