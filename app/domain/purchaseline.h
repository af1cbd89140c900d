#pragma once

#include "money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace cdp {

// One row of the Algonomy Real-time CDP's productPurchased answer (seed 000 dataList entry).
struct PurchaseLine
{
    qint64 productKey = -1;              // -1 when the answer had none
    QString productCode;
    QString productName;
    QString productDescription;
    QString productImgUrl;               // trimmed: blank (" ") becomes empty
    std::optional<qint64> quantity;      // productQty, number or numeric string
    std::optional<Money> unitValue;      // productValue "$100.0": exact, with its currency
    std::optional<Money> orderValue;     // orderValue "$1000.0"
    // orderDate read as written, without time zone conversion: a date-time without offset is
    // taken as it stands (stored with Qt::UTC so that no local-time rules apply); one with an
    // offset ("Z", "+02:00") is converted to UTC. Invalid for "", " " and unreadable text.
    QDateTime orderDate;
    bool orderDateHasTime = false;       // false for a date alone ("2024-05-01")
    QString orderDateText;               // the field as received, trimmed

    // The currency of the line: the order value's, else the unit value's; empty when neither.
    QString currency() const;

    // Reads orderDate by hand (no QDateTime::fromString, see PERF_NOTES):
    //   yyyy-MM-dd, yyyy/MM/dd, yyyyMMdd, each optionally followed by ' ' or 'T' and HH:mm[:ss[.f…]]
    //     and an optional offset Z / ±HH / ±HH:mm / ±HHmm;
    //   dd.MM.yyyy [HH:mm[:ss]];
    //   a/b/yyyy [HH:mm[:ss]]: month first (US, as Algonomy's own UI) unless the first number is
    //     above 12, then day first;
    //   10 digits = epoch seconds, 13 digits = epoch milliseconds.
    // Blank or unreadable: invalid QDateTime. *hasTime tells whether a time of day was given.
    static QDateTime parseOrderDate(QStringView text, bool *hasTime = nullptr);
};

// Where the next page of a customer's purchases starts: the server's lastKey (passed back
// verbatim) and/or a 1-based page number. The first page is PurchaseCursor{}.
struct PurchaseCursor
{
    QJsonObject lastKey;                 // {"HK_CUSTOMER_CODE":"1_1092","RK_DATE_KEY":5}; empty = none
    int page = 1;

    bool isFirstPage() const { return lastKey.isEmpty() && page <= 1; }
    friend bool operator==(const PurchaseCursor &a, const PurchaseCursor &b)
    {
        return a.page == b.page && a.lastKey == b.lastKey;
    }
    friend bool operator!=(const PurchaseCursor &a, const PurchaseCursor &b) { return !(a == b); }
};

// One productPurchased answer.
struct PurchasePage
{
    QString customerId;                  // a number in productPurchased, a string elsewhere: as text
    qint64 totalCount = 0;
    int currentPage = 1;
    int pageSize = 0;
    int totalPages = 0;
    QList<PurchaseLine> lines;
    // From data.lastKey when present, else page + 1 while currentPage < totalPages; none on the
    // last page (and after a page without lines, so paging always ends).
    std::optional<PurchaseCursor> nextCursor;
    // Fewer lines than promised: below pageSize on a page that is not the last, or fewer than
    // totalCount leaves for the last one.
    bool shortPage = false;
    int expectedLines = 0;               // what the page promised (see shortPage)
    int malformedFields = 0;             // money/quantity/date fields that could not be read
    QStringList warnings;                // the first few of them, for the operator (no personal data)

    bool hasMore() const { return nextCursor.has_value(); }
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::PurchaseLine)
Q_DECLARE_METATYPE(cdp::PurchaseCursor)
Q_DECLARE_METATYPE(cdp::PurchasePage)
