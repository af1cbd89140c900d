#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace cdp::JsonFields {

// Tolerant readers for vendor JSON: numbers that arrive as strings, ids that arrive as numbers,
// lists that arrive as one value or as a JSON string. Shared by the connectors.

// A string, or a number/bool written as text ("1003" for 1003); empty for null, arrays, objects.
QString text(const QJsonValue &value);
// The first non-empty text() among the keys.
QString firstText(const QJsonObject &object, std::initializer_list<QLatin1String> keys);
// An integer from a number (rounded when it has a fraction) or a numeric string (" 42", "42.0").
std::optional<qint64> integer(const QJsonValue &value);
qint64 integer(const QJsonValue &value, qint64 fallback);
// Epoch milliseconds from a number, a numeric string or an ISO 8601 date-time (UTC if no offset).
std::optional<qint64> epochMs(const QJsonValue &value);
// An array; a single object or scalar becomes a one-element array; a string holding a JSON array
// is parsed; null, undefined, empty objects and empty strings become an empty array.
QJsonArray array(const QJsonValue &value);
// Strings from an array (numbers as text; objects by their "name", "id" or "value" member) or a
// single scalar; empty entries are dropped.
QStringList strings(const QJsonValue &value);

} // namespace cdp::JsonFields
