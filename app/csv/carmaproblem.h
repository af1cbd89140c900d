#pragma once

#include "csv/carmarules.h"

#include <QString>
#include <QtGlobal>

namespace cdp::csv {

// One problem found in a Carma file.
struct CarmaProblem
{
    qint64 line = 0; // 1-based line number
    int column = -1; // 0-based Carma column; -1 when the problem concerns the whole line
    QString field;   // Carma field name of the column ("itemPrice"), empty for column -1
    CarmaRule rule = CarmaRule::EmptyFile;
    CarmaSeverity severity = CarmaSeverity::Error;
    QString value;   // the offending value, at most 80 bytes of it (invalid UTF-8 shown as U+FFFD)
    QString message; // human-readable, names the rule's reason and details
};

} // namespace cdp::csv
