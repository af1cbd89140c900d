#pragma once

#include "connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cdp {

class Workspace;

class ConnectionStore
{
    Q_DECLARE_TR_FUNCTIONS(cdp::ConnectionStore)

public:
    explicit ConnectionStore(Workspace &workspace);

    QList<ConnectionProfile> list() const;                        // ordered by vendor, name
    std::optional<ConnectionProfile> byName(const QString &name) const;
    std::optional<ConnectionProfile> byId(qint64 id) const;
    bool save(ConnectionProfile &profile, QString *error = nullptr);   // insert or update; sets id
    bool remove(qint64 id, QString *error = nullptr);

private:
    Workspace &m_workspace;
};

} // namespace cdp
