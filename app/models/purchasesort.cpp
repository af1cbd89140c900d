#include "purchasesort.h"

#include "purchasesmodel.h"
#include "purchasetable.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>
#include <utility>

namespace cdp::PurchaseSort {

namespace {

constexpr size_t kRadixThreshold = 4096;

// Ranks of texts: equal texts share a rank; case-insensitive order, then case-sensitive.
std::vector<qint64> rankTexts(const std::vector<const QString *> &texts)
{
    std::vector<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    auto compare = [&texts](int a, int b) {
        int c = QString::compare(*texts[size_t(a)], *texts[size_t(b)], Qt::CaseInsensitive);
        if (c == 0)
            c = QString::compare(*texts[size_t(a)], *texts[size_t(b)], Qt::CaseSensitive);
        return c;
    };
    std::sort(order.begin(), order.end(), [&compare](int a, int b) {
        const int c = compare(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    std::vector<qint64> rank(texts.size());
    qint64 current = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compare(order[i - 1], order[i]) != 0)
            ++current;
        rank[size_t(order[i])] = current;
    }
    return rank;
}

// The integer sort key of a row for one column.
class Keys
{
public:
    Keys(const PurchaseTable &table, int column)
        : m_table(table)
        , m_column(column)
        , m_scale(table.maxScale())
    {
        std::vector<const QString *> texts;
        switch (column) {
        case PurchasesModel::ProductCode:
        case PurchasesModel::ProductName:
        case PurchasesModel::Description:
        case PurchasesModel::ImageUrl:
            texts.reserve(size_t(table.productCount()));
            for (int p = 0; p < table.productCount(); ++p) {
                const PurchaseTable::Product &product = table.product(quint32(p));
                texts.push_back(column == PurchasesModel::ProductCode   ? &product.code
                                : column == PurchasesModel::ProductName ? &product.name
                                : column == PurchasesModel::Description ? &product.description
                                                                        : &product.imageUrl);
            }
            m_rank = rankTexts(texts);
            break;
        case PurchasesModel::Currency:
            for (const QString &currency : table.currencies())
                texts.push_back(&currency);
            m_rank = rankTexts(texts);
            break;
        default:
            break;
        }
    }

    bool present(int r) const
    {
        switch (m_column) {
        case PurchasesModel::Date: return m_table.has(r, PurchaseTable::HasDate);
        case PurchasesModel::Qty: return m_table.has(r, PurchaseTable::HasQuantity);
        case PurchasesModel::UnitValue: return m_table.has(r, PurchaseTable::HasUnitValue);
        case PurchasesModel::OrderValue: return m_table.has(r, PurchaseTable::HasOrderValue);
        default: return true;
        }
    }

    qint64 key(int r) const
    {
        switch (m_column) {
        case PurchasesModel::Date: return m_table.dateMs(r);
        case PurchasesModel::Qty: return m_table.quantity(r);
        case PurchasesModel::UnitValue: return PurchaseTable::atScale(m_table.unitMinor(r), m_table.scale(r), m_scale);
        case PurchasesModel::OrderValue: return PurchaseTable::atScale(m_table.orderMinor(r), m_table.scale(r), m_scale);
        case PurchasesModel::Currency: return m_rank[size_t(m_table.currencyIndex(r))];
        default: return m_rank[m_table.productIndex(r)];
        }
    }

private:
    const PurchaseTable &m_table;
    int m_column;
    int m_scale;
    std::vector<qint64> m_rank;
};

using Keyed = std::pair<qint64, int>;

bool ascending(const Keyed &a, const Keyed &b)
{
    return a.first != b.first ? a.first < b.first : a.second < b.second;
}

bool descending(const Keyed &a, const Keyed &b)
{
    return a.first != b.first ? a.first > b.first : a.second < b.second;
}

// Stable LSD radix sort of (key, row) pairs by key (ascending, or descending), 8-bit digits;
// digits that are the same in every key are skipped, so amounts below 2^24 minor units take three
// passes. Ties keep their incoming order (rows ascending).
void radixSort(std::vector<Keyed> &items, Qt::SortOrder order)
{
    const size_t n = items.size();
    std::vector<std::array<size_t, 256>> counts(8);
    for (auto &c : counts)
        c.fill(0);
    auto biased = [order](qint64 key) {
        const quint64 u = quint64(key) ^ (quint64(1) << 63);   // signed order as unsigned
        return order == Qt::AscendingOrder ? u : ~u;
    };
    for (const Keyed &item : items) {
        const quint64 u = biased(item.first);
        for (int d = 0; d < 8; ++d)
            ++counts[size_t(d)][(u >> (8 * d)) & 0xff];
    }
    std::vector<Keyed> buffer(n);
    for (int d = 0; d < 8; ++d) {
        std::array<size_t, 256> &c = counts[size_t(d)];
        if (std::find(c.begin(), c.end(), n) != c.end())
            continue;   // every key has the same digit here
        size_t sum = 0;
        for (size_t &count : c) {
            const size_t here = count;
            count = sum;
            sum += here;
        }
        for (const Keyed &item : items)
            buffer[c[(biased(item.first) >> (8 * d)) & 0xff]++] = item;
        items.swap(buffer);
    }
}

// Rows [first, last) in order: keyed rows sorted, then rows without a value.
std::vector<int> sortRange(const Keys &keys, Qt::SortOrder order, int first, int last)
{
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(last - first));
    std::vector<int> missing;
    for (int r = first; r < last; ++r) {
        if (keys.present(r))
            keyed.emplace_back(keys.key(r), r);
        else
            missing.push_back(r);
    }
    if (keyed.size() >= kRadixThreshold)
        radixSort(keyed, order);   // rows were added in ascending order: stable = ties by row
    else if (order == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end(), ascending);
    else
        std::sort(keyed.begin(), keyed.end(), descending);
    std::vector<int> rows;
    rows.reserve(size_t(last - first));
    for (const Keyed &k : keyed)
        rows.push_back(k.second);
    rows.insert(rows.end(), missing.begin(), missing.end());
    return rows;
}

} // namespace

std::vector<int> sorted(const PurchaseTable &table, int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PurchasesModel::ColumnCount) {
        std::vector<int> rows(size_t(table.size()));
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    return sortRange(Keys(table, column), order, 0, table.size());
}

void mergeAppended(const PurchaseTable &table, int column, Qt::SortOrder order, std::vector<int> &ordered,
                   int first, int last)
{
    if (last <= first)
        return;
    if (column < 0 || column >= PurchasesModel::ColumnCount) {
        for (int r = first; r < last; ++r)
            ordered.push_back(r);
        return;
    }
    const Keys keys(table, column);
    const std::vector<int> added = sortRange(keys, order, first, last);
    auto less = [&keys, order](int a, int b) {
        const bool pa = keys.present(a);
        const bool pb = keys.present(b);
        if (pa != pb)
            return pa;   // rows with a value first
        if (!pa)
            return a < b;
        const Keyed ka{keys.key(a), a};
        const Keyed kb{keys.key(b), b};
        return order == Qt::AscendingOrder ? ascending(ka, kb) : descending(ka, kb);
    };
    std::vector<int> merged;
    merged.reserve(ordered.size() + added.size());
    std::merge(ordered.begin(), ordered.end(), added.begin(), added.end(), std::back_inserter(merged), less);
    ordered.swap(merged);
}

} // namespace cdp::PurchaseSort
