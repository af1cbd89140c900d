#include "purchasetotals.h"

#include "purchasetable.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace cdp {

namespace {

void add(qint64 &total, qint64 value, bool *overflow)
{
    if (__builtin_add_overflow(total, value, &total)) {
        *overflow = true;
        total = value < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    }
}

// value * 10^digits, capped (and *overflow set) when it does not fit.
qint64 rescale(qint64 value, int digits, bool *overflow)
{
    for (int i = 0; i < digits; ++i) {
        if (__builtin_mul_overflow(value, qint64(10), &value)) {
            *overflow = true;
            return value < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
        }
    }
    return value;
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
    Accumulator accumulator;
    if (rows)
        accumulator.addRows(table, *rows);
    else
        accumulator.addRows(table, 0, table.size());
    return accumulator.totals(table, topN);
}

void PurchaseTotals::Accumulator::clear()
{
    *this = Accumulator();
}

void PurchaseTotals::Accumulator::prepare(const PurchaseTable &table)
{
    // A row with more decimals than seen so far: bring every sum to the new scale.
    const int scale = table.maxScale();
    if (scale > m_scale) {
        const int digits = scale - m_scale;
        bool *overflow = &m_totals.overflow;
        for (Sum &c : m_perCurrency)
            c.minor = rescale(c.minor, digits, overflow);
        for (auto &entry : m_perMonth)
            entry.second.minor = rescale(entry.second.minor, digits, overflow);
        for (auto &entry : m_perProduct)
            entry.second.minor = rescale(entry.second.minor, digits, overflow);
        m_scale = scale;
    }
    const auto currencies = size_t(std::max<qsizetype>(1, table.currencies().size()));
    if (m_perCurrency.size() < currencies)
        m_perCurrency.resize(currencies);
}

void PurchaseTotals::Accumulator::addRow(const PurchaseTable &table, int r)
{
    bool *overflow = &m_totals.overflow;
    ++m_totals.lines;
    const auto currency = quint64(table.currencyIndex(r));
    Sum &c = m_perCurrency[currency];
    ++c.lines;
    if (table.has(r, PurchaseTable::HasQuantity))
        add(c.quantity, table.quantity(r), overflow);
    if (!table.has(r, PurchaseTable::HasDate))
        ++m_totals.undatedLines;
    if (!table.has(r, PurchaseTable::HasOrderValue)) {
        ++m_totals.linesWithoutValue;
        return;
    }
    const qint64 value = PurchaseTable::atScale(table.orderMinor(r), table.scale(r), m_scale);
    add(c.minor, value, overflow);
    if (table.has(r, PurchaseTable::HasDate)) {
        int year = 0;
        int month = 0;
        PurchaseTable::yearMonth(table.dateMs(r), &year, &month);
        Sum &m = m_perMonth[(currency << 32) | quint32(monthKey(year, month))];
        add(m.minor, value, overflow);
        ++m.lines;
    }
    Sum &p = m_perProduct[(quint64(table.productIndex(r)) << 16) | currency];
    add(p.minor, value, overflow);
    ++p.lines;
    if (table.has(r, PurchaseTable::HasQuantity))
        add(p.quantity, table.quantity(r), overflow);
}

void PurchaseTotals::Accumulator::addRows(const PurchaseTable &table, int from, int to)
{
    prepare(table);
    to = std::min(to, table.size());
    for (int r = std::max(0, from); r < to; ++r)
        addRow(table, r);
}

void PurchaseTotals::Accumulator::addRows(const PurchaseTable &table, const std::vector<int> &rows)
{
    prepare(table);
    for (const int r : rows)
        addRow(table, r);
}

PurchaseTotals PurchaseTotals::Accumulator::totals(const PurchaseTable &table, int topN) const
{
    PurchaseTotals totals;
    totals.lines = m_totals.lines;
    totals.undatedLines = m_totals.undatedLines;
    totals.linesWithoutValue = m_totals.linesWithoutValue;
    totals.overflow = m_totals.overflow;
    const int scale = m_scale;
    const std::vector<Sum> &perCurrency = m_perCurrency;

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
    struct MonthEntry
    {
        int position;
        int month;
        int currency;
        const Sum *sum;
    };
    std::vector<MonthEntry> months;
    months.reserve(m_perMonth.size());
    for (const auto &[key, s] : m_perMonth) {
        const int c = int(key >> 32);
        months.push_back({position[size_t(c)], int(key & 0xffffffffu), c, &s});
    }
    std::sort(months.begin(), months.end(), [](const MonthEntry &a, const MonthEntry &b) {
        return a.position != b.position ? a.position < b.position : a.month < b.month;
    });
    totals.months.reserve(qsizetype(months.size()));
    for (const MonthEntry &m : months) {
        totals.months.append({monthDate(m.month), table.currency(m.currency),
                              Money(m.sum->minor, scale, table.currency(m.currency)), m.sum->lines});
    }

    // Products: grouped by code and currency (variants of a code count together).
    bool overflow = totals.overflow;
    QHash<QPair<QString, int>, ProductSpend> byCode;
    QHash<QPair<QString, int>, qint64> minorByCode;
    for (const auto &[key, s] : m_perProduct) {
        const PurchaseTable::Product &product = table.product(quint32(key >> 16));
        const int c = int(key & 0xffff);
        const QPair<QString, int> group{product.code, c};
        auto it = byCode.find(group);
        if (it == byCode.end())
            it = byCode.insert(group, ProductSpend{product.code, product.name, table.currency(c), Money(), 0, 0});
        it->quantity += s.quantity;
        it->lines += s.lines;
        add(minorByCode[group], s.minor, &overflow);
    }
    totals.overflow = overflow;
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
