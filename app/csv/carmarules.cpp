#include "csv/carmarules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

struct RuleInfo
{
    const char16_t *id;
    CarmaSeverity severity;
    const char *description;
};

constexpr std::array<RuleInfo, CarmaRuleCount> ruleTable{{
    {u"empty-file", CarmaSeverity::Error, QT_TRANSLATE_NOOP("CarmaRules", "The file is empty.")},
    {u"byte-order-mark", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "The file starts with a UTF-8 byte order mark; Carma would read it as part of the first Originalid.")},
    {u"empty-line", CarmaSeverity::Error, QT_TRANSLATE_NOOP("CarmaRules", "Empty line.")},
    {u"line-too-long", CarmaSeverity::Error, QT_TRANSLATE_NOOP("CarmaRules", "The line is longer than the limit.")},
    {u"header-row", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "The first line looks like a header row; a Carma file must start with data.")},
    {u"too-few-fields", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "Fewer than 3 fields: Originalid, Sku and itemPrice are mandatory.")},
    {u"too-many-fields", CarmaSeverity::Error, QT_TRANSLATE_NOOP("CarmaRules", "More than 31 fields.")},
    {u"mandatory-empty", CarmaSeverity::Error, QT_TRANSLATE_NOOP("CarmaRules", "A mandatory value is empty.")},
    {u"price-format", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "itemPrice must be a decimal number with a point, e.g. 20.50.")},
    {u"datetime-format", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "Transaction Time must have the form yyyy-MM-dd HH:mm:ss.")},
    {u"datetime-invalid", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "Transaction Time is not a real date and time.")},
    {u"quantity-format", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "No of Items must be a whole number of 0 or more.")},
    {u"total-format", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "Total price must be a decimal number with a point, e.g. 41.00.")},
    {u"total-mismatch", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "Total price is not itemPrice times No of Items.")},
    {u"number-out-of-range", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "The number has too many digits (at most 18, of which 9 decimals).")},
    {u"invalid-utf8", CarmaSeverity::Error, QT_TRANSLATE_NOOP("CarmaRules", "The value is not valid UTF-8.")},
    {u"nul-byte", CarmaSeverity::Error, QT_TRANSLATE_NOOP("CarmaRules", "The value contains a NUL byte.")},
    {u"bare-cr", CarmaSeverity::Error,
     QT_TRANSLATE_NOOP("CarmaRules", "The value contains a carriage return, which would break the line.")},
    {u"recommended-missing", CarmaSeverity::Warning,
     QT_TRANSLATE_NOOP("CarmaRules", "A strongly recommended value (Transaction Time, No of Items) is missing.")},
    {u"total-unverifiable", CarmaSeverity::Warning,
     QT_TRANSLATE_NOOP("CarmaRules", "Total price is given without No of Items and cannot be checked.")},
    {u"quoted-value", CarmaSeverity::Warning,
     QT_TRANSLATE_NOOP("CarmaRules", "The value is in double quotes; Carma has no quoting and keeps them as data.")},
    {u"surrounding-space", CarmaSeverity::Warning,
     QT_TRANSLATE_NOOP("CarmaRules", "The value starts or ends with a blank, which Carma keeps.")},
    {u"currency-code", CarmaSeverity::Warning,
     QT_TRANSLATE_NOOP("CarmaRules", "Currency is not a three-letter code such as SEK or EUR.")},
}};

const RuleInfo &info(CarmaRule rule)
{
    return ruleTable[static_cast<std::size_t>(rule)];
}

} // namespace

QString ruleId(CarmaRule rule)
{
    return QString::fromUtf16(info(rule).id);
}

std::optional<CarmaRule> ruleFromId(QStringView id)
{
    for (int index = 0; index < CarmaRuleCount; ++index) {
        if (id == QStringView(ruleTable[static_cast<std::size_t>(index)].id))
            return static_cast<CarmaRule>(index);
    }
    return std::nullopt;
}

CarmaSeverity ruleSeverity(CarmaRule rule)
{
    return info(rule).severity;
}

QString ruleDescription(CarmaRule rule)
{
    return QCoreApplication::translate("CarmaRules", info(rule).description);
}

} // namespace cdp::csv
