#include "rcdpjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cdp::sandbox::RcdpJson {

QJsonObject ok(const QJsonValue &data)
{
    return QJsonObject{{u"status"_s, u"OK"_s}, {u"message"_s, u""_s}, {u"data"_s, data}};
}

QJsonObject failure(const QString &message)
{
    return QJsonObject{{u"status"_s, u"FAILURE"_s}, {u"message"_s, message}, {u"data"_s, QJsonValue::Null}};
}

QString money(qint64 cents, const QString &currency, RcdpMoneyStyle style)
{
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    const QString units = QString::number(magnitude / 100);
    const qint64 fraction = magnitude % 100;
    QString amount;
    if (style == RcdpMoneyStyle::TwoDecimals || fraction % 10 != 0)
        amount = units + u'.' + QString::number(fraction).rightJustified(2, u'0');
    else
        amount = units + u'.' + QString::number(fraction / 10);
    const QString sign = negative ? u"-"_s : QString();
    const QString separator = style == RcdpMoneyStyle::SpacedShortest ? u" "_s : QString();
    return currency + separator + sign + amount;
}

QString imageUrl(const RcdpProduct &product, const QUrl &imageBase)
{
    switch (product.image) {
    case RcdpImage::Blank:
        return u" "_s;
    case RcdpImage::Empty:
        return QString();
    case RcdpImage::Sandbox:
        break;
    }
    return imageBase.resolved(QUrl(u"sandbox/img/"_s + product.code + u".png"_s)).toString();
}

QJsonObject purchase(const RcdpPurchase &purchase, const QUrl &imageBase)
{
    const RcdpPurchaseRow &row = purchase.row;
    const RcdpProduct &product = purchase.product;
    return QJsonObject{
            {u"productKey"_s, row.productKey},
            {u"productCode"_s, product.code},
            {u"productName"_s, product.name},
            {u"productDescription"_s, product.description},
            {u"productImgUrl"_s, imageUrl(product, imageBase)},
            {u"productQty"_s, row.quantity},
            {u"orderValue"_s, money(product.unitCents * row.quantity, row.currency, row.moneyStyle)},
            {u"productValue"_s, money(product.unitCents, row.currency, row.moneyStyle)},
            {u"orderDate"_s, row.orderDate},
    };
}

QJsonObject lastKey(const RcdpLastKey &key)
{
    return QJsonObject{{u"HK_CUSTOMER_CODE"_s, key.hashKey}, {u"RK_DATE_KEY"_s, key.dateKey}};
}

QJsonObject page(const RcdpPage &page, const QUrl &imageBase)
{
    QJsonArray rows;
    for (const RcdpPurchase &row : page.rows)
        rows.append(purchase(row, imageBase));
    const qint64 totalPages = (page.totalCount + page.pageSize - 1) / page.pageSize;
    return QJsonObject{
            {u"customerId"_s, page.customerId},
            {u"totalCount"_s, page.totalCount},
            {u"currentPage"_s, page.currentPage},
            {u"pageSize"_s, page.pageSize},
            {u"totalPages"_s, totalPages},
            {u"dataList"_s, rows},
            {u"data"_s, QJsonValue::Null},
            {u"lastKey"_s, page.nextLastKey ? QJsonValue(lastKey(*page.nextLastKey)) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace cdp::sandbox::RcdpJson
