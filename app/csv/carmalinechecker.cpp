#include "csv/carmalinechecker.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

constexpr qsizetype MaxShownValueBytes = 80;

QString tr(const char *text)
{
    return QCoreApplication::translate("CarmaValidator", text);
}

// Valid UTF-8 per RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *const end = p + text.size();
    while (p != end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        if (p[1] < low || p[1] > high)
            return false;
        for (int index = 2; index < length; ++index) {
            if (p[index] < 0x80 || p[index] > 0xBF)
                return false;
        }
        p += length;
    }
    return true;
}

QString shownValue(std::string_view value)
{
    qsizetype size = static_cast<qsizetype>(value.size());
    if (size > MaxShownValueBytes) {
        size = MaxShownValueBytes;
        // Do not cut a UTF-8 sequence in two.
        while (size > 0 && (static_cast<unsigned char>(value[static_cast<std::size_t>(size)]) & 0xC0) == 0x80)
            --size;
        return QString::fromUtf8(value.data(), size) + u'…';
    }
    return QString::fromUtf8(value.data(), size);
}

// The fields of one line; deliberately left uninitialised (set before read, per line: hot path).
class FieldSpans
{
public:
    void set(int index, const char *begin, const char *end)
    {
        m_begin[static_cast<std::size_t>(index)] = begin;
        m_end[static_cast<std::size_t>(index)] = end;
    }
    std::string_view operator[](std::size_t index) const
    {
        return std::string_view(m_begin[index], static_cast<std::size_t>(m_end[index] - m_begin[index]));
    }
    const char *endOf(std::size_t index) const { return m_end[index]; }

private:
    const char *m_begin[CarmaSchema::ColumnCount];
    const char *m_end[CarmaSchema::ColumnCount];
};

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

CarmaLineChecker::CarmaLineChecker(const CarmaSchema &schema, qsizetype maxStoredProblems,
                                   bool firstRange, CarmaTally &tally)
    : m_schema(schema)
    , m_maxStored(maxStoredProblems)
    , m_firstRange(firstRange)
    , m_tally(tally)
{
    for (int column = 0; column < CarmaSchema::ColumnCount; ++column)
        m_kinds[static_cast<std::size_t>(column)] = schema.column(column).kind;
}

void CarmaLineChecker::report(CarmaRule rule, int column, std::string_view value, const QString &detail)
{
    const CarmaSeverity severity = ruleSeverity(rule);
    if (severity == CarmaSeverity::Error)
        ++m_rowErrors;
    else
        ++m_rowWarnings;
    ++m_tally.ruleCounts[static_cast<std::size_t>(rule)];
    if (m_tally.problems.size() >= m_maxStored)
        return;
    CarmaProblem problem;
    problem.line = m_tally.lines;
    problem.column = column;
    problem.field = m_schema.fieldName(column);
    problem.rule = rule;
    problem.severity = severity;
    problem.value = shownValue(value);
    problem.message = detail.isEmpty() ? ruleDescription(rule) : ruleDescription(rule) + u' ' + detail;
    m_tally.problems.append(std::move(problem));
}

void CarmaLineChecker::reportLongLine(std::string_view prefix, qsizetype limit)
{
    ++m_tally.lines;
    m_rowErrors = 0;
    m_rowWarnings = 0;
    report(CarmaRule::LineTooLong, -1, prefix, tr("(limit: %1 bytes)").arg(limit));
    finishRow(nullptr);
}

void CarmaLineChecker::checkBytes(int column, std::string_view value)
{
    if (std::memchr(value.data(), '\0', value.size()) != nullptr)
        report(CarmaRule::NulByte, column, value);
    if (std::memchr(value.data(), '\r', value.size()) != nullptr)
        report(CarmaRule::BareCarriageReturn, column, value);
    if (!isValidUtf8(value))
        report(CarmaRule::InvalidUtf8, column, value);
}

void CarmaLineChecker::checkText(int column, std::string_view value)
{
    if (value.empty())
        return;
    const char first = value.front();
    const char last = value.back();
    if (first == ' ' || first == '\t' || last == ' ' || last == '\t')
        report(CarmaRule::SurroundingSpace, column, value);
    if (value.size() >= 2 && first == '"' && last == '"')
        report(CarmaRule::QuotedValue, column, value);
}

