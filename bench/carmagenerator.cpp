#include "carmagenerator.h"

#include <QByteArray>
#include <QFile>

#include <array>
#include <cstdint>
#include <cstdio>

namespace cdp::bench {

namespace {

class Random
{
public:
    std::uint64_t next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    int below(int limit) { return static_cast<int>(next() % static_cast<std::uint64_t>(limit)); }

private:
    std::uint64_t m_state = 0x9E3779B97F4A7C15ULL;
};

// Suffixes after "C<contact>;SKU-<sku>".
constexpr std::array<const char *, 8> broken{
    ";20,50;2021-03-04 10:11:12;2;41.00\n",          // decimal comma
    ";19.90;2021-02-30 10:11:12;1;19.90\n",          // Feb 30
    ";19.90;2021-02-03 24:00:00;1;19.90\n",          // 24:00:00
    ";10.00;2021-02-03 08:00:00;3;31.00\n",          // total mismatch
    "\n",                                             // too few fields
    ";1e3;2021-02-03 08:00:00;1;1000\n",             // exponent
    ";5.00;2021-02-03 08:00:00;1.5;7.50\n",          // decimal quantity
    ";5.00;03/02/2021 08:00;1;5.00\n",               // date format
};

constexpr std::array<const char *, 6> categories{"shoes", "books", "garden", "toys", "kitchen", "sports"};

// Decimal digits of value, zero-padded to at least `width`; snprintf is the generator's bottleneck.
char *putNumber(char *out, long long value, int width = 1)
{
    char digits[24];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (count < width)
        digits[count++] = '0';
    while (count > 0)
        *out++ = digits[--count];
    return out;
}

char *putText(char *out, const char *text)
{
    while (*text != '\0')
        *out++ = *text++;
    return out;
}

} // namespace

CarmaGeneratorStats generateCarmaFile(const QString &path, qint64 bytes, int brokenPerMille)
{
    CarmaGeneratorStats stats;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        stats.error = file.errorString();
        return stats;
    }
    Random random;
    QByteArray block;
    block.reserve(4 << 20);
    char row[256];
    while (stats.bytes < bytes) {
        const int contact = random.below(1000000);
        const int sku = random.below(100000);
        int length = 0;
        if (random.below(1000) < brokenPerMille) {
            const char *suffix = broken[static_cast<std::size_t>(random.below(static_cast<int>(broken.size())))];
            length = std::snprintf(row, sizeof row, "C%06d;SKU-%05d%s", contact, sku, suffix);
            ++stats.brokenRows;
        } else {
            const int cents = 100 + random.below(99900);
            const int items = 1 + random.below(9);
            const long long total = static_cast<long long>(cents) * items;
            char *out = row;
            out = putNumber(putText(out, "C"), contact, 6);
            out = putNumber(putText(out, ";SKU-"), sku, 5);
            out = putNumber(putText(out, ";"), cents / 100);
            out = putNumber(putText(out, "."), cents % 100, 2);
            out = putNumber(putText(out, ";20"), 15 + random.below(10), 2);
            out = putNumber(putText(out, "-"), 1 + random.below(12), 2);
            out = putNumber(putText(out, "-"), 1 + random.below(28), 2);
            out = putNumber(putText(out, " "), random.below(24), 2);
            out = putNumber(putText(out, ":"), random.below(60), 2);
            out = putNumber(putText(out, ":"), random.below(60), 2);
            out = putNumber(putText(out, ";"), items);
            out = putNumber(putText(out, ";"), total / 100);
            out = putNumber(putText(out, "."), total % 100, 2);
            out = putNumber(putText(out, ";SEK;INV-"), random.below(10000000), 7);
            out = putText(putText(out, ";"), categories[static_cast<std::size_t>(random.below(static_cast<int>(categories.size())))]);
            *out++ = '\n';
            length = static_cast<int>(out - row);
        }
        block.append(row, length);
        stats.bytes += length;
        ++stats.rows;
        if (block.size() >= (4 << 20) - 256) {
            if (file.write(block) != block.size()) {
                stats.error = file.errorString();
                return stats;
            }
            block.clear();
        }
    }
    if (file.write(block) != block.size())
        stats.error = file.errorString();
    return stats;
}

} // namespace cdp::bench
