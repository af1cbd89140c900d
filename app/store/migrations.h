#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cdp {

// One step of the workspace schema. Steps run in version order, each in its own transaction,
// and leave PRAGMA user_version at their version. To extend the schema, append a step with the
// next version number to workspaceMigrations(); never edit a step that has shipped.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

const QList<Migration> &workspaceMigrations();

} // namespace cdp
