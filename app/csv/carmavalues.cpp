#include "csv/carmavalues.h"

#include <QCoreApplication>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

constexpr std::array<std::int64_t, 10> powersOfTen{
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year))
        return 29;
    return days[static_cast<std::size_t>(month - 1)];
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CarmaValues", text);
}

} // namespace

QString CarmaAmount::toString(int minDecimals) const
{
    const bool negative = units < 0;
    // Magnitude as unsigned 128-bit so the most negative value is safe.
    __extension__ using UInt128 = unsigned __int128;
    UInt128 magnitude = negative ? UInt128(0) - static_cast<UInt128>(units) : static_cast<UInt128>(units);
    char digits[48];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    while (count <= Scale)
        digits[count++] = '0';
    // digits[] is little-endian: digits[0..Scale-1] are the decimals.
    int firstDecimal = 0; // trim trailing zeros of the decimals down to minDecimals
    while (firstDecimal < Scale - minDecimals && digits[firstDecimal] == '0')
        ++firstDecimal;
    QString text;
    text.reserve(count + 2);
    if (negative)
        text.append(u'-');
    for (int index = count - 1; index >= Scale; --index)
        text.append(QLatin1Char(digits[index]));
    if (firstDecimal < Scale) {
        text.append(u'.');
        for (int index = Scale - 1; index >= firstDecimal; --index)
            text.append(QLatin1Char(digits[index]));
    }
    return text;
}

NumberStatus parseCarmaDecimal(std::string_view text, CarmaAmount &out)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    bool negative = false;
    if (p != end && *p == '-') {
        negative = true;
        ++p;
    }
    const char *const intStart = p;
    while (p != end && *p == '0') // leading zeros are not significant
        ++p;
    const char *const significantStart = p;
    // Unsigned accumulation: wrap-around is defined, and a too long number is rejected below.
    std::uint64_t mantissa = 0;
    while (p != end && isDigit(*p)) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
        ++p;
    }
    if (p == intStart)
        return NumberStatus::Malformed;
    const auto integerDigits = static_cast<int>(p - significantStart);
    int decimals = 0;
    int decimalZeros = 0; // leading zeros of the decimals (not significant when the integer part is 0)
    if (p != end && *p == '.') {
        ++p;
        const char *const fracStart = p;
        while (p != end && *p == '0')
            ++p;
        decimalZeros = static_cast<int>(p - fracStart);
        p = fracStart;
        while (p != end && isDigit(*p)) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
            ++p;
        }
        if (p == fracStart)
            return NumberStatus::Malformed;
        decimals = static_cast<int>(p - fracStart);
    }
    if (p != end)
        return NumberStatus::Malformed;
    const int significant = integerDigits + decimals - (integerDigits == 0 ? decimalZeros : 0);
    if (significant > MaxDecimalDigits || decimals > CarmaAmount::Scale)
        return NumberStatus::OutOfRange;
    const Int128 units = static_cast<Int128>(mantissa) * powersOfTen[static_cast<std::size_t>(CarmaAmount::Scale - decimals)];
    out.units = negative ? -units : units;
    return NumberStatus::Ok;
}

NumberStatus parseCarmaQuantity(std::string_view text, std::int64_t &out)
{
    if (text.empty())
        return NumberStatus::Malformed;
    std::int64_t value = 0;
    int significant = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return NumberStatus::Malformed;
        if (significant != 0 || c != '0')
            ++significant;
        if (significant > MaxDecimalDigits)
            return NumberStatus::OutOfRange;
        value = value * 10 + (c - '0');
    }
    out = value;
    return NumberStatus::Ok;
}

