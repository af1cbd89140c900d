#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace cdp {

// The local workspace: one SQLite file (or ":memory:") with a versioned schema. Migrations run in
// order inside transactions on open(); the version lives in PRAGMA user_version.
// Used from the thread that opened it only.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(cdp::Workspace)

public:
    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    bool open(const QString &path, QString *error = nullptr);   // creates the file and parent dir
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    static QString defaultPath();      // QStandardPaths::AppDataLocation + "/workspace.sqlite"

private:
    QString openConnection(const QString &filePath, bool inMemory);   // empty on success, else the SQLite error
    bool migrate(QString *error);
    QString m_connectionName;          // unique per instance
    QString m_path;
};

} // namespace cdp
