#pragma once

#include <QString>
#include <QtGlobal>

namespace cdp::bench {

struct CarmaGeneratorStats
{
    qint64 bytes = 0;
    qint64 rows = 0;
    qint64 brokenRows = 0;
    QString error;
};

// Writes a Carma file of about `bytes` bytes: realistic rows (6-9 fields), and brokenPerMille of
// them deliberately broken (bad price, Feb 30, total mismatch, wrong field count, …). Deterministic.
CarmaGeneratorStats generateCarmaFile(const QString &path, qint64 bytes, int brokenPerMille = 20);

} // namespace cdp::bench
