#pragma once

#include "store/connectionprofile.h"
#include "store/importledger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace cdp {

class ApiClient;
class ApiReply;
class CarmaImports;
class ConsoleSession;
class ImportJob;

// ---------------------------------------------------------------------------------------------
// Assessing a Carma file before an import (GUI-free; the wizard's confirm page, the CLI, tests).
// ---------------------------------------------------------------------------------------------

struct FileAssessment
{
    Q_DECLARE_TR_FUNCTIONS(cdp::FileAssessment)

public:
    enum class Outcome { Completed, Cancelled, Failed };

    Outcome outcome = Outcome::Completed;
    QString errorString;          // Failed: operator sentence naming the file (cannot open, …)
    QString filePath;             // absolute
    qint64 fileSize = 0;
    QDateTime lastModified;       // UTC; startImport() refuses a file changed since its assessment
    qint64 rows = 0;              // data lines
    qint64 validRows = 0;
    qint64 invalidRows = 0;       // > 0: Carma would reject the whole file
    qint64 errorCount = 0;        // validator problems of severity Error
    qint64 warningCount = 0;
    QString firstError;           // "Line 6, column 2 (itemPrice): …" when errorCount > 0
    QString totalValue;           // sum of Total price over valid rows, decimal text ("1234.50")
    QByteArray sha256;            // raw 32 bytes (OpenSSL SHA-256 of the bytes on disk)

    bool isAcceptable() const { return outcome == Outcome::Completed && errorCount == 0 && rows > 0; }
    QString sha256Hex() const;
};

struct AssessOptions
{
    // Called on the calling thread (the worker thread for assessFileAsync) about every 50 ms;
    // bytesTotal covers validation and hashing together.
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;
    const std::atomic<bool> *cancel = nullptr;
    QString rejectedRowsPath;     // when set: the invalid lines are written there
};

// The ledger's verdict on (content, target): has this content already been imported there?
struct DuplicateVerdict
{
    Q_DECLARE_TR_FUNCTIONS(cdp::DuplicateVerdict)

public:
    bool duplicate = false;                 // true: startImport() needs overrideDuplicate
    QList<ImportLedgerEntry> earlier;       // same content, same base URL/customer/list, newest first
    // Operator sentence, e.g. "This file was already imported to list 42 on 2026-11-23 11:40 UTC
    // (import 1b2c…, batch 101112, FINISHED). Carma appends: importing it again doubles the rows."
    // Empty when not a duplicate.
    QString text;
};

// ---------------------------------------------------------------------------------------------
// Starting an import
// ---------------------------------------------------------------------------------------------

struct ImportRequest
{
    QString filePath;             // a Carma file (convert other exports first: csv::convertToCarma)
    QString sourcePath;           // optional: the operator's original export (ledger/pane only)
    QString connectionName;       // a Carma connection (ImportService::carmaConnections())
    QString listId;               // Carma list id (digits, as the operator types it)
    // Required to import content the ledger already holds for this target (DuplicateVerdict).
    bool overrideDuplicate = false;
    QString overrideNote;         // why (stored in the ledger); a default sentence when empty
    // Seconds between batch polls (default 30, ImportService::DefaultPollIntervalSeconds); clamped
    // to [10 s, 24 h] (ImportService::MinimumPollIntervalSeconds; tests: pollFloor()).
    int pollIntervalSeconds = 30;
    // When the caller already assessed this exact file (same size and modification time), the
    // service skips its own validation and hashing; otherwise it assesses first (stage Checking).
    std::optional<FileAssessment> assessment;
    // Metadata JSON for POST …/imports (not documented upstream; VENDOR_NOTES): when true the
    // body is {"delimiter":"59","encoding":"UTF8","type":"ADD"}, else empty.
    bool sendMetadata = true;
};

// What one job is doing right now (finer than ImportState: includes checks and waits).
enum class ImportStage {
    Checking,          // validating + hashing the file (no request sent)
    Journalled,        // ledger entry written; next: create the import
    WaitingToCreate,   // Carma answered 429 (list busy/throttled): waiting for Retry-After
    CreatingImport,    // POST …/imports in flight
    Uploading,         // POST …/imports/<id>/data streaming (uploadProgress)
    Polling,           // GET batches/<id> every pollInterval (batchProgress)
    Finished,          // batch FINISHED
    Failed,            // see ImportJob::errorText(); ImportJob::failure() says which kind
    Cancelled,
};
QString importStageDisplayName(ImportStage stage);   // translated

