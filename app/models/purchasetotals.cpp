#include "purchasetotals.h"

#include "purchasetable.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace cdp {

namespace {

struct Sum
{
    qint64 minor = 0;   // at the table's largest scale
    qint64 lines = 0;
    qint64 quantity = 0;
};

void add(qint64 &total, qint64 value, bool *overflow)
{
    if (__builtin_add_overflow(total, value, &total)) {
        *overflow = true;
        total = value < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    }
}

int monthKey(int year, int month)
{
    return year * 12 + (month - 1);
}

QDate monthDate(int key)
{
    return QDate(key / 12, key % 12 + 1, 1);
}

} // namespace

PurchaseTotals PurchaseTotals::compute(const PurchaseTable &table, const std::vector<int> *rows, int topN)
{
    PurchaseTotals totals;
    const int scale = table.maxScale();
    std::vector<Sum> perCurrency(size_t(std::max<qsizetype>(1, table.currencies().size())));
    std::unordered_map<quint64, Sum> perMonth;      // currency << 32 | month key
    std::unordered_map<quint64, Sum> perProduct;    // product index << 16 | currency

    auto visit = [&](int r) {
        ++totals.lines;
        const auto currency = quint64(table.currencyIndex(r));
        Sum &c = perCurrency[currency];
        ++c.lines;
        if (table.has(r, PurchaseTable::HasQuantity))
            add(c.quantity, table.quantity(r), &totals.overflow);
        if (!table.has(r, PurchaseTable::HasDate))
            ++totals.undatedLines;
        if (!table.has(r, PurchaseTable::HasOrderValue)) {
            ++totals.linesWithoutValue;
            return;
        }
        const qint64 value = PurchaseTable::atScale(table.orderMinor(r), table.scale(r), scale);
        add(c.minor, value, &totals.overflow);
        if (table.has(r, PurchaseTable::HasDate)) {
            int year = 0;
            int month = 0;
            PurchaseTable::yearMonth(table.dateMs(r), &year, &month);
            Sum &m = perMonth[(currency << 32) | quint32(monthKey(year, month))];
            add(m.minor, value, &totals.overflow);
            ++m.lines;
        }
        Sum &p = perProduct[(quint64(table.productIndex(r)) << 16) | currency];
        add(p.minor, value, &totals.overflow);
        ++p.lines;
        if (table.has(r, PurchaseTable::HasQuantity))
            add(p.quantity, table.quantity(r), &totals.overflow);
    };
    if (rows) {
        for (const int r : *rows)
            visit(r);
    } else {
        for (int r = 0; r < table.size(); ++r)
            visit(r);
    }

    // Currencies: most lines first.
    std::vector<int> currencyOrder;
    for (size_t i = 0; i < perCurrency.size(); ++i) {
        if (perCurrency[i].lines > 0)
            currencyOrder.push_back(int(i));
    }
    std::sort(currencyOrder.begin(), currencyOrder.end(), [&](int a, int b) {
        if (perCurrency[size_t(a)].lines != perCurrency[size_t(b)].lines)
            return perCurrency[size_t(a)].lines > perCurrency[size_t(b)].lines;
        return table.currency(a) < table.currency(b);
    });
    std::vector<int> position(perCurrency.size(), 0);
    for (size_t i = 0; i < currencyOrder.size(); ++i)
        position[size_t(currencyOrder[i])] = int(i);
    for (const int c : currencyOrder) {
        const Sum &s = perCurrency[size_t(c)];
        totals.currencies.append({table.currency(c), Money(s.minor, scale, table.currency(c)), s.lines, s.quantity});
    }

    // Months: by currency position, then month.
    for (const auto &[key, s] : perMonth) {
        const int c = int(key >> 32);
        totals.months.append({monthDate(int(key & 0xffffffffu)), table.currency(c), Money(s.minor, scale, table.currency(c)), s.lines});
    }
    std::sort(totals.months.begin(), totals.months.end(), [&](const MonthSpend &a, const MonthSpend &b) {
        const int pa = position[size_t(table.currencies().indexOf(a.currency))];
        const int pb = position[size_t(table.currencies().indexOf(b.currency))];
        return pa != pb ? pa < pb : a.month < b.month;
    });

    // Products: grouped by code and currency (variants of a code count together).
    QHash<QPair<QString, int>, ProductSpend> byCode;
    QHash<QPair<QString, int>, qint64> minorByCode;
    for (const auto &[key, s] : perProduct) {
        const PurchaseTable::Product &product = table.product(quint32(key >> 16));
        const int c = int(key & 0xffff);
        const QPair<QString, int> group{product.code, c};
        auto it = byCode.find(group);
        if (it == byCode.end())
            it = byCode.insert(group, ProductSpend{product.code, product.name, table.currency(c), Money(), 0, 0});
        it->quantity += s.quantity;
        it->lines += s.lines;
        add(minorByCode[group], s.minor, &totals.overflow);
    }
    QList<QPair<QPair<QString, int>, qint64>> ranked;
    for (auto it = minorByCode.cbegin(); it != minorByCode.cend(); ++it)
        ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(), [&](const auto &a, const auto &b) {
        const int pa = position[size_t(a.first.second)];
        const int pb = position[size_t(b.first.second)];
        if (pa != pb)
            return pa < pb;
        if (a.second != b.second)
            return a.second > b.second;
        return a.first.first < b.first.first;
    });
    QHash<int, int> taken;
    for (const auto &entry : std::as_const(ranked)) {
        int &count = taken[entry.first.second];
        if (count >= topN)
            continue;
        ++count;
        ProductSpend spend = byCode.value(entry.first);
        spend.orderValue = Money(entry.second, scale, spend.currency);
        totals.topProducts.append(spend);
    }
    return totals;
}

QList<PurchaseTotals::MonthSpend> PurchaseTotals::monthSeries(const QString &currency) const
{
    QList<MonthSpend> series;
    QHash<int, const MonthSpend *> byMonth;
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    for (const MonthSpend &m : months) {
        if (m.currency != currency)
            continue;
        const int key = monthKey(m.month.year(), m.month.month());
        byMonth.insert(key, &m);
        first = std::min(first, key);
        last = std::max(last, key);
    }
    if (byMonth.isEmpty())
        return series;
    const int scale = byMonth.cbegin().value()->orderValue.decimals();
    for (int key = first; key <= last; ++key) {
        if (const MonthSpend *m = byMonth.value(key))
            series.append(*m);
        else
            series.append({monthDate(key), currency, Money(0, scale, currency), 0});
    }
    return series;
}

QString PurchaseTotals::mainCurrency() const
{
    return currencies.isEmpty() ? QString() : currencies.constFirst().currency;
}

} // namespace cdp
