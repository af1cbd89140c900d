#include "csv/decimaltransform.h"

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

// Splits a number into digit groups and separators and checks the grouping for a decimal
// character; returns false when the text is no number in that style.
bool rewrite(QByteArrayView text, char decimal, QByteArray *out)
{
    const char thousands = decimal == '.' ? ',' : '.';
    const qsizetype size = text.size();
    // Longer text is no number Carma could hold (18 significant digits).
    constexpr qsizetype MaxLength = 64;
    if (size == 0 || size > MaxLength)
        return false;
    char target[MaxLength];
    qsizetype length = 0;
    qsizetype i = 0;
    if (text[0] == '-') {
        target[length++] = '-';
        ++i;
    }
    if (i >= size || !isDigit(text[i]))
        return false;
    int groupDigits = 0;
    bool grouped = false; // a thousands separator was seen
    bool afterDecimal = false;
    char groupSeparator = '\0';
    for (; i < size; ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            target[length++] = c;
            ++groupDigits;
            continue;
        }
        if (afterDecimal)
            return false;
        if (c == decimal) {
            if ((grouped && groupDigits != 3) || i + 1 >= size || !isDigit(text[i + 1]))
                return false;
            target[length++] = '.';
            afterDecimal = true;
            groupDigits = 0;
            continue;
        }
        if (c == thousands || c == ' ' || c == '\'') {
            if ((grouped && groupDigits != 3) || (!grouped && groupDigits > 3))
                return false;
            if (grouped && c != groupSeparator)
                return false;
            grouped = true;
            groupSeparator = c;
            groupDigits = 0;
            continue;
        }
        return false;
    }
    if (!afterDecimal && grouped && groupDigits != 3)
        return false;
    if (out != nullptr)
        out->append(target, length);
    return true;
}

} // namespace

DecimalStatus normalizeDecimal(QByteArrayView text, DecimalSeparator separator, QByteArray &out)
{
    text = trimmed(text);
    if (separator == DecimalSeparator::Undecided) {
        // Only text that reads the same in both styles may pass.
        QByteArray point;
        QByteArray comma;
        const bool asPoint = rewrite(text, '.', &point);
        const bool asComma = rewrite(text, ',', &comma);
        if (asPoint && asComma && point == comma) {
            out.append(point);
            return DecimalStatus::Ok;
        }
        return asPoint || asComma ? DecimalStatus::Undecided : DecimalStatus::Malformed;
    }
    return rewrite(text, separator == DecimalSeparator::Comma ? ',' : '.', &out) ? DecimalStatus::Ok
                                                                              : DecimalStatus::Malformed;
}

void DecimalScan::add(QByteArrayView value)
{
    value = trimmed(value);
    if (value.isEmpty())
        return;
    ++m_values;
    QByteArray point;
    QByteArray comma;
    const bool asPoint = rewrite(value, '.', &point);
    const bool asComma = rewrite(value, ',', &comma);
    if (!asPoint && !asComma)
        return;
    ++m_numbers;
    if (asPoint && asComma) {
        if (point != comma) {
            ++m_ambiguous;
            if (m_example.isEmpty())
                m_example = value.toByteArray();
        }
        return;
    }
    if (asPoint)
        ++m_pointVotes;
    else
        ++m_commaVotes;
}

DecimalEvidence DecimalScan::evidence() const
{
    if (m_pointVotes > 0 && m_commaVotes > 0)
        return DecimalEvidence::Conflicting;
    if (m_pointVotes > 0)
        return DecimalEvidence::Point;
    if (m_commaVotes > 0)
        return DecimalEvidence::Comma;
    if (m_ambiguous > 0)
        return DecimalEvidence::Ambiguous;
    return DecimalEvidence::NotNeeded;
}

QString decimalSeparatorId(DecimalSeparator separator)
{
    switch (separator) {
    case DecimalSeparator::Point:
        return u"point"_s;
    case DecimalSeparator::Comma:
        return u"comma"_s;
    case DecimalSeparator::Undecided:
        break;
    }
    return u"undecided"_s;
}

bool decimalSeparatorFromId(QStringView id, DecimalSeparator &separator)
{
    for (DecimalSeparator candidate : {DecimalSeparator::Undecided, DecimalSeparator::Point, DecimalSeparator::Comma}) {
        if (id == decimalSeparatorId(candidate)) {
            separator = candidate;
            return true;
        }
    }
    return false;
}

} // namespace cdp::csv
