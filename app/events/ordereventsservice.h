#pragma once

// The GUI-free service behind the event composer and the Order Events pane (issue 6). Owned by
// ConsoleSession (ConsoleSession::orderEvents()); lives in the GUI thread; every method returns
// at once, sending happens asynchronously through the session's ApiClient.
//
// Flow: enqueue(draft) validates, stores the exact body in the outbox (workspace table, committed)
// and only then lets the sender pick it up. The sender sends one event per request (v1/event, HTTP
// Basic with the connection's API key as password), at most `maxInFlight` at a time, under the
// connection's rate limit; each entry is marked Sending durably before its request leaves.
// Outcomes: 2xx → Delivered; 4xx (not 429) → Rejected with the server's text, never retried
// automatically; network error, timeout, 5xx, 429 → FailedWillRetry with back-off (nextAttemptAt);
// the ApiClient never re-sends a POST by itself (OneShotDevice). See outbox.h for Unconfirmed.

#include "events/eventcomposer.h"
#include "events/orderstate.h"
#include "events/outbox.h"
#include "net/apierror.h"
#include "store/connectionprofile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cdp {

class ApiClient;
class EsputnikEvents;
class SecretStore;
class Workspace;

// Per externalOrderId: its events and status (see orderstate.h).
struct OrderSummary
{
    QString externalOrderId;
    OrderStatus current = OrderStatus::None;     // after delivered events
    OrderStatus projected = OrderStatus::None;   // once the pending ones are delivered too
    int events = 0;                              // outbox entries of this order (not discarded)
    int pending = 0;                             // queued, sending, failed or unconfirmed
    int illegal = 0;                             // flagged steps
    QDateTime lastEventAt;                       // UTC
};

// What a bulk run reads (a purchase file) and what it sends.
struct BulkOrdersOptions
{
    enum class Format {
        Carma,        // a Carma purchase-history file (seed 001; layout below)
        MappedCsv,    // any CSV, converted with an import mapping profile (app/csv) first
    };

    QString purchaseFile;
    Format format = Format::Carma;
    int carmaLayout = 0;           // csv::CarmaLayout as int: 0 Seed, 1 Newer (Invoice Id column 7)
    QString mappingProfile;        // MappedCsv: name of a saved profile (csv::MappingProfileStore)
    QString mappingJson;           // MappedCsv: or a mapping as JSON (csv::ColumnMapping::toJson); wins when set

    // Orders are grouped by Invoice Id when the layout has it and the row has one, else by
    // (Originalid, Transaction Time). Each group becomes one order event with its items.
    QString eventTypeKey = QStringLiteral("orderCreated");
    QString status = QStringLiteral("DELIVERED");   // the `status` parameter of every order
    QString currency;              // empty: the row's Currency column (Newer layout), else none
    QString timeZone;              // IANA id for Transaction Time (Carma times are UTC): empty = UTC
    // How Originalid identifies the contact: "auto" (e-mail → email, international phone → phone,
    // otherwise contactKey), or an identifier parameter name.
    QString identifierParam = QStringLiteral("auto");
    bool uploadContacts = true;    // v1/contacts (≤ 3000 per request) for every distinct contact first
    qint64 maxOrders = 0;          // 0: all
};

struct BulkProgress
{
    enum class Phase { Idle, Reading, Contacts, Enqueueing, Sending, Paused, Finished, Cancelled, Failed };

    Phase phase = Phase::Idle;
    QString batchId;
    qint64 rowsRead = 0;
    qint64 rowsSkipped = 0;        // rows with errors (not turned into items)
    qint64 orders = 0;             // groups found
    qint64 contacts = 0;           // distinct contacts
    qint64 contactsUploaded = 0;
    qint64 enqueued = 0;           // outbox entries created for this batch
    OutboxCounts outbox;           // states of this batch's entries
    QString message;               // translated, the current step or the failure (file/line/HTTP status)
    QStringList problems;          // first problems found while reading (at most 100)
};

QString bulkPhaseLabel(BulkProgress::Phase phase);   // translated

class OrderEventsService : public QObject
{
    Q_OBJECT

public:
    struct SenderSettings
    {
        int maxInFlight = 1;           // concurrent v1/event requests (1 keeps at most one Unconfirmed after a crash)
        int backoffBaseMs = 2000;      // first retry of a FailedWillRetry entry, doubled up to the cap
        int backoffCapMs = 5 * 60 * 1000;
        int maxAutomaticAttempts = 0;  // 0: retry transit failures forever; else stop (stay Failed, no nextAttemptAt)
        int timeoutMs = 30000;
    };

