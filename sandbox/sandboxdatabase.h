#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace cdp::sandbox {

// The sandbox's SQLite connection (Qt Sql, QSQLITE): a file or, with an empty path, a private
// in-memory database. Owns a uniquely named connection that must be used (and is closed) in the
// thread that opened it. The vendor stores share it.
class SandboxDatabase
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;

    // Runs each statement; false (and a logged warning) on the first failure.
    bool execute(const QStringList &statements, QString *error = nullptr);
    // Executes a prepared query; logs the driver's error on failure (never the bound values).
    static bool exec(QSqlQuery &query);

    bool transaction();
    bool commit();
    void rollback();

private:
    QString m_connectionName;
};

} // namespace cdp::sandbox