bool CarmaLineChecker::looksLikeHeader(std::string_view price, int count) const
{
    if (count < CarmaSchema::MinimumFieldCount)
        return false;
    CarmaAmount ignored;
    if (parseCarmaDecimal(price, ignored) == NumberStatus::Ok)
        return false;
    for (const char c : price) {
        if (isAsciiLetter(c))
            return true;
    }
    return false;
}

bool CarmaLineChecker::finishRow(const CarmaAmount *value)
{
    if (m_rowWarnings != 0)
        ++m_tally.rowsWithWarnings;
    if (m_rowErrors != 0) {
        ++m_tally.invalidRows;
        return false;
    }
    ++m_tally.validRows;
    if (value != nullptr)
        m_tally.totalValue.units += value->units;
    return true;
}

bool CarmaLineChecker::checkLine(const char *begin, const char *end, bool clean)
{
    ++m_tally.lines;
    m_rowErrors = 0;
    m_rowWarnings = 0;

    if (end != begin && end[-1] == '\r') {
        --end; // CRLF line ending: accepted, counted
        ++m_tally.crlfLines;
    }
    const bool firstLine = m_firstRange && m_tally.lines == 1;
    if (firstLine && end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) {
        report(CarmaRule::ByteOrderMark, -1, std::string_view(begin, 3));
        begin += 3;
    }
    const std::string_view line(begin, static_cast<std::size_t>(end - begin));
    if (line.empty()) {
        report(CarmaRule::EmptyLine, -1, line);
        return finishRow(nullptr);
    }

    FieldSpans fields;
    int count = 0;
    const char *fieldStart = begin;
    auto endField = [&](const char *fieldEnd) {
        if (count < CarmaSchema::ColumnCount)
            fields.set(count, fieldStart, fieldEnd);
        ++count;
        fieldStart = fieldEnd + 1;
    };
#if defined(__SSE2__)
    // 16 bytes at a time; the caller guarantees readable bytes past `end` (ReadSlackBytes).
    const __m128i semicolons = _mm_set1_epi8(';');
    for (const char *q = begin; q < end; q += 16) {
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(q)), semicolons)));
        if (end - q < 16)
            mask &= (1U << (end - q)) - 1U;
        while (mask != 0) {
            endField(q + __builtin_ctz(mask));
            mask &= mask - 1U;
        }
    }
#else
    for (const char *q = begin; q != end; ++q) {
        if (*q == ';')
            endField(q);
    }