// One import on its way (started now or resumed from the ledger). Owned by ImportService; it
// stays alive until the service is destroyed, so a UI may keep a QPointer and read the final
// state after finished/failed. All signals are emitted on the service's thread.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        Validation,        // the file has errors (nothing sent)
        DuplicateBlocked,  // the ledger says duplicate and no override was given (nothing sent)
        Config,            // unknown/incomplete connection, missing token, file missing
        Network,           // transport error / timeout (message names it)
        Server,            // HTTP error from Carma (message names status and Carma's text)
        RateLimited,       // 429 whose Retry-After exceeds what the job waits (nothing sent)
        BatchError,        // the batch ended in ERROR (Carma rejected the file: nothing imported)
        Unknown,           // the outcome of the upload could not be established
        Storage,           // the ledger could not be written (nothing sent)
    };
    Q_ENUM(Failure)

    ~ImportJob() override;

    qint64 entryId() const;                 // ledger id (0 while Checking)
    ImportLedgerEntry entry() const;        // a copy of the current ledger row
    ImportStage stage() const;
    Failure failure() const;
    QString errorText() const;              // operator sentence when Failed
    bool isResumed() const;                 // started by resumePending() after a restart
    bool isDone() const;                    // Finished, Failed or Cancelled

    // Cancels when nothing has been delivered yet: while Checking, Journalled, WaitingToCreate,
    // CreatingImport, or Uploading before the last byte went out (the half-sent body is aborted,
    // which Carma discards). Returns false — and changes nothing — once the whole body was sent
    // (Polling, or an Unknown outcome): Carma then imports the data whatever the console does; a UI should
    // say so (`why` gets the sentence).
    bool canCancel() const;
    bool cancel(QString *why = nullptr);

    // Seconds between batch polls, clamped to [10 s, 24 h] (see ImportService::pollFloor()).
    // Applies from the next poll; stored in the ledger (survives a restart).
    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);
    // When the next poll is due (invalid unless Polling).
    QDateTime nextPollAt() const;
    // Polls now (still never more often than the minimum interval after the previous poll).
    void pollNow();

Q_SIGNALS:
    void stageChanged(cdp::ImportStage stage);
    // Checking: bytes of the validation+hash pass; total 0 while unknown.
    void checkProgress(qint64 bytesDone, qint64 bytesTotal);
    // Uploading: bytes handed to the network so far / file size.
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    // WaitingToCreate (429): the reason from Carma and how long; emitted again with "" / 0 when
    // the wait ends.
    void waiting(const QString &reason, qint64 seconds);
    // Polling: after every batch read (entry() has processed/affected/total/batchStatus).
    void batchProgress(const cdp::ImportLedgerEntry &entry);
    // Any ledger change of this job (stage, ids, counters …).
    void entryChanged(const cdp::ImportLedgerEntry &entry);
    void finished(const cdp::ImportLedgerEntry &entry);                  // FINISHED
    void failed(cdp::ImportJob::Failure failure, const QString &errorText);
    void cancelled();

private:
    friend class ImportService;
    friend class ImportJobRunner;
    explicit ImportJob(QObject *parent = nullptr);
    struct Private;
    std::unique_ptr<Private> d;
};

