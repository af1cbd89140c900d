#pragma once

#include <QByteArray>
#include <QString>

namespace cdp::sandbox {

// Whether an uploaded purchase-history file breaks seed 001's format, decided by the console's
// own validator (cdpcsv's CarmaValidator, seed layout): "" when the file is acceptable (warnings
// allowed), else the reason of the batch's ERROR, naming the first error's line, column, rule and
// the total number of errors, e.g.
// "Line 2, column 2 (itemPrice): price-format: … (3 errors in 2 of 5 lines)".
QString carmaFormatError(const QByteArray &body);

} // namespace cdp::sandbox