#endif
    endField(end);
    const int present = std::min(count, CarmaSchema::ColumnCount);

    if (!clean) {
        for (int column = 0; column < present; ++column)
            checkBytes(column, fields[static_cast<std::size_t>(column)]);
        if (count > CarmaSchema::ColumnCount) {
            const char *const excessBegin = fields.endOf(CarmaSchema::ColumnCount - 1);
            const std::string_view excess(excessBegin, static_cast<std::size_t>(end - excessBegin));
            checkBytes(-1, excess);
        }
    }

    if (firstLine && looksLikeHeader(present >= CarmaSchema::MinimumFieldCount ? fields[CarmaSchema::ItemPriceColumn] : std::string_view(), present)) {
        report(CarmaRule::HeaderRow, -1, line,
               tr("(itemPrice is “%1”): remove the line.").arg(shownValue(fields[CarmaSchema::ItemPriceColumn])));
        return finishRow(nullptr);
    }
    if (count < CarmaSchema::MinimumFieldCount)
        report(CarmaRule::TooFewFields, -1, line, tr("(found %1)").arg(count));
    else if (count > CarmaSchema::ColumnCount)
        report(CarmaRule::TooManyFields, -1, line, tr("(found %1)").arg(count));

    for (int column = 0; column < std::min(present, CarmaSchema::MinimumFieldCount); ++column) {
        if (fields[static_cast<std::size_t>(column)].empty())
            report(CarmaRule::MandatoryEmpty, column, {});
    }

    CarmaAmount price;
    bool priceOk = false;
    if (present > CarmaSchema::ItemPriceColumn && !fields[CarmaSchema::ItemPriceColumn].empty()) {
        const std::string_view text = fields[CarmaSchema::ItemPriceColumn];
        const NumberStatus status = parseCarmaDecimal(text, price);
        if (status == NumberStatus::Ok)
            priceOk = true;
        else if (status == NumberStatus::OutOfRange)
            report(CarmaRule::NumberOutOfRange, CarmaSchema::ItemPriceColumn, text);
        else
            report(CarmaRule::PriceFormat, CarmaSchema::ItemPriceColumn, text, u'(' + explainDecimalProblem(text) + u')');
    }

    if (present > CarmaSchema::TransactionTimeColumn && !fields[CarmaSchema::TransactionTimeColumn].empty()) {
        const std::string_view text = fields[CarmaSchema::TransactionTimeColumn];
        const TimestampStatus status = checkCarmaTimestamp(text);
        if (status == TimestampStatus::Malformed)
            report(CarmaRule::DateTimeFormat, CarmaSchema::TransactionTimeColumn, text);
        else if (status == TimestampStatus::Invalid)
            report(CarmaRule::DateTimeInvalid, CarmaSchema::TransactionTimeColumn, text);
    } else if (count >= CarmaSchema::MinimumFieldCount) {
        report(CarmaRule::RecommendedMissing, CarmaSchema::TransactionTimeColumn, {});
    }

    std::int64_t items = 0;
    bool itemsOk = false;
    const bool itemsPresent = present > CarmaSchema::NoOfItemsColumn && !fields[CarmaSchema::NoOfItemsColumn].empty();
    if (itemsPresent) {
        const std::string_view text = fields[CarmaSchema::NoOfItemsColumn];
        const NumberStatus status = parseCarmaQuantity(text, items);
        if (status == NumberStatus::Ok)
            itemsOk = true;
        else if (status == NumberStatus::OutOfRange)
            report(CarmaRule::NumberOutOfRange, CarmaSchema::NoOfItemsColumn, text);
        else
            report(CarmaRule::QuantityFormat, CarmaSchema::NoOfItemsColumn, text);
    } else if (count >= CarmaSchema::MinimumFieldCount) {
        report(CarmaRule::RecommendedMissing, CarmaSchema::NoOfItemsColumn, {});
    }

    CarmaAmount rowValue = price;
    if (priceOk && itemsOk && !multiplyAmount(price, items, rowValue)) {
        report(CarmaRule::NumberOutOfRange, CarmaSchema::NoOfItemsColumn, fields[CarmaSchema::NoOfItemsColumn],
               tr("(itemPrice × No of Items is too large)"));
    }
    if (present > CarmaSchema::TotalPriceColumn && !fields[CarmaSchema::TotalPriceColumn].empty()) {
        const std::string_view text = fields[CarmaSchema::TotalPriceColumn];
        CarmaAmount total;
        const NumberStatus status = parseCarmaDecimal(text, total);
        if (status == NumberStatus::OutOfRange) {
            report(CarmaRule::NumberOutOfRange, CarmaSchema::TotalPriceColumn, text);
        } else if (status == NumberStatus::Malformed) {
            report(CarmaRule::TotalFormat, CarmaSchema::TotalPriceColumn, text, u'(' + explainDecimalProblem(text) + u')');
        } else if (!itemsPresent) {
            report(CarmaRule::TotalUnverifiable, CarmaSchema::TotalPriceColumn, text);
            rowValue = total;
        } else if (priceOk && itemsOk && m_rowErrors == 0) {
            if (total != rowValue) {
                report(CarmaRule::TotalMismatch, CarmaSchema::TotalPriceColumn, text,
                       tr("(expected %1)").arg(rowValue.toString()));
            }
        }
    }

    for (int column = 0; column < present; ++column) {
        const CarmaValueKind kind = m_kinds[static_cast<std::size_t>(column)];
        const std::string_view text = fields[static_cast<std::size_t>(column)];
        if (kind == CarmaValueKind::Text) {
            if (!text.empty()) {
                const char first = text.front();
                const char last = text.back();
                // Cheap pre-test: blanks, tabs and quotes are all below '#'.
                if (first <= '"' || last <= '"')
                    checkText(column, text);
            }
        } else if (kind == CarmaValueKind::Currency && !text.empty()) {
            const bool code = text.size() == 3 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A'
                              && text[1] <= 'Z' && text[2] >= 'A' && text[2] <= 'Z';
            if (!code)
                report(CarmaRule::CurrencyCode, column, text);
        }
    }
    return finishRow(&rowValue);
}

} // namespace cdp::csv