// The Carma purchase-history import: assessment, ledger verdicts, streaming uploads, batch polling
// and resumption after a restart. Owned by ConsoleSession (ConsoleSession::imports(), non-null
// once openWorkspace() succeeded). GUI-free: the wizard, the Imports pane and `cdp-console import`
// use the same object.
class ImportService : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultPollIntervalSeconds = 30;   // seed 001: "every 30 seconds or every minute"
    static constexpr int MinimumPollIntervalSeconds = 10;   // operators can never go below
    static constexpr int MaximumPollIntervalSeconds = 24 * 3600;

    explicit ImportService(ConsoleSession *session, QObject *parent = nullptr);
    ~ImportService() override;   // stops jobs (polling resumes on the next start), never aborts a sent upload's record

    // Carma connections of the workspace (vendor Carma), by name.
    QList<ConnectionProfile> carmaConnections() const;
    std::optional<ConnectionProfile> carmaConnection(const QString &name) const;
    // Why `name` cannot be used for an import (unknown, incomplete); empty when it can. The token
    // is only checked when the import starts (SecretStore is asynchronous).
    QString connectionProblem(const QString &name) const;

    // Validates (seed layout, every rule) and hashes a Carma file. Blocking; any thread.
    static FileAssessment assessFile(const QString &path, const AssessOptions &options = {});
    // The same on a worker thread; `done` runs once on this object's thread while context lives.
    // progress (if set) is delivered on this object's thread. Cancel through *cancel (kept alive by
    // the shared_ptr until the worker ends).
    void assessFileAsync(const QString &path, QObject *context,
                         std::function<void(const cdp::FileAssessment &)> done,
                         std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress = {},
                         std::shared_ptr<std::atomic<bool>> cancel = {});

    // The ledger's verdict for importing content `sha256` through connection `connectionName`
    // (its base URL + customer id) to `listId`. Synchronous (SQLite).
    DuplicateVerdict duplicateVerdict(const QByteArray &sha256, const QString &connectionName,
                                      const QString &listId) const;

    // Starts an import. Returns the job at once (stage Checking or Journalled); problems found
    // before anything is sent end it with failed() (Validation, DuplicateBlocked, Config, Storage)
    // — asynchronously, so connect first. Never returns null.
    ImportJob *startImport(const ImportRequest &request);

    // Jobs of this service (running first, then done ones of this session), and by ledger id.
    QList<ImportJob *> jobs() const;
    ImportJob *job(qint64 entryId) const;

    // Picks up ledger entries left active by an earlier run (crash, restart): Polling entries poll
    // again; Uploading entries become Unknown (the data may have arrived and
    // Carma's API cannot be asked, so it is never re-sent: the operator checks the list in Carma
    // and a new import of that content to that list needs an explicit override); Journalled/CreatingImport
    // entries had sent no data and become Failed ("interrupted before the upload"). ConsoleSession
    // calls this once after ready(); calling it again does nothing for entries that already have a job.
    void resumePending();

    // Ledger for the Imports pane (newest first) and one entry by id.
    QList<ImportLedgerEntry> ledgerEntries(int limit = 1000) const;
    std::optional<ImportLedgerEntry> ledgerEntry(qint64 id) const;
    ImportLedger &ledger();

    // Default poll interval for new jobs (clamped like ImportJob::setPollIntervalSeconds).
    int defaultPollIntervalSeconds() const;
    void setDefaultPollIntervalSeconds(int seconds);
    // The floor every poll interval is clamped to: 10 s (MinimumPollIntervalSeconds) for operators.
    // Tests (and only tests) lower it, e.g. to 200 ms, to poll the sandbox quickly; the product (UI,
    // CLI) never calls setPollFloorForTesting(). With a lowered floor, a job's interval in seconds is
    // ignored and the floor itself is used between polls.
    std::chrono::milliseconds pollFloor() const;
    void setPollFloorForTesting(std::chrono::milliseconds floor);
    // The pause between polls a job with `seconds` actually uses (clamped; floor applied).
    std::chrono::milliseconds effectivePollInterval(int seconds) const;
    // Longest Retry-After a job sits out on 429 at import creation before failing (default 2 h;
    // the vendor asks for about one import an hour).
    void setMaxRetryAfterWait(std::chrono::seconds limit);
    // Unattended runs (the CLI) may give a connection's token for this process only (e.g. from an
    // environment variable) when SecretStore has none; it is kept in memory, never stored.
    void setTokenOverride(const QString &connectionName, const QString &token);

Q_SIGNALS:
    void jobStarted(cdp::ImportJob *job);             // startImport() or resumePending()
    // A ledger row was inserted or changed (id); the pane reloads that row. 0: reload everything.
    void ledgerChanged(qint64 entryId);

private:
    friend class ImportJob;
    friend class ImportJobRunner;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::ImportStage)
Q_DECLARE_METATYPE(cdp::FileAssessment)
