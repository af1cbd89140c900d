#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <string_view>

namespace cdp::csv {

// Exact fixed-point arithmetic for Carma money values: no binary floating point anywhere.
__extension__ using Int128 = __int128;

// A money amount in units of 10^-9 (nano-units), exact.
struct CarmaAmount
{
    static constexpr int Scale = 9;
    Int128 units = 0;

    // Decimal text with a point and at least minDecimals decimals, trailing zeros beyond trimmed.
    QString toString(int minDecimals = 2) const;
    friend bool operator==(CarmaAmount a, CarmaAmount b) { return a.units == b.units; }
    friend bool operator!=(CarmaAmount a, CarmaAmount b) { return a.units != b.units; }
};

enum class NumberStatus { Ok, Malformed, OutOfRange };

// Digits of a decimal value: at most 18 significant digits, of which at most 9 after the point.
inline constexpr int MaxDecimalDigits = 18;

// Carma decimal: -?[0-9]+(\.[0-9]+)? - a point for decimals; no sign '+', no decimal comma, no
// thousands separators, no exponent, no NaN/Inf, no blanks. A leading '-' is accepted (refunds).
NumberStatus parseCarmaDecimal(std::string_view text, CarmaAmount &out);

// Carma "No of Items": a non-negative whole number, [0-9]+ with at most 18 digits.
NumberStatus parseCarmaQuantity(std::string_view text, std::int64_t &out);

// Why a decimal failed, in words ("decimal comma instead of point", …) for problem messages.
QString explainDecimalProblem(std::string_view text);

enum class TimestampStatus { Ok, Malformed, Invalid };

// "yyyy-MM-dd HH:mm:ss" read as UTC: exactly 19 bytes, all digits where digits belong, a real
// calendar date (leap years, year 0001-9999) and time 00:00:00-23:59:59 (no leap second).
// Pure arithmetic: no QDateTime, no time zone lookup.
TimestampStatus checkCarmaTimestamp(std::string_view text);

// price * items, exact; false when the product does not fit.
bool multiplyAmount(CarmaAmount price, std::int64_t items, CarmaAmount &out);

} // namespace cdp::csv
