#pragma once

#include <QDateTime>
#include <QString>

namespace cdp::ui {

// How the console writes durations and moments for operators (the models format their own cells
// with cdp::DisplayFormat).
namespace Format {

QString duration(qint64 seconds);               // "7 h 59 min", "4 min 12 s", "37 s"
QString localTime(const QDateTime &utc);        // "2023-02-03 06:30:00" in local time; "—" if invalid

} // namespace Format
} // namespace cdp::ui