    OrderEventsService(Workspace &workspace, ApiClient &client, SecretStore &secrets, QObject *parent = nullptr);
    ~OrderEventsService() override;

    // --- Connection -------------------------------------------------------------------------
    // The eSputnik connection events go through. The session calls setConnection when an eSputnik
    // connection is selected / the demo starts; apiKey comes from SecretStore, never stored here.
    void setConnection(const ConnectionProfile &profile, const QString &apiKey);
    void clearConnection(const QString &problem = {});
    std::optional<ConnectionProfile> connection() const;
    QString connectionName() const;
    QString connectionProblem() const;          // empty when events can be sent
    bool canSend() const { return connectionProblem().isEmpty(); }
    EsputnikEvents *connector() const;          // null while no connection

    // --- Outbox -----------------------------------------------------------------------------
    // Validates and stores; returns the new entry id, or 0 with `problems` (errors) / `error`
    // (database) filled. Warnings do not block. The entry is queued even while paused or without
    // a connection (it is sent once possible).
    qint64 enqueue(const EventDraft &draft, QList<EventProblem> *problems = nullptr, QString *error = nullptr);
    // Stores many in one transaction (bulk); all or nothing. Returns the ids (empty on error).
    QList<qint64> enqueueMany(const QList<EventDraft> &drafts, const QString &batchId, QString *error = nullptr);

    void pause();                                // no new request starts; those in flight finish
    void resume();
    bool isPaused() const;
    bool isSending() const;                      // requests in flight

    bool retry(qint64 id, QString *error = nullptr);            // Failed/Rejected/Unconfirmed → Queued now
    bool discard(qint64 id, QString *error = nullptr);
    bool confirmDelivered(qint64 id, QString *error = nullptr); // Unconfirmed → Delivered (operator checked in eSputnik)
    int retryAllFailed(QString *error = nullptr);               // every FailedWillRetry → due now

    std::optional<OutboxEntry> entry(qint64 id) const;
    QList<OutboxEntry> entries(const OutboxFilter &filter = {}) const;
    OutboxCounts counts() const;
    int recoveredUnconfirmed() const;            // entries found Sending at start-up (now Unconfirmed)
    QString statusText() const;                  // translated one line: "Sending 3 of 120 …", "Paused", waits

    // --- Orders -----------------------------------------------------------------------------
    QList<OrderSummary> orders() const;                          // every order seen in the outbox
    OrderHistory orderHistory(const QString &externalOrderId) const;

    // --- Bulk -------------------------------------------------------------------------------
    // Reads the file (on a worker thread), uploads contacts (v1/contacts, chunks of ≤ 3000), then
    // enqueues one event per order in chunks (each chunk one transaction) and lets the sender
    // deliver them. One bulk run at a time: false with `error` when one is running or the options
    // are unusable. Progress through bulkProgressChanged; the end through bulkFinished.
    bool startBulk(const BulkOrdersOptions &options, QString *error = nullptr);
    void pauseBulk();          // stops reading/uploading/enqueueing and pauses the sender
    void resumeBulk();
    // Stops reading/uploading/enqueueing and discards this run's entries not sent yet (Queued);
    // those in flight finish, Failed/Unconfirmed ones stay for the operator.
    void cancelBulk();
    bool isBulkRunning() const;
    BulkOrdersOptions bulkOptions() const;   // what the current (or last) run was started with
    bool isBulkPaused() const;   // pauseBulk() in effect (the phase keeps the step it paused in)
    BulkProgress bulkProgress() const;

    // Drafts for the orders of a purchase file without sending anything (preview, tests, CLI).
    // Runs on the calling thread. `progress` may be null.
    static QList<EventDraft> buildOrderDrafts(const BulkOrdersOptions &options, BulkProgress *progress,
                                              QString *error);

    SenderSettings senderSettings() const;
    void setSenderSettings(const SenderSettings &settings);

Q_SIGNALS:
    void connectionChanged();
    void entriesAdded(const QList<qint64> &ids);
    void entryChanged(qint64 id);                 // state, attempts, status, text
    void countsChanged(const cdp::OutboxCounts &counts);
    void pausedChanged(bool paused);
    void statusTextChanged(const QString &text);
    void orderChanged(const QString &externalOrderId);
    void bulkProgressChanged(const cdp::BulkProgress &progress);
    void bulkFinished(const cdp::BulkProgress &progress);

private:
    // After an operator's action on one entry: tell the views, refresh the counts, wake the sender.
    void entryActedOn(qint64 id);
    void bulkStep();
    void scheduleBulkStep(int delayMs);
    void finishBulk(BulkProgress::Phase phase, const QString &message);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::OrderSummary)
Q_DECLARE_METATYPE(cdp::BulkProgress)
