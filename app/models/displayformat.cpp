#include "displayformat.h"

#include "domain/money.h"

namespace cdp::DisplayFormat {

QString localTime(qint64 epochMs)
{
    if (epochMs == 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString localTimeMs(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString cents(qint64 cents, const QLocale &locale)
{
    return Money::fromCents(cents).toString(locale);
}

} // namespace cdp::DisplayFormat
