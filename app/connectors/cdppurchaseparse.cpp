// CdpPurchases::parsePage / parseLine: the tolerant reader of seed 000's productPurchased answer.

#include "cdppurchases.h"
#include "jsonfields.h"

#include "net/redact.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

constexpr int kMaxWarnings = 5;

void note(int *count, QStringList *warnings, const QString &warning)
{
    if (count)
        ++*count;
    if (warnings && warnings->size() < kMaxWarnings)
        warnings->append(warning);
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

std::optional<Money> money(const QJsonObject &object, QLatin1String field, int *malformed, QStringList *warnings)
{
    const QJsonValue value = object.value(field);
    if (isAbsent(value))
        return std::nullopt;
    const QString text = JsonFields::text(value).trimmed();
    QString why;
    std::optional<Money> parsed = Money::parse(text, QLocale::c(), &why);
    if (!parsed)
        note(malformed, warnings, CdpPurchases::tr("%1 “%2” is not an amount: %3").arg(field, text.left(40), why));
    return parsed;
}

bool isNoCustomerMessage(const QString &message)
{
    const QString m = message.toLower();
    return m.contains(u"no customer"_s) || m.contains(u"customer not found"_s) || m.contains(u"unknown customer"_s)
           || m.contains(u"not found"_s);
}

} // namespace

PurchaseLine CdpPurchases::parseLine(const QJsonObject &object, int *malformed, QStringList *warnings)
{
    PurchaseLine line;
    line.productKey = JsonFields::integer(object.value(u"productKey"_s), -1);
    line.productCode = JsonFields::text(object.value(u"productCode"_s)).trimmed();
    line.productName = JsonFields::text(object.value(u"productName"_s)).trimmed();
    line.productDescription = JsonFields::text(object.value(u"productDescription"_s)).trimmed();
    line.productImgUrl = JsonFields::text(object.value(u"productImgUrl"_s)).trimmed();

    const QJsonValue qty = object.value(u"productQty"_s);
    if (!isAbsent(qty)) {
        line.quantity = JsonFields::integer(qty);
        if (!line.quantity)
            note(malformed, warnings, tr("productQty “%1” is not a number").arg(JsonFields::text(qty).left(40)));
    }
    line.unitValue = money(object, QLatin1String("productValue"), malformed, warnings);
    line.orderValue = money(object, QLatin1String("orderValue"), malformed, warnings);

    line.orderDateText = JsonFields::text(object.value(u"orderDate"_s)).trimmed();
    if (!line.orderDateText.isEmpty()) {
        line.orderDate = PurchaseLine::parseOrderDate(line.orderDateText, &line.orderDateHasTime);
        if (!line.orderDate.isValid())
            note(malformed, warnings, tr("orderDate “%1” is not a date").arg(line.orderDateText.left(40)));
    }
    return line;
}

PurchasePage CdpPurchases::parsePage(const QJsonDocument &document, ApiError *error, int requestedPageSize)
{
    PurchasePage page;
    auto fail = [&](ApiError::Kind kind, const QString &message, const QString &detail = {}) {
        if (error)
            *error = ApiError::make(kind, message, detail);
        return PurchasePage();
    };
    if (error)
        *error = ApiError();
    if (!document.isObject())
        return fail(ApiError::Kind::BadResponse,
                    document.isArray() ? tr("The CDP answered with a JSON array instead of purchase data.")
                                       : tr("The CDP's answer is not a JSON object."));

    const QJsonObject outer = document.object();
    const QString status = JsonFields::text(outer.value(u"status"_s)).trimmed();
    const QString message = Redact::text(JsonFields::text(outer.value(u"message"_s)).trimmed());
    if (!status.isEmpty() && status.compare(u"OK"_s, Qt::CaseInsensitive) != 0) {
        if (isNoCustomerMessage(message))
            return fail(ApiError::Kind::NotFound, tr("No customer matches the given identifier."), message);
        return fail(ApiError::Kind::BadResponse,
                    message.isEmpty() ? tr("The CDP answered with status “%1” and no explanation.").arg(status)
                                      : tr("The CDP answered “%1”: %2").arg(status, message));
    }

    // {"status","message","data":{…}}; a bare data object is tolerated.
    const bool bare = !outer.contains(u"data"_s) && outer.contains(u"dataList"_s);
    const QJsonValue dataValue = bare ? QJsonValue(outer) : outer.value(u"data"_s);
    if (!dataValue.isObject())
        return fail(ApiError::Kind::BadResponse, tr("The CDP's answer has no purchase data (“data” is missing or not an object)."),
                    tr("fields: %1").arg(outer.keys().join(u", "_s)));
    const QJsonObject data = dataValue.toObject();

    page.customerId = JsonFields::text(data.value(u"customerId"_s)).trimmed();
    const std::optional<qint64> total = JsonFields::integer(data.value(u"totalCount"_s));
    const QJsonValue listValue = data.value(u"dataList"_s);
    if ((listValue.isUndefined() || listValue.isNull()) && total.value_or(1) > 0)
        return fail(ApiError::Kind::BadResponse, tr("The CDP's answer has no list of purchases (“dataList” is missing)."),
                    tr("fields: %1").arg(data.keys().join(u", "_s)));
    const QJsonArray list = JsonFields::array(listValue);

    page.currentPage = int(std::clamp<qint64>(JsonFields::integer(data.value(u"currentPage"_s), 1), 1, INT_MAX));
    const qint64 declaredSize = JsonFields::integer(data.value(u"pageSize"_s), 0);
    page.pageSize = int(std::clamp<qint64>(declaredSize > 0 ? declaredSize
                                                            : (requestedPageSize > 0 ? requestedPageSize : list.size()),
                                           0, INT_MAX));

    page.lines.reserve(list.size());
    for (const QJsonValue &entry : list) {
        if (!entry.isObject()) {
            note(&page.malformedFields, &page.warnings, tr("a dataList entry is not an object"));
            continue;
        }
        page.lines.append(parseLine(entry.toObject(), &page.malformedFields, &page.warnings));
    }

    const qint64 before = qint64(page.currentPage - 1) * page.pageSize;
    page.totalCount = total.value_or(before + page.lines.size());
    const qint64 pages = page.pageSize > 0 ? (page.totalCount + page.pageSize - 1) / page.pageSize : 1;
    page.totalPages = int(std::clamp<qint64>(JsonFields::integer(data.value(u"totalPages"_s), pages), 0, INT_MAX));

    const bool more = page.currentPage < page.totalPages;
    const qint64 remaining = std::max<qint64>(0, page.totalCount - before);
    page.expectedLines = int(page.pageSize > 0 ? (more ? page.pageSize : std::min<qint64>(page.pageSize, remaining))
                                               : page.lines.size());
    page.shortPage = page.lines.size() < page.expectedLines;

    const QJsonValue lastKey = data.value(u"lastKey"_s);
    if (page.lines.isEmpty()) {
        page.nextCursor.reset();   // nothing to continue from: paging ends here
    } else if (lastKey.isObject() && !lastKey.toObject().isEmpty()) {
        page.nextCursor = PurchaseCursor{lastKey.toObject(), page.currentPage + 1};
    } else if (data.contains(u"lastKey"_s)) {
        page.nextCursor.reset();   // an explicit null lastKey: the last page
    } else if (more) {
        page.nextCursor = PurchaseCursor{QJsonObject(), page.currentPage + 1};
    }
    return page;
}

} // namespace cdp
