#include "csv/carmarowmapper.h"

#include "csv/carmavalues.h"
#include "csv/textencoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CarmaRowMapper", text);
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin);
}

struct ValueScan
{
    qsizetype forbidden = -1; // index of the first ';', CR, LF or NUL
    bool highBytes = false;   // a byte >= 0x80 (not plain ASCII)
};

bool isForbidden(char c)
{
    return c == ';' || c == '\r' || c == '\n' || c == '\0';
}

// One pass over the value, 16 bytes at a time where SSE2 is available.
ValueScan scanValue(QByteArrayView text)
{
    ValueScan scan;
    const char *data = text.data();
    const qsizetype size = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i semicolon = _mm_set1_epi8(';');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= size; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, semicolon), _mm_cmpeq_epi8(chunk, cr)),
                                         _mm_or_si128(_mm_cmpeq_epi8(chunk, lf), _mm_cmpeq_epi8(chunk, zero)));
        if (_mm_movemask_epi8(chunk) != 0)
            scan.highBytes = true;
        const int mask = _mm_movemask_epi8(bad);
        if (mask != 0) {
            scan.forbidden = i + __builtin_ctz(static_cast<unsigned>(mask));
            return scan;
        }
    }
#endif
    for (; i < size; ++i) {
        const char c = data[i];
        if (static_cast<unsigned char>(c) >= 0x80)
            scan.highBytes = true;
        else if (isForbidden(c)) {
            scan.forbidden = i;
            return scan;
        }
    }
    return scan;
}

QString describeForbidden(char c)
{
    switch (c) {
    case ';':
        return tr("a ';' (the Carma delimiter)");
    case '\r':
        return tr("a carriage return");
    case '\n':
        return tr("a line break");
    default:
        return tr("a NUL byte");
    }
}

} // namespace

void appendAmount(QByteArray &out, CarmaAmount amount)
{
    __extension__ using UInt128 = unsigned __int128;
    const bool negative = amount.units < 0;
    UInt128 magnitude = negative ? UInt128(0) - static_cast<UInt128>(amount.units) : static_cast<UInt128>(amount.units);
    char digits[48];
    int count = 0;
    if (magnitude <= UInt128(UINT64_MAX)) { // 64-bit division is far cheaper than 128-bit
        auto small = static_cast<std::uint64_t>(magnitude);
        do {
            digits[count++] = static_cast<char>('0' + static_cast<int>(small % 10));
            small /= 10;
        } while (small != 0);
    } else {
        do {
            digits[count++] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
            magnitude /= 10;
        } while (magnitude != 0);
    }
    while (count <= CarmaAmount::Scale)
        digits[count++] = '0';
    // digits holds the number reversed: [0, Scale) are decimals.
    int firstDecimal = 0; // decimals below this index are trailing zeros to drop (keep 2)
    while (firstDecimal < CarmaAmount::Scale - 2 && digits[firstDecimal] == '0')
        ++firstDecimal;
    char text[64];
    int length = 0;
    if (negative)
        text[length++] = '-';
    for (int i = count - 1; i >= CarmaAmount::Scale; --i)
        text[length++] = digits[i];
    text[length++] = '.';
    for (int i = CarmaAmount::Scale - 1; i >= firstDecimal; --i)
        text[length++] = digits[i];
    out.append(text, length);
}

CarmaRowMapper::CarmaRowMapper(const ColumnMapping &mapping, const CsvDialect &dialect)
    : m_mapping(mapping)
    , m_dialect(dialect)
    , m_lastColumn(mapping.lastMappedColumn())
{
    for (int i = 0; i < CarmaSchema::ColumnCount; ++i) {
        const FieldMapping &field = mapping.field(i);
        if (field.source == FieldSource::Constant)
        {
            m_constants[static_cast<std::size_t>(i)] = field.constant.toUtf8();
            m_constantsClean = m_constantsClean && !scanValue(m_constants[static_cast<std::size_t>(i)]).highBytes;
        }
        else if (field.source == FieldSource::CountOne)
            m_constants[static_cast<std::size_t>(i)] = QByteArrayLiteral("1");
    }
}

