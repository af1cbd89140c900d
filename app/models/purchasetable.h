#pragma once

#include "domain/money.h"
#include "domain/purchaseline.h"

#include <QHash>
#include <QStringView>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cdp {

void *bulkAllocate(std::size_t bytes);
void bulkFree(void *p, std::size_t bytes) noexcept;

// std::allocator for the big columns, except that blocks of 4 MiB and more are 2 MiB-aligned and
// marked for transparent huge pages on Linux: a million-row column then costs a handful of page
// faults instead of thousands (first-touch faults dominated populate time on the reference VM).
template<typename T>
struct BulkAllocator
{
    using value_type = T;
    BulkAllocator() = default;
    template<typename U>
    BulkAllocator(const BulkAllocator<U> &) noexcept {}
    T *allocate(std::size_t n) { return static_cast<T *>(bulkAllocate(n * sizeof(T))); }
    void deallocate(T *p, std::size_t n) noexcept { bulkFree(p, n * sizeof(T)); }
    friend bool operator==(const BulkAllocator &, const BulkAllocator &) { return true; }
    friend bool operator!=(const BulkAllocator &, const BulkAllocator &) { return false; }
};
template<typename T>
using BulkVector = std::vector<T, BulkAllocator<T>>;

// Compact column storage of purchase lines, built for a million rows (about 44 bytes a row plus
// the distinct products): one std::vector per field, product strings (code, name, description,
// image URL) stored once per distinct product, money as qint64 minor units at a per-row scale
// (at least 2 decimals, both values of a row share it) plus a 16-bit currency index. Never a
// double. Rows are only appended or cleared.
class PurchaseTable
{
public:
    struct Product
    {
        QString code;
        QString name;
        QString description;
        QString imageUrl;
    };

    enum Flag : quint8 {
        HasDate = 0x01,
        HasTime = 0x02,
        HasQuantity = 0x04,
        HasUnitValue = 0x08,
        HasOrderValue = 0x10,
        HasProductKey = 0x20,
        UnreadableDate = 0x40,   // orderDate text present but not a date (kept as text)
    };

    int size() const { return int(m_flags.size()); }
    int capacity() const { return int(m_flags.capacity()); }   // rows reserved (see reserve())
    bool isEmpty() const { return m_flags.empty(); }
    void reserve(qsizetype rows);
    void append(const PurchaseLine &line);
    void clear();

    // Raw values of row r (0 <= r < size()).
    quint8 flags(int r) const { return m_flags[size_t(r)]; }
    bool has(int r, Flag flag) const { return (m_flags[size_t(r)] & flag) != 0; }
    qint64 dateMs(int r) const { return m_dateMs[size_t(r)]; }          // epoch ms as written (UTC-stamped)
    qint64 productKey(int r) const { return m_productKey[size_t(r)]; }
    quint32 productIndex(int r) const { return m_product[size_t(r)]; }
    qint32 quantity(int r) const { return m_quantity[size_t(r)]; }
    qint64 unitMinor(int r) const { return m_unitMinor[size_t(r)]; }
    qint64 orderMinor(int r) const { return m_orderMinor[size_t(r)]; }
    int scale(int r) const { return m_scale[size_t(r)]; }
    int currencyIndex(int r) const { return m_currency[size_t(r)]; }

    const Product &product(quint32 index) const { return m_products[index]; }
    int productCount() const { return int(m_products.size()); }
    const QString &currency(int index) const { return m_currencies.at(index); }
    const QStringList &currencies() const { return m_currencies; }
    int maxScale() const { return m_maxScale; }   // the largest row scale (>= 2)

    // A money field of row r exactly as stored; nullopt when the line had none.
    std::optional<Money> unitValue(int r) const;
    std::optional<Money> orderValue(int r) const;
    // A stored amount at `targetScale` (>= the row's scale): exact integer comparison keys.
    static qint64 atScale(qint64 minor, int rowScale, int targetScale);

    // "2024-05-01 10:15:00", "2024-05-01" (no time given), the unreadable text as received, or "".
    QString dateText(int r) const;
    // Writes the date of row r as "yyyy-MM-dd HH:mm:ss" (19 chars) or "yyyy-MM-dd" (10) into out
    // (room for 19) and returns the length; 0 when the row has no date. Thread-safe, no allocation.
    int formatDate(int r, char16_t *out) const;
    static int formatDate(qint64 epochMs, bool withTime, char16_t *out);
    // Year, month (1-12) of an epoch-ms value, without QDateTime (for per-month totals).
    static void yearMonth(qint64 epochMs, int *year, int *month);

    PurchaseLine line(int r) const;               // the row rebuilt as a domain value
    std::size_t memoryBytes() const;              // capacity of the vectors + product strings (estimate)

private:
    quint32 internProduct(const PurchaseLine &line);
    quint16 internCurrency(const QString &currency);

    BulkVector<qint64> m_dateMs;
    BulkVector<qint64> m_productKey;
    BulkVector<qint64> m_unitMinor;
    BulkVector<qint64> m_orderMinor;
    BulkVector<quint32> m_product;
    BulkVector<qint32> m_quantity;
    BulkVector<quint16> m_currency;
    BulkVector<quint8> m_scale;
    BulkVector<quint8> m_flags;

    // Interning: one hash over a line's four product strings, an open-addressing slot table, and
    // per product its four texts back to back in one allocation, so that recognising a known
    // product costs one hash and about two cache misses, exact (lengths and texts are compared).
    struct ProductKey
    {
        quint64 hash = 0;
        quint32 lengths[4] = {};
    };
    bool sameProduct(quint32 index, quint64 hash, const PurchaseLine &line) const;
    void growSlots();

    std::vector<Product> m_products;
    std::vector<ProductKey> m_productKeys;        // parallel to m_products
    std::vector<QString> m_productTexts;          // code + name + description + image URL
    std::vector<quint32> m_slots;                 // product index, or kNoProduct; size a power of two
    QStringList m_currencies;                     // index 0 is "" (no currency)
    int m_lastCurrency = 0;
    QHash<int, QString> m_unreadableDates;        // row → orderDate text that is not a date
    int m_maxScale = 2;
};

} // namespace cdp
