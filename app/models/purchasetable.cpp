#include "purchasetable.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#include <limits>

namespace cdp {

namespace {

constexpr qint64 kMsPerDay = 86400000;
constexpr quint32 kNoProduct = std::numeric_limits<quint32>::max();

constexpr std::array<qint64, 19> kPow10 = [] {
    std::array<qint64, 19> p{};
    qint64 v = 1;
    for (size_t i = 0; i < p.size(); ++i) {
        p[i] = v;
        if (i + 1 < p.size())
            v *= 10;
    }
    return p;
}();

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Howard Hinnant's civil_from_days: days since 1970-01-01 → y, m, d (proleptic Gregorian).
void civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    *month = m;
    *day = d;
}

char16_t *put2(char16_t *out, int v)
{
    *out++ = char16_t(u'0' + v / 10 % 10);
    *out++ = char16_t(u'0' + v % 10);
    return out;
}

// The amount rescaled to `scale` (>= its own), or nullopt on overflow.
std::optional<qint64> minorAt(const Money &money, int scale)
{
    const int up = scale - money.decimals();
    if (up <= 0)
        return money.minorUnits();
    qint64 result = 0;
    if (up > 18 || __builtin_mul_overflow(money.minorUnits(), kPow10[size_t(up)], &result))
        return std::nullopt;
    return result;
}

} // namespace

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
constexpr std::size_t kBulkThreshold = std::size_t(4) << 20;
} // namespace

void *bulkAllocate(std::size_t bytes)
{
    void *p = nullptr;
#ifdef Q_OS_LINUX
    if (bytes >= kBulkThreshold) {
        const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        p = std::aligned_alloc(kHugePage, rounded);
        if (p)
            madvise(p, rounded, MADV_HUGEPAGE);
    }
#endif
    if (!p)
        p = std::malloc(bytes == 0 ? 1 : bytes);
    if (!p)
        throw std::bad_alloc();
    return p;
}

void bulkFree(void *p, std::size_t) noexcept
{
    std::free(p);
}

void PurchaseTable::reserve(qsizetype rows)
{
    const auto n = size_t(rows);
    m_dateMs.reserve(n);
    m_productKey.reserve(n);
    m_unitMinor.reserve(n);
    m_orderMinor.reserve(n);
    m_product.reserve(n);
    m_quantity.reserve(n);
    m_currency.reserve(n);
    m_scale.reserve(n);
    m_flags.reserve(n);
}

void PurchaseTable::clear()
{
    *this = PurchaseTable();
}

namespace {

quint64 productHash(const PurchaseLine &line)
{
    return quint64(qHash(line.productCode, 0));   // variants of a code probe on: verified by sameProduct()
}

} // namespace

bool PurchaseTable::sameProduct(quint32 index, quint64 hash, const PurchaseLine &line) const
{
    const ProductKey &key = m_productKeys[index];
    if (key.hash != hash || key.lengths[0] != quint32(line.productCode.size())
        || key.lengths[1] != quint32(line.productName.size()) || key.lengths[2] != quint32(line.productDescription.size())
        || key.lengths[3] != quint32(line.productImgUrl.size()))
        return false;
    const QChar *text = m_productTexts[index].constData();
    for (const QString *field : {&line.productCode, &line.productName, &line.productDescription, &line.productImgUrl}) {
        if (std::memcmp(text, field->constData(), size_t(field->size()) * sizeof(QChar)) != 0)
            return false;
        text += field->size();
    }
    return true;
}

void PurchaseTable::growSlots()
{
    const size_t size = m_slots.empty() ? 1024 : m_slots.size() * 2;
    m_slots.assign(size, kNoProduct);
    const size_t mask = size - 1;
    for (quint32 i = 0; i < quint32(m_products.size()); ++i) {
        size_t slot = size_t(m_productKeys[i].hash) & mask;
        while (m_slots[slot] != kNoProduct)
            slot = (slot + 1) & mask;
        m_slots[slot] = i;
    }
}

quint32 PurchaseTable::internProduct(const PurchaseLine &line)
{
    if ((m_products.size() + 1) * 2 > m_slots.size())
        growSlots();
    const quint64 hash = productHash(line);
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(hash) & mask;
    for (; m_slots[slot] != kNoProduct; slot = (slot + 1) & mask) {
        if (sameProduct(m_slots[slot], hash, line))
            return m_slots[slot];
    }
    const auto index = quint32(m_products.size());
    m_products.push_back(Product{line.productCode, line.productName, line.productDescription, line.productImgUrl});
    ProductKey key;
    key.hash = hash;
    key.lengths[0] = quint32(line.productCode.size());
    key.lengths[1] = quint32(line.productName.size());
    key.lengths[2] = quint32(line.productDescription.size());
    key.lengths[3] = quint32(line.productImgUrl.size());
    m_productKeys.push_back(key);
    m_productTexts.push_back(line.productCode + line.productName + line.productDescription + line.productImgUrl);
    m_slots[slot] = index;
    return index;
}

quint16 PurchaseTable::internCurrency(const QString &currency)
{
    if (m_currencies.isEmpty())
        m_currencies.append(QString());
    if (m_currencies.at(m_lastCurrency) == currency)
        return quint16(m_lastCurrency);
    qsizetype index = m_currencies.indexOf(currency);
    if (index < 0) {
        if (m_currencies.size() > std::numeric_limits<quint16>::max())
            return 0;   // more than 65 535 currencies: not a real answer; shown without currency
        m_currencies.append(currency);
        index = m_currencies.size() - 1;
    }
    m_lastCurrency = int(index);
    return quint16(index);
}

