#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cdp {

class Workspace;

// Where one Carma purchase-history import stands. Stored as text (importStateKey()).
//
//   Journalled ─▶ CreatingImport ─▶ Uploading ─▶ Polling ─▶ Finished
//        │              │              │             │
//        │              │              ▼             └──▶ Failed (batch ERROR: nothing imported)
//        │              │           Unknown (data sent or being sent, answer lost / console stopped)
//        └──────────────┴──▶ Cancelled / Failed (nothing was uploaded)
//   Unknown: whether Carma received the data cannot be known (its API cannot be asked); the console
//   never re-sends it: the operator checks the list in Carma, and re-importing needs an override.
enum class ImportState {
    Journalled,        // recorded, nothing sent yet
    CreatingImport,    // POST …/imports journalled / in flight (no data sent yet)
    Uploading,         // import id known; the data POST is journalled / streaming
    Polling,           // batch id known; status PENDING or IN_PROGRESS
    Finished,          // batch FINISHED
    Failed,            // ended without importing (errorText says why; batch ERROR included)
    Cancelled,         // the operator cancelled before the data was delivered
    Unknown,           // outcome could not be determined: check the list in Carma
};

QString importStateKey(ImportState state);                  // "journalled", "creating-import", …
bool importStateFromKey(const QString &key, ImportState *state);
QString importStateDisplayName(ImportState state);          // translated: "Uploading", "Polling" …
// Journalled … Polling: something is (or after a restart will be) going on.
bool isActiveImportState(ImportState state);
// States in which the data may have reached Carma: Uploading, Polling, Finished,
// Unknown. A new import of the same content to the same list is then a duplicate.
bool mayHaveImportedData(ImportState state);

// One row of the import ledger (table import_ledger, workspace schema version 2). Everything the
// Imports pane shows; no secrets (the token stays in SecretStore).
struct ImportLedgerEntry
{
    Q_DECLARE_TR_FUNCTIONS(cdp::ImportLedgerEntry)

public:
    qint64 id = 0;                 // 0 until inserted

    // The uploaded Carma file (and the export it was converted from, when there was one).
    QString filePath;              // absolute path of the Carma file that is/was uploaded
    QString fileName;              // file name shown to operators (source name when converted)
    QString sourcePath;            // the operator's original export; empty when filePath is it
    qint64 fileSize = 0;           // bytes of the Carma file
    QByteArray sha256;             // raw 32 bytes of the Carma file's content
    qint64 rows = 0;               // data lines of the Carma file
    QString totalValue;            // sum of Total price, decimal text with a point ("1234.50")

    // The target.
    qint64 connectionId = 0;
    QString connectionName;
    QString baseUrl;               // the connection's REST base, e.g. https://www3.carmamail.com/rest/
    QString customerId;
    QString listId;

    // What Carma answered.
    QString importId;              // uuid from POST …/imports (empty until created)
    QString batchId;               // from the upload answer (empty until known)
    QString batchStatus;           // last seen "PENDING", "IN_PROGRESS", "FINISHED", "ERROR" (or empty)
    qint64 processed = -1;         // batch counters, -1 until a batch was read
    qint64 affected = -1;
    qint64 total = -1;
    QDateTime batchStartTime;      // UTC, from the batch (invalid while PENDING)
    QDateTime batchEndTime;        // UTC, invalid until FINISHED/ERROR

    ImportState state = ImportState::Journalled;
    QString errorText;             // operator sentence for Failed / Unknown (batch ERROR reason included)
    QString overrideNote;          // non-empty when the operator overrode a duplicate verdict
    qint64 overriddenEntryId = 0;  // the earlier entry the override concerned (0: none)
    int pollIntervalSeconds = 30;  // the job's poll interval (operator setting, ≥ 10)

    QDateTime createdAt;           // UTC
    QDateTime updatedAt;           // UTC
    QDateTime finishedAt;          // UTC; invalid while active

    QString sha256Hex() const;     // lower-case hex, 64 characters (empty when unknown)
    QString targetText() const;    // "Sandbox Carma · customer 4711 · list 42"
    QString progressText() const;  // "350 of 501 rows processed (IN_PROGRESS)" or the state's name
};

// The import ledger: one row per import attempt in the workspace (SQLite, table import_ledger).
// GUI-free; used by ImportService from the thread that opened the workspace. Writes are synchronous
// (a journal entry is on disk before the request it describes is sent).
class ImportLedger
{
    Q_DECLARE_TR_FUNCTIONS(cdp::ImportLedger)

public:
    explicit ImportLedger(Workspace &workspace);

    // Inserts `entry` (id == 0) and sets id, createdAt, updatedAt; or updates it (id != 0) and sets
    // updatedAt. Returns false with an operator sentence in `error` when SQLite refuses.
    bool save(ImportLedgerEntry &entry, QString *error = nullptr);
    std::optional<ImportLedgerEntry> entry(qint64 id) const;
    QList<ImportLedgerEntry> entries(int limit = 1000) const;       // newest first
    QList<ImportLedgerEntry> activeEntries() const;                 // isActiveImportState, oldest first
    // Earlier entries with the same content (sha256) to the same target (base URL + customer id +
    // list id) whose data may have reached Carma (mayHaveImportedData) or whose import is still under
    // way (isActiveImportState: two imports of one file must not race), newest first.
    QList<ImportLedgerEntry> sameContent(const QByteArray &sha256, const QString &baseUrl,
                                         const QString &customerId, const QString &listId) const;
    bool remove(qint64 id, QString *error = nullptr);               // only inactive entries

private:
    Workspace &m_workspace;
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::ImportLedgerEntry)