bool CarmaRowMapper::appendValue(int carmaColumn, QByteArrayView value, QByteArray &line, QList<RowProblem> &problems)
{
    const FieldMapping &field = m_mapping.field(carmaColumn);
    if (field.trim)
        value = trimmed(value);
    ValueScan scan = scanValue(value);
    if (scan.highBytes) {
        m_lineClean = false;
        if (m_dialect.encoding != TextEncoding::Utf8) {
            m_converted = decodeText(value, m_dialect.encoding).toUtf8();
            value = m_converted;
            scan = scanValue(value);
        }
    }
    auto problem = [&](const char16_t *rule, const QString &message) {
        problems.append(RowProblem{carmaColumn, QString::fromUtf16(rule), value.first(std::min<qsizetype>(value.size(), 80)).toByteArray(), message});
        return false;
    };
    if (scan.forbidden >= 0)
        return problem(conversionrule::ForbiddenCharacter,
                       tr("The value contains %1, which the Carma format cannot hold; the row is not written.")
                           .arg(describeForbidden(value[scan.forbidden])));
    if (value.isEmpty())
        return true;
    if (field.parseDate) {
        char buffer[CarmaTimestampLength];
        switch (convertDate(value, DateSettings{field.dateOrder, field.zone}, buffer)) {
        case DateStatus::Ok:
            line.append(buffer, CarmaTimestampLength);
            return true;
        case DateStatus::Malformed:
            return problem(conversionrule::DateFormat, tr("Not a date in any accepted format."));
        case DateStatus::Invalid:
            return problem(conversionrule::DateInvalid, tr("No such date or time."));
        case DateStatus::Ambiguous:
            return problem(conversionrule::DateOrderUndecided,
                           tr("The date reads both day-first and month-first; choose the order in the mapping."));
        }
    }
    if (field.parseNumber) {
        switch (normalizeDecimal(value, field.decimal, line)) {
        case DecimalStatus::Ok:
            return true;
        case DecimalStatus::Malformed:
            return problem(conversionrule::NumberFormat,
                           field.decimal == DecimalSeparator::Comma
                               ? tr("Not a number with a decimal comma.")
                               : tr("Not a number with a decimal point."));
        case DecimalStatus::Undecided:
            return problem(conversionrule::DecimalUndecided,
                           tr("The number reads two ways; choose the decimal separator in the mapping."));
        }
    }
    line.append(value);
    return true;
}

void CarmaRowMapper::appendTotal(QByteArray &line) const
{
    const auto at = [&](int column) {
        const qsizetype begin = m_starts[static_cast<std::size_t>(column)];
        const qsizetype end = m_starts[static_cast<std::size_t>(column) + 1] - 1; // before the ';'
        return std::string_view(line.constData() + begin, static_cast<std::size_t>(end - begin));
    };
    CarmaAmount price;
    std::int64_t items = 0;
    CarmaAmount total;
    // A bad price or quantity leaves the total empty; the line checker reports the cause.
    if (parseCarmaDecimal(at(CarmaSchema::ItemPriceColumn), price) == NumberStatus::Ok
        && parseCarmaQuantity(at(CarmaSchema::NoOfItemsColumn), items) == NumberStatus::Ok
        && multiplyAmount(price, items, total))
        appendAmount(line, total);
}

bool CarmaRowMapper::mapRecord(const CsvFieldViews &record, QByteArray &line, QList<RowProblem> &problems)
{
    line.resize(0);
    m_lineClean = m_constantsClean;
    bool ok = true;
    qsizetype lastNonEmptyEnd = 0;
    for (int column = 0; column <= m_lastColumn; ++column) {
        if (column > 0)
            line.append(';');
        m_starts[static_cast<std::size_t>(column)] = line.size();
        const FieldMapping &field = m_mapping.field(column);
        switch (field.source) {
        case FieldSource::Empty:
            break;
        case FieldSource::Column:
            if (field.sourceColumn >= record.size()) {
                problems.append(RowProblem{column, QString::fromUtf16(conversionrule::SourceColumnMissing), {},
                                           tr("The record has %1 fields; column %2 is missing.")
                                               .arg(record.size())
                                               .arg(field.sourceColumn + 1)});
                ok = false;
            } else {
                ok = appendValue(column, record.at(field.sourceColumn), line, problems) && ok;
            }
            break;
        case FieldSource::Constant:
        case FieldSource::CountOne:
            line.append(m_constants[static_cast<std::size_t>(column)]);
            break;
        case FieldSource::ComputedTotal:
            if (column > CarmaSchema::NoOfItemsColumn)
                appendTotal(line);
            break;
        }
        m_starts[static_cast<std::size_t>(column) + 1] = line.size() + 1;
        if (line.size() > m_starts[static_cast<std::size_t>(column)] || column < CarmaSchema::MinimumFieldCount)
            lastNonEmptyEnd = line.size();
    }
    line.truncate(lastNonEmptyEnd);
    return ok;
}

} // namespace cdp::csv