void PurchaseTable::append(const PurchaseLine &line)
{
    quint8 flags = 0;
    qint64 date = 0;
    if (line.orderDate.isValid()) {
        flags |= HasDate;
        if (line.orderDateHasTime)
            flags |= HasTime;
        date = line.orderDate.toMSecsSinceEpoch();
    } else if (!line.orderDateText.isEmpty()) {
        flags |= UnreadableDate;
        m_unreadableDates.insert(size(), line.orderDateText);
    }
    if (line.productKey >= 0)
        flags |= HasProductKey;

    qint32 quantity = 0;
    if (line.quantity) {
        flags |= HasQuantity;
        quantity = qint32(std::clamp<qint64>(*line.quantity, std::numeric_limits<qint32>::min(),
                                             std::numeric_limits<qint32>::max()));
    }

    int scale = 2;
    if (line.unitValue)
        scale = std::max(scale, line.unitValue->decimals());
    if (line.orderValue)
        scale = std::max(scale, line.orderValue->decimals());
    qint64 unit = 0;
    qint64 order = 0;
    if (line.unitValue) {
        if (const std::optional<qint64> v = minorAt(*line.unitValue, scale)) {
            unit = *v;
            flags |= HasUnitValue;
        }
    }
    if (line.orderValue) {
        if (const std::optional<qint64> v = minorAt(*line.orderValue, scale)) {
            order = *v;
            flags |= HasOrderValue;
        }
    }
    m_maxScale = std::max(m_maxScale, scale);

    m_dateMs.push_back(date);
    m_productKey.push_back(line.productKey);
    m_unitMinor.push_back(unit);
    m_orderMinor.push_back(order);
    m_product.push_back(internProduct(line));
    m_quantity.push_back(quantity);
    m_currency.push_back(internCurrency(line.currency()));
    m_scale.push_back(quint8(scale));
    m_flags.push_back(flags);
}

std::optional<Money> PurchaseTable::unitValue(int r) const
{
    if (!has(r, HasUnitValue))
        return std::nullopt;
    return Money(unitMinor(r), scale(r), currency(currencyIndex(r)));
}

std::optional<Money> PurchaseTable::orderValue(int r) const
{
    if (!has(r, HasOrderValue))
        return std::nullopt;
    return Money(orderMinor(r), scale(r), currency(currencyIndex(r)));
}

qint64 PurchaseTable::atScale(qint64 minor, int rowScale, int targetScale)
{
    if (targetScale <= rowScale)
        return minor;
    const qint64 factor = kPow10[size_t(std::min(targetScale - rowScale, 18))];
    qint64 result = 0;
    if (__builtin_mul_overflow(minor, factor, &result))
        return minor < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return result;
}

int PurchaseTable::formatDate(qint64 epochMs, bool withTime, char16_t *out)
{
    const qint64 days = floorDiv(epochMs, kMsPerDay);
    const qint64 msOfDay = epochMs - days * kMsPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char16_t *p = out;
    year = std::clamp(year, 0, 9999);
    p = put2(p, year / 100);
    p = put2(p, year % 100);
    *p++ = u'-';
    p = put2(p, month);
    *p++ = u'-';
    p = put2(p, day);
    if (withTime) {
        const int seconds = int(msOfDay / 1000);
        *p++ = u' ';
        p = put2(p, seconds / 3600);
        *p++ = u':';
        p = put2(p, seconds / 60 % 60);
        *p++ = u':';
        p = put2(p, seconds % 60);
    }
    return int(p - out);
}

int PurchaseTable::formatDate(int r, char16_t *out) const
{
    if (!has(r, HasDate))
        return 0;
    return formatDate(dateMs(r), has(r, HasTime), out);
}

void PurchaseTable::yearMonth(qint64 epochMs, int *year, int *month)
{
    int day = 0;
    civilFromDays(floorDiv(epochMs, kMsPerDay), year, month, &day);
}

QString PurchaseTable::dateText(int r) const
{
    if (has(r, UnreadableDate))
        return m_unreadableDates.value(r);
    char16_t buffer[20];
    const int n = formatDate(r, buffer);
    return QString(reinterpret_cast<const QChar *>(buffer), n);
}

PurchaseLine PurchaseTable::line(int r) const
{
    PurchaseLine line;
    const Product &p = product(productIndex(r));
    line.productKey = has(r, HasProductKey) ? productKey(r) : -1;
    line.productCode = p.code;
    line.productName = p.name;
    line.productDescription = p.description;
    line.productImgUrl = p.imageUrl;
    if (has(r, HasQuantity))
        line.quantity = quantity(r);
    line.unitValue = unitValue(r);
    line.orderValue = orderValue(r);
    if (has(r, HasDate)) {
        line.orderDate = QDateTime::fromMSecsSinceEpoch(dateMs(r), Qt::UTC);
        line.orderDateHasTime = has(r, HasTime);
    }
    line.orderDateText = dateText(r);
    return line;
}

std::size_t PurchaseTable::memoryBytes() const
{
    std::size_t bytes = m_dateMs.capacity() * sizeof(qint64) * 4   // date, key, unit, order
                        + m_product.capacity() * sizeof(quint32) + m_quantity.capacity() * sizeof(qint32)
                        + m_currency.capacity() * sizeof(quint16) + m_scale.capacity() + m_flags.capacity();
    bytes += m_slots.capacity() * sizeof(quint32) + m_productKeys.capacity() * sizeof(ProductKey);
    for (const Product &p : m_products)
        bytes += sizeof(Product) + sizeof(QString)
                 + std::size_t(p.code.size() + p.name.size() + p.description.size() + p.imageUrl.size()) * 4;
    return bytes;
}

} // namespace cdp
