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

} // namespace

const QList<Migration> &workspaceMigrations()
{
    static const QList<Migration> migrations = {
        version1(),
    };
    return migrations;
}

} // namespace cdp
