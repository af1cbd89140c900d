#include "rcdprequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace cdp::sandbox::RcdpRequest {

namespace {

// A whole number from a JSON number or a digit string.
std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != double(qint64(number)))
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

bool lastKey(const QJsonValue &value, RcdpPaging *paging, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = u"lastKey must be an object {\"HK_CUSTOMER_CODE\":…,\"RK_DATE_KEY\":…}"_s;
        return false;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue hashKey = object.value(u"HK_CUSTOMER_CODE"_s);
    const std::optional<qint64> dateKey = integer(object.value(u"RK_DATE_KEY"_s));
    if (!hashKey.isString() || hashKey.toString().isEmpty()) {
        *error = u"lastKey.HK_CUSTOMER_CODE must be a non-empty string"_s;
        return false;
    }
    if (!dateKey) {
        *error = u"lastKey.RK_DATE_KEY must be a whole number"_s;
        return false;
    }
    paging->lastKey = RcdpLastKey{hashKey.toString(), *dateKey};
    return true;
}

} // namespace

bool jsonObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        *object = {};
        return true;
    }
    QString text = QString::fromUtf8(trimmed);
    for (const char16_t quote : {u'\u201C', u'\u201D', u'\u201E', u'\u201F', u'\u2033'})
        text.replace(QChar(quote), u'"');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"The request body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = u"The request body must be a JSON object"_s;
        return false;
    }
    *object = document.object();
    return true;
}

bool paging(const QByteArray &body, RcdpPaging *paging, QString *error)
{
    QJsonObject object;
    if (!jsonObject(body, &object, error))
        return false;
    RcdpPaging result;
    if (!lastKey(object.value(u"lastKey"_s), &result, error))
        return false;

    const QJsonValue page = object.value(u"page"_s);
    if (!page.isUndefined() && !page.isNull()) {
        const std::optional<qint64> number = integer(page);
        if (!number || *number < 1 || *number > 1'000'000'000) {
            *error = u"page must be a whole number of 1 or more"_s;
            return false;
        }
        result.page = int(*number);
    }
    const QJsonValue pageSize = object.value(u"pageSize"_s);
    if (!pageSize.isUndefined() && !pageSize.isNull()) {
        const std::optional<qint64> number = integer(pageSize);
        if (!number || *number < 1) {
            *error = u"pageSize must be a whole number of 1 or more (at most %1 rows are served)"_s
                             .arg(RcdpPaging::kMaxPageSize);
            return false;
        }
        result.pageSize = int(qMin<qint64>(*number, RcdpPaging::kMaxPageSize));
    }
    *paging = result;
    return true;
}

const QStringList &knownResources()
{
    static const QStringList names{u"basic"_s,           u"segments"_s,    u"searchSegments"_s,
                                   u"campaigns"_s,       u"productPurchased"_s,
                                   u"productPurchaseTrends"_s, u"recommendedProducts"_s};
    return names;
}

bool resources(const QByteArray &body, QStringList *resources, QString *error)
{
    QJsonObject object;
    if (!jsonObject(body, &object, error))
        return false;
    const QJsonValue value = object.value(u"resource"_s);
    if (value.isUndefined() || value.isNull()) {
        *resources = knownResources();
        return true;
    }
    QJsonArray names;
    if (value.isString())
        names.append(value);
    else if (value.isArray())
        names = value.toArray();
    if (names.isEmpty()) {
        *error = u"resource must be a non-empty array of resource names, e.g. [\"productPurchased\"]"_s;
        return false;
    }
    QStringList result;
    for (const QJsonValue &name : std::as_const(names)) {
        const QString text = name.toString();
        if (!knownResources().contains(text)) {
            *error = u"Unknown resource \"%1\" (known: %2)"_s.arg(text, knownResources().join(u", "));
            return false;
        }
        if (!result.contains(text))
            result.append(text);
    }
    *resources = result;
    return true;
}

} // namespace cdp::sandbox::RcdpRequest
