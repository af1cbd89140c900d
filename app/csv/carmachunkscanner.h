#pragma once

#include "csv/carmalinechecker.h"

#include <QIODevice>

#include <atomic>
#include <functional>

namespace cdp::csv {

// Reads up to `size` bytes at file offset `offset` into `buffer`; returns the count, 0 at the
// end, -1 on a read error.
using CarmaReadAt = std::function<qint64(qint64 offset, char *buffer, qint64 size)>;

struct CarmaScanRange
{
    qint64 begin = 0; // a line start
    qint64 end = 0;   // a line start or the end of the data
};

struct CarmaScanSettings
{
    const CarmaSchema *schema = nullptr;
    qsizetype maxStoredProblems = 10000;
    qsizetype maxLineBytes = 1 << 20;
    qsizetype blockBytes = 4 << 20;
    const std::atomic<bool> *cancel = nullptr;
    std::atomic<qint64> *bytesDone = nullptr; // advanced as blocks are read
    QIODevice *rejectedRows = nullptr;        // invalid lines are copied here, LF-terminated
};

enum class CarmaScanStatus { Done, Cancelled, ReadError, WriteError };

// Validates the lines of one byte range with a reused buffer of blockBytes + maxLineBytes: memory
// stays flat whatever the file size; a line over the limit is reported and skipped, not buffered.
CarmaScanStatus scanCarmaRange(const CarmaReadAt &readAt, CarmaScanRange range,
                               const CarmaScanSettings &settings, CarmaTally &tally);

} // namespace cdp::csv
