#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace cdp::DisplayFormat {

// Shared text formats of the models. Times are converted to local time once, when a model row is
// built, never per paint.

// "yyyy-MM-dd HH:mm:ss" in local time; empty for 0 (= not sent).
QString localTime(qint64 epochMs);
// The same with milliseconds, "yyyy-MM-dd HH:mm:ss.zzz"; empty for an invalid time.
QString localTimeMs(const QDateTime &time);
// Cents as an exact decimal with the locale's separators: 35667 -> "356.67".
QString cents(qint64 cents, const QLocale &locale = QLocale());

} // namespace cdp::DisplayFormat
