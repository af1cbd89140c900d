#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace cdp::csv {

enum class CarmaSeverity { Error, Warning };

// Every rule the validator checks. The ids (ruleId) are stable: they appear in JSON summaries,
// rejected-row reports and saved settings.
enum class CarmaRule {
    EmptyFile,          // error   "empty-file": no bytes at all
    ByteOrderMark,      // error   "byte-order-mark": UTF-8 BOM would become part of Originalid
    EmptyLine,          // error   "empty-line": a line with no bytes (Carma sees a 1-field row)
    LineTooLong,        // error   "line-too-long": longer than the limit (default 1 MiB)
    HeaderRow,          // error   "header-row": line 1 looks like column titles
    TooFewFields,       // error   "too-few-fields": fewer than 3 fields
    TooManyFields,      // error   "too-many-fields": more than 31 fields
    MandatoryEmpty,     // error   "mandatory-empty": column 0, 1 or 2 empty
    PriceFormat,        // error   "price-format": itemPrice not a decimal with point
    DateTimeFormat,     // error   "datetime-format": not yyyy-MM-dd HH:mm:ss
    DateTimeInvalid,    // error   "datetime-invalid": right shape, no such date/time (Feb 30, 24:00:00)
    QuantityFormat,     // error   "quantity-format": No of Items not a non-negative integer
    TotalFormat,        // error   "total-format": Total price not a decimal with point
    TotalMismatch,      // error   "total-mismatch": Total price != itemPrice * No of Items (exact)
    NumberOutOfRange,   // error   "number-out-of-range": too many digits for exact arithmetic
    InvalidUtf8,        // error   "invalid-utf8"
    NulByte,            // error   "nul-byte"
    BareCarriageReturn, // error   "bare-cr": a CR not directly before the LF ending the line
    RecommendedMissing, // warning "recommended-missing": Transaction Time or No of Items absent/empty
    TotalUnverifiable,  // warning "total-unverifiable": Total price given without No of Items
    QuotedValue,        // warning "quoted-value": "..." - Carma has no quoting, quotes are data
    SurroundingSpace,   // warning "surrounding-space": leading or trailing blank in a value
    CurrencyCode,       // warning "currency-code": newer layout, Currency not 3 letters A-Z
};

inline constexpr int CarmaRuleCount = static_cast<int>(CarmaRule::CurrencyCode) + 1;

using CarmaRuleCounts = std::array<qint64, CarmaRuleCount>;

QString ruleId(CarmaRule rule);
std::optional<CarmaRule> ruleFromId(QStringView id);
CarmaSeverity ruleSeverity(CarmaRule rule);
// One sentence describing the rule, for the rule-count table.
QString ruleDescription(CarmaRule rule);

} // namespace cdp::csv
