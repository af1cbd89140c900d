#include "migrations.h"

namespace cdp {

namespace {

// v1: connection profiles (no secrets: those live in SecretStore) and the redacted request log.
// Times are epoch milliseconds UTC.
Migration version1()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("connections and request log");
    m.statements = {
        QStringLiteral("CREATE TABLE connections ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " vendor TEXT NOT NULL,"
                       " base_url TEXT NOT NULL DEFAULT '',"
                       " settings_json TEXT NOT NULL DEFAULT '{}',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE request_log ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " time_utc INTEGER NOT NULL,"
                       " connection TEXT NOT NULL DEFAULT '',"
                       " method TEXT NOT NULL DEFAULT '',"
                       " url TEXT NOT NULL DEFAULT '',"
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " duration_ms INTEGER NOT NULL DEFAULT 0,"
                       " attempt INTEGER NOT NULL DEFAULT 1,"
                       " bytes INTEGER NOT NULL DEFAULT 0,"
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " message TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX request_log_time ON request_log (time_utc)"),
    };
    return m;
}

// v3: the durable outbox of eSputnik events (issue 6, app/events/outbox.h). `body` is the exact
// request body; states are outboxStateKey() values; times are epoch milliseconds UTC (0 = none).
// v2: the Carma purchase-history import ledger (app/store/importledger.h): one row per import
// attempt, journalled before each request is sent. Times are epoch milliseconds UTC (0 = none);
// sha256 is lower-case hex.
Migration version2()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("import ledger");
    m.statements = {
        QStringLiteral("CREATE TABLE import_ledger ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " file_path TEXT NOT NULL DEFAULT '',"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " source_path TEXT NOT NULL DEFAULT '',"
                       " file_size INTEGER NOT NULL DEFAULT 0,"
                       " sha256 TEXT NOT NULL DEFAULT '',"
                       " row_count INTEGER NOT NULL DEFAULT 0,"
                       " total_value TEXT NOT NULL DEFAULT '',"
                       " connection_id INTEGER NOT NULL DEFAULT 0,"
                       " connection_name TEXT NOT NULL DEFAULT '',"
                       " base_url TEXT NOT NULL DEFAULT '',"
                       " customer_id TEXT NOT NULL DEFAULT '',"
                       " list_id TEXT NOT NULL DEFAULT '',"
                       " import_id TEXT NOT NULL DEFAULT '',"
                       " batch_id TEXT NOT NULL DEFAULT '',"
                       " batch_status TEXT NOT NULL DEFAULT '',"
                       " processed INTEGER NOT NULL DEFAULT -1,"
                       " affected INTEGER NOT NULL DEFAULT -1,"
                       " total INTEGER NOT NULL DEFAULT -1,"
                       " batch_start INTEGER NOT NULL DEFAULT 0,"
                       " batch_end INTEGER NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL,"
                       " error_text TEXT NOT NULL DEFAULT '',"
                       " override_note TEXT NOT NULL DEFAULT '',"
                       " overridden_entry INTEGER NOT NULL DEFAULT 0,"
                       " poll_interval INTEGER NOT NULL DEFAULT 30,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " finished_at INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX import_ledger_content ON import_ledger (sha256, list_id)"),
        QStringLiteral("CREATE INDEX import_ledger_state ON import_ledger (state)"),
    };
    return m;
}

Migration version3()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("event outbox");
    m.statements = {
        QStringLiteral("CREATE TABLE event_outbox ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " created_at INTEGER NOT NULL,"
                       " connection TEXT NOT NULL DEFAULT '',"
                       " event_type TEXT NOT NULL DEFAULT '',"
                       " external_order_id TEXT NOT NULL DEFAULT '',"
                       " key_value TEXT NOT NULL DEFAULT '',"
                       " body BLOB NOT NULL,"
                       " state TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " server_text TEXT NOT NULL DEFAULT '',"
                       " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                       " last_attempt_at INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL,"
                       " batch_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX event_outbox_state ON event_outbox (state, next_attempt_at, id)"),
        QStringLiteral("CREATE INDEX event_outbox_order ON event_outbox (external_order_id, id)"),
        QStringLiteral("CREATE INDEX event_outbox_batch ON event_outbox (batch_id, state)"),
    };
    return m;
}

} // namespace

const QList<Migration> &workspaceMigrations()
{
    static const QList<Migration> migrations = {
        version1(),
        version2(),
        version3(),
    };
    return migrations;
}

} // namespace cdp
