#pragma once

#include "rcdprequest.h"
#include "rcdpstore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace cdp::sandbox {

// The productPurchased answer of one page (seed 000's "data" object, plus lastKey).
struct RcdpPage
{
    qint64 customerId = 0;
    qint64 totalCount = 0;
    qint64 currentPage = 1;
    int pageSize = RcdpPaging::kDefaultPageSize;
    QList<RcdpPurchase> rows;
    std::optional<RcdpLastKey> nextLastKey;   // null in the answer on the last page
};

// Wire format of the Algonomy Real-time CDP: every answer is {"status","message","data"}.
namespace RcdpJson {

// {"status":"OK","message":"","data":data}
QJsonObject ok(const QJsonValue &data);
// {"status":"FAILURE","message":message,"data":null}
QJsonObject failure(const QString &message);

// Money as upstream displays it: TwoDecimals "$100.30", Shortest "$1000.0" / "$100.3" / "$12.34"
// (like Java's Double.toString), SpacedShortest "$ 55.9". Exact: no binary floating point.
QString money(qint64 cents, const QString &currency, RcdpMoneyStyle style);

// " ", "" or <imageBase>sandbox/img/<productCode>.png
QString imageUrl(const RcdpProduct &product, const QUrl &imageBase);

QJsonObject purchase(const RcdpPurchase &purchase, const QUrl &imageBase);
// {"customerId","totalCount","currentPage","pageSize","totalPages","dataList":[…],"data":null,"lastKey"}
QJsonObject page(const RcdpPage &page, const QUrl &imageBase);
QJsonObject lastKey(const RcdpLastKey &key);

} // namespace RcdpJson

} // namespace cdp::sandbox
