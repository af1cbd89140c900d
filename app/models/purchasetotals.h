#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <unordered_map>
#include <vector>

namespace cdp {

class PurchaseTable;

// Figures over purchase lines for the pane's summary and chart (the chart itself is the UI's:
// app/ has no Qt Charts). All sums are exact (Money, minor units); amounts of different
// currencies are never added together. Sums are of orderValue (the line's total); lines without
// an order value are counted in linesWithoutValue and not summed.
class PurchaseTotals
{
    Q_DECLARE_TR_FUNCTIONS(cdp::PurchaseTotals)

public:
    struct CurrencyTotal
    {
        QString currency;        // "$", "€", "EUR" … as received; "" when the answer had none
        Money orderValue;        // the sum, at the largest scale of its lines
        qint64 lines = 0;
        qint64 quantity = 0;     // sum of productQty where present
    };
    struct MonthSpend
    {
        QDate month;             // the first day of the month
        QString currency;
        Money orderValue;
        qint64 lines = 0;
    };
    struct ProductSpend
    {
        QString productCode;
        QString productName;     // of the first line seen with that code
        QString currency;
        Money orderValue;
        qint64 quantity = 0;
        qint64 lines = 0;
    };

    QList<CurrencyTotal> currencies;   // by number of lines, most first; then by currency text
    QList<MonthSpend> months;          // by currency (as in `currencies`), then month ascending
    QList<ProductSpend> topProducts;   // per currency (as in `currencies`): largest value first, at most topN each
    qint64 lines = 0;
    qint64 undatedLines = 0;           // no readable orderDate: not in `months`
    qint64 linesWithoutValue = 0;
    bool overflow = false;             // a sum did not fit 64 bits (then it is capped)

    // Over every row of the table, or only the given rows (e.g. a filter's visible rows).
    static PurchaseTotals compute(const PurchaseTable &table, const std::vector<int> *rows = nullptr, int topN = 10);

    class Accumulator;

    // The months of one currency from its first to its last month, months without purchases as
    // zero: the series for a spend-over-time chart.
    QList<MonthSpend> monthSeries(const QString &currency) const;
    // The most frequent currency (the chart's default); "" when there are no lines.
    QString mainCurrency() const;
};

// The sums behind PurchaseTotals, kept between calls so that a table that only grows (pages
// appended while "Load all" runs) costs O(new rows) per update instead of O(all rows):
// addRows(table, rowCount(), table.size()) after each page, totals() whenever the figures are
// shown (O(distinct months + products), independent of the row count). compute() is an
// Accumulator over all (or the given) rows, so both give the same figures. Sums are held at the
// largest row scale seen so far and rescaled when a row with more decimals arrives.
class PurchaseTotals::Accumulator
{
public:
    void clear();
    // Adds rows [from, to) of `table`. A table that shrank below rowCount() (cleared and refilled)
    // starts over: call clear() first, or add from 0.
    void addRows(const PurchaseTable &table, int from, int to);
    void addRows(const PurchaseTable &table, const std::vector<int> &rows);
    // Rows added since the last clear(); for a table grown from row 0: the next row to add.
    qint64 rowCount() const { return m_totals.lines; }
    // The figures so far (currencies, months, top `topN` products per currency).
    PurchaseTotals totals(const PurchaseTable &table, int topN = 10) const;

private:
    struct Sum
    {
        qint64 minor = 0;   // at m_scale
        qint64 lines = 0;
        qint64 quantity = 0;
    };
    void prepare(const PurchaseTable &table);
    void addRow(const PurchaseTable &table, int r);

    int m_scale = 2;
    PurchaseTotals m_totals;                        // lines, undatedLines, linesWithoutValue, overflow
    std::vector<Sum> m_perCurrency;                 // by the table's currency index
    std::unordered_map<quint64, Sum> m_perMonth;    // currency << 32 | month key
    std::unordered_map<quint64, Sum> m_perProduct;  // product index << 16 | currency
};

} // namespace cdp
