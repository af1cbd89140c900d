#include "formatting.h"

#include "models/displayformat.h"

#include <QCoreApplication>

namespace cdp::ui::Format {

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (hours > 0)
        return QCoreApplication::translate("cdp::ui::Format", "%1 h %2 min", "duration").arg(hours).arg(minutes);
    if (minutes > 0)
        return QCoreApplication::translate("cdp::ui::Format", "%1 min %2 s", "duration").arg(minutes).arg(secs);
    return QCoreApplication::translate("cdp::ui::Format", "%1 s", "duration").arg(secs);
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? DisplayFormat::localTime(utc.toMSecsSinceEpoch()) : QStringLiteral("—");
}

} // namespace cdp::ui::Format
