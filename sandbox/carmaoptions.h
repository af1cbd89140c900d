#pragma once

#include <QString>
#include <QtGlobal>

namespace cdp::sandbox {

// Deployment settings of the emulated Carma / Symplify purchase-history import (seed 001).
struct CarmaOptions
{
    qint64 customerId = 4711;          // the demo customer of /rest/<customerId>/…
    int rowsPerSecond = 500;           // pace of a batch IN_PROGRESS (--carma-rows-per-second)
    int pendingMs = 1000;              // time a batch stays PENDING after its upload (--carma-pending-ms)
    double dropAfterUploadRate = 0.0;  // share of data uploads stored, then dropped unanswered
    quint32 dropSeed = 1;              // deterministic sequence of those drops
};

} // namespace cdp::sandbox
