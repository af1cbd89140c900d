#include "workspace.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cdp {

namespace {

const QString kMemoryPath = QStringLiteral(":memory:");

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

Workspace::Workspace()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("cdp-workspace-%1").arg(++counter);
}

Workspace::~Workspace()
{
    close();
}

QString Workspace::openConnection(const QString &filePath, bool inMemory)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return db.lastError().text();

    // The first statement reads the file header: a file that is not a database fails here.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!inMemory)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    QString sqlError;
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!exec(db, pragma, &sqlError))
            return sqlError;
    }
    return QString();
}

bool Workspace::open(const QString &path, QString *error)
{
    close();
    const bool inMemory = path == kMemoryPath;
    const QString filePath = inMemory ? path : QFileInfo(path).absoluteFilePath();
    auto failWith = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot open the workspace “%1”: %2").arg(QDir::toNativeSeparators(filePath), reason);
        close();
        return false;
    };

    if (path.isEmpty())
        return failWith(tr("no file name was given."));
    if (!inMemory) {
        const QDir dir = QFileInfo(filePath).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return failWith(tr("the folder “%1” cannot be created.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    }

    m_path = filePath;
    const QString connectError = openConnection(filePath, inMemory);
    if (!connectError.isEmpty())
        return failWith(connectError);
    QString migrationError;
    if (!migrate(&migrationError))
        return failWith(migrationError);
    return true;
}

void Workspace::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Workspace::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int Workspace::latestSchemaVersion()
{
    const QList<Migration> &migrations = workspaceMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/workspace.sqlite");
}

bool Workspace::migrate(QString *error)
{
    QSqlDatabase db = database();
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        *error = tr("the workspace has schema version %1, newer than this program knows (%2); "
                    "use a newer CDP Console or another workspace file.")
                     .arg(current)
                     .arg(latest);
        return false;
    }
    for (const Migration &migration : workspaceMigrations()) {
        if (migration.version <= current)
            continue;
        auto failStep = [&](const QString &reason) {
            db.rollback();
            *error = tr("upgrading the schema to version %1 (%2) failed: %3")
                         .arg(migration.version)
                         .arg(migration.description, reason);
            return false;
        };
        if (!db.transaction())
            return failStep(db.lastError().text());
        QString sqlError;
        for (const QString &statement : migration.statements) {
            if (!exec(db, statement, &sqlError))
                return failStep(sqlError);
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &sqlError))
            return failStep(sqlError);
        if (!db.commit())
            return failStep(db.lastError().text());
    }
    return true;
}

} // namespace cdp
