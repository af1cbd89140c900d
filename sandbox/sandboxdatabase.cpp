#include "sandboxdatabase.h"

#include "sandboxlogging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"cdp-sandbox-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SandboxDatabase::SandboxDatabase()
    : m_connectionName(nextConnectionName())
{
}

SandboxDatabase::~SandboxDatabase()
{
    close();
}

bool SandboxDatabase::open(const QString &path, QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
    if (!db.open()) {
        if (error)
            *error = u"cannot open the sandbox database: "_s + db.lastError().text();
        return false;
    }
    return execute({u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                    u"PRAGMA synchronous = NORMAL"_s},
                   error);
}

void SandboxDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase SandboxDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxDatabase::execute(const QStringList &statements, QString *error)
{
    QSqlDatabase db = database();
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            const QString message = query.lastError().text();
            qCWarning(lcSandboxStore) << "statement failed:" << message;
            if (error)
                *error = u"database error: "_s + message;
            return false;
        }
    }
    return true;
}

bool SandboxDatabase::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcSandboxStore) << "query failed:" << query.lastError().text();
    return false;
}

bool SandboxDatabase::transaction()
{
    return database().transaction();
}

bool SandboxDatabase::commit()
{
    return database().commit();
}

void SandboxDatabase::rollback()
{
    database().rollback();
}

} // namespace cdp::sandbox
