#include "jsonfields.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <limits>

namespace cdp::JsonFields {

namespace {

std::optional<qint64> fromDouble(double d)
{
    if (!std::isfinite(d) || std::fabs(d) >= 9.2e18)
        return std::nullopt;
    return qint64(std::llround(d));
}

} // namespace

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 asInteger = value.toInteger(sentinel);
        if (asInteger != sentinel)
            return QString::number(asInteger);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

QString firstText(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        const QString value = text(object.value(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(sentinel);
        if (exact != sentinel)
            return exact;
        return fromDouble(value.toDouble());
    }
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        bool ok = false;
        const qint64 exact = s.toLongLong(&ok);
        if (ok)
            return exact;
        const double d = s.toDouble(&ok);
        if (ok)
            return fromDouble(d);
    }
    return std::nullopt;
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    return integer(value).value_or(fallback);
}

std::optional<qint64> epochMs(const QJsonValue &value)
{
    if (const std::optional<qint64> number = integer(value))
        return number;
    if (!value.isString())
        return std::nullopt;
    // Rare in this API (it sends epoch milliseconds); parsed as UTC when no offset is given.
    QDateTime dateTime = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return std::nullopt;
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime = QDateTime(dateTime.date(), dateTime.time(), Qt::UTC);
    return dateTime.toMSecsSinceEpoch();
}

QJsonArray array(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return value.toArray();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QJsonArray();
    case QJsonValue::String: {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return QJsonArray();
        if (s.startsWith(u'[')) {
            const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
            if (doc.isArray())
                return doc.array();
        }
        return QJsonArray{value};
    }
    case QJsonValue::Object:
        return value.toObject().isEmpty() ? QJsonArray() : QJsonArray{value};
    default:
        return QJsonArray{value};
    }
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray entries = array(value);
    for (const QJsonValue &entry : entries) {
        const QString s = entry.isObject()
            ? firstText(entry.toObject(), {QLatin1String("name"), QLatin1String("id"), QLatin1String("value")})
            : text(entry).trimmed();
        if (!s.isEmpty())
            result.append(s);
    }
    return result;
}

} // namespace cdp::JsonFields