QString explainDecimalProblem(std::string_view text)
{
    if (text.empty())
        return tr("empty");
    bool hasDigit = false;
    bool hasComma = false;
    bool hasPoint = false;
    bool hasLetter = false;
    bool hasExponent = false;
    bool hasBlank = false;
    for (std::size_t index = 0; index < text.size(); ++index) {
        const char c = text[index];
        if (isDigit(c)) {
            hasDigit = true;
        } else if (c == ',') {
            hasComma = true;
        } else if (c == '.') {
            hasPoint = true;
        } else if (c == ' ' || c == '\t' || c == '\'') {
            hasBlank = true;
        } else if ((c == 'e' || c == 'E') && hasDigit && index + 1 < text.size()) {
            hasExponent = true;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            hasLetter = true;
        }
    }
    if (hasLetter || !hasDigit)
        return tr("not a number");
    if (hasExponent)
        return tr("exponent notation is not allowed");
    if (hasComma && hasPoint)
        return tr("thousands separators are not allowed");
    if (hasComma)
        return tr("decimal comma instead of point");
    if (hasBlank)
        return tr("blanks or separators are not allowed");
    if (text.front() == '+')
        return tr("a plus sign is not allowed");
    return tr("not a decimal number with a point");
}

TimestampStatus checkCarmaTimestamp(std::string_view text)
{
    // 0123456789012345678
    // yyyy-MM-dd HH:mm:ss
    if (text.size() != 19)
        return TimestampStatus::Malformed;
    const char *p = text.data();
#if defined(__SSE2__)
    // Bytes 0-15 at once: digits where digits belong, "- - space :" at 4, 7, 10, 13.
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i offset = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    const __m128i isDigitMask = _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(9)), offset);
    const __m128i separators = _mm_setr_epi8(0, 0, 0, 0, '-', 0, 0, '-', 0, 0, ' ', 0, 0, ':', 0, 0);
    const __m128i isSeparatorMask = _mm_cmpeq_epi8(v, separators);
    const auto digitBits = static_cast<unsigned>(_mm_movemask_epi8(isDigitMask));
    const auto separatorBits = static_cast<unsigned>(_mm_movemask_epi8(isSeparatorMask));
    constexpr unsigned digitPattern = 0xDB6F;     // positions 0-3, 5-6, 8-9, 11-12, 14-15
    constexpr unsigned separatorPattern = 0x2490; // positions 4, 7, 10, 13
    if ((digitBits & digitPattern) != digitPattern || (separatorBits & separatorPattern) != separatorPattern
        || p[16] != ':' || !isDigit(p[17]) || !isDigit(p[18]))
        return TimestampStatus::Malformed;
#else
    static constexpr std::array<int, 14> digitPositions{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    for (const int position : digitPositions) {
        if (!isDigit(p[position]))
            return TimestampStatus::Malformed;
    }
    if (p[4] != '-' || p[7] != '-' || p[10] != ' ' || p[13] != ':' || p[16] != ':')
        return TimestampStatus::Malformed;
#endif
    const int year = twoDigits(p) * 100 + twoDigits(p + 2);
    const int month = twoDigits(p + 5);
    const int day = twoDigits(p + 8);
    const int hour = twoDigits(p + 11);
    const int minute = twoDigits(p + 14);
    const int second = twoDigits(p + 17);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return TimestampStatus::Invalid;
    if (hour > 23 || minute > 59 || second > 59)
        return TimestampStatus::Invalid;
    return TimestampStatus::Ok;
}

bool multiplyAmount(CarmaAmount price, std::int64_t items, CarmaAmount &out)
{
    // Fast path: both fit in 64 bits (every realistic price), no 128-bit multiplication call.
    if (price.units >= INT64_MIN && price.units <= INT64_MAX) {
        std::int64_t small = 0;
        if (!__builtin_mul_overflow(static_cast<std::int64_t>(price.units), items, &small)) {
            out.units = small;
            return true;
        }
    }
    Int128 product = 0;
    if (__builtin_mul_overflow(price.units, static_cast<Int128>(items), &product))
        return false;
    out.units = product;
    return true;
}

} // namespace cdp::csv
