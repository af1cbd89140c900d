#pragma once

#include "net/requestlogentry.h"

#include <QList>

namespace cdp {

class Workspace;

// Persists the redacted request log. append() re-applies redaction defensively.
class RequestLogStore
{
public:
    explicit RequestLogStore(Workspace &workspace);

    bool append(RequestLogEntry &entry);          // sets entry.id
    QList<RequestLogEntry> recent(int limit = 5000) const;   // newest first
    bool clear();
    bool prune(int keepNewest = 50000);           // deletes all but the newest keepNewest entries
    int count() const;

private:
    Workspace &m_workspace;
};

} // namespace cdp
