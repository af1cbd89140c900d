#include "money.h"

#include <QtNumeric>

#include <array>
#include <limits>
#include <utility>

namespace cdp {

namespace {

constexpr std::array<quint64, 19> kPow10 = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
    1000000000000000000ULL,
};

quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

void fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
}

bool isSignChar(QChar c)
{
    return c == u'-' || c == u'+' || c == QChar(0x2212);
}

bool isGroupSpace(QChar c)
{
    return c.isSpace() || c == u'\'' || c == QChar(0x2019);
}

// A currency written next to a number: letters and currency symbols, optionally ending in '.'
// ("kr.", "US$", "R$", "EUR", "zł").
bool isCurrencyText(QStringView text)
{
    if (text.isEmpty() || text.size() > 8)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetter() || c.category() == QChar::Symbol_Currency)
            continue;
        if (c == u'.' && i == text.size() - 1 && i > 0)
            continue;
        return false;
    }
    return true;
}

struct Affix
{
    int signs = 0;
    bool negative = false;
    bool openParen = false;
    bool closeParen = false;
    QString currency;
};

// Separates the sign ('-', '+', U+2212 or accounting parentheses) from the currency text that
// stands before or after the number.
Affix splitAffix(QStringView text)
{
    Affix affix;
    QString rest;
    for (const QChar c : text) {
        if (isSignChar(c)) {
            ++affix.signs;
            if (c != u'+')
                affix.negative = true;
        } else if (c == u'(') {
            affix.openParen = true;
        } else if (c == u')') {
            affix.closeParen = true;
        } else if (c.isSpace()) {
            if (!rest.isEmpty())
                rest.append(u' ');
        } else {
            rest.append(c);
        }
    }
    affix.currency = rest.trimmed();
    return affix;
}

// The magnitude with the locale's digits, group separator and decimal point.
QString formatMagnitude(quint64 m, int decimals, const QLocale &locale)
{
    QString text = locale.toString(qulonglong(m / kPow10[size_t(decimals)]));
    if (decimals > 0) {
        text.append(locale.decimalPoint());
        const QString fraction =
            QString::number(m % kPow10[size_t(decimals)]).rightJustified(decimals, u'0');
        if (locale.zeroDigit() == QStringLiteral("0")) {
            text.append(fraction);
        } else {
            for (const QChar digit : fraction)
                text.append(locale.toString(digit.digitValue()));
        }
    }
    return text;
}

} // namespace

Money::Money(qint64 minorUnits, int decimals, QString currency)
    : m_minor(minorUnits)
    , m_decimals(qBound(0, decimals, MaxDecimals))
    , m_currency(std::move(currency))
{
}

bool Money::isCurrencyCode() const
{
    if (m_currency.size() != 3)
        return false;
    for (const QChar c : m_currency) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

std::optional<Money> Money::rescaled(int decimals, bool *exact) const
{
    decimals = qBound(0, decimals, MaxDecimals);
    if (exact)
        *exact = true;
    if (decimals == m_decimals)
        return *this;
    if (decimals > m_decimals) {
        qint64 scaled = 0;
        if (qMulOverflow(m_minor, qint64(kPow10[size_t(decimals - m_decimals)]), &scaled))
            return std::nullopt;
        return Money(scaled, decimals, m_currency);
    }
    const qint64 divisor = qint64(kPow10[size_t(m_decimals - decimals)]);
    qint64 quotient = m_minor / divisor;
    const qint64 remainder = m_minor % divisor;
    if (remainder != 0) {
        if (exact)
            *exact = false;
        if (magnitude(remainder) * 2 >= quint64(divisor))
            quotient += m_minor < 0 ? -1 : 1;
    }
    return Money(quotient, decimals, m_currency);
}

Money Money::withCurrency(QString currency) const
{
    return Money(m_minor, m_decimals, std::move(currency));
}

std::optional<Money> Money::plus(const Money &other) const
{
    if (!m_currency.isEmpty() && !other.m_currency.isEmpty() && m_currency != other.m_currency)
        return std::nullopt;
    const int scale = qMax(m_decimals, other.m_decimals);
    const std::optional<Money> a = rescaled(scale);
    const std::optional<Money> b = other.rescaled(scale);
    if (!a || !b)
        return std::nullopt;
    qint64 sum = 0;
    if (qAddOverflow(a->m_minor, b->m_minor, &sum))
        return std::nullopt;
    return Money(sum, scale, m_currency.isEmpty() ? other.m_currency : m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    if (other.m_minor == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return plus(Money(-other.m_minor, other.m_decimals, other.m_currency));
}

std::optional<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (qMulOverflow(m_minor, factor, &product))
        return std::nullopt;
    return Money(product, m_decimals, m_currency);
}

int Money::compareValue(const Money &a, const Money &b)
{
    const int signA = a.m_minor < 0 ? -1 : (a.m_minor > 0 ? 1 : 0);
    const int signB = b.m_minor < 0 ? -1 : (b.m_minor > 0 ? 1 : 0);
    if (signA != signB)
        return signA < signB ? -1 : 1;
    if (signA == 0)
        return 0;
    // Same sign: compare magnitudes as integer part, then fraction at the common scale.
    const int scale = qMax(a.m_decimals, b.m_decimals);
    const quint64 ma = magnitude(a.m_minor);
    const quint64 mb = magnitude(b.m_minor);
    const quint64 intA = ma / kPow10[size_t(a.m_decimals)];
    const quint64 intB = mb / kPow10[size_t(b.m_decimals)];
    int result = 0;
    if (intA != intB) {
        result = intA < intB ? -1 : 1;
    } else {
        const quint64 fracA = (ma % kPow10[size_t(a.m_decimals)]) * kPow10[size_t(scale - a.m_decimals)];
        const quint64 fracB = (mb % kPow10[size_t(b.m_decimals)]) * kPow10[size_t(scale - b.m_decimals)];
        result = fracA == fracB ? 0 : (fracA < fracB ? -1 : 1);
    }
    return signA < 0 ? -result : result;
}

QString Money::toDecimalString() const
{
    const quint64 m = magnitude(m_minor);
    QString text;
    if (m_minor < 0)
        text.append(u'-');
    text.append(QString::number(m / kPow10[size_t(m_decimals)]));
    if (m_decimals > 0) {
        text.append(u'.');
        text.append(QString::number(m % kPow10[size_t(m_decimals)]).rightJustified(m_decimals, u'0'));
    }
    return text;
}

QString Money::toString(const QLocale &locale) const
{
    const QString number = formatMagnitude(magnitude(m_minor), m_decimals, locale);
    return m_minor < 0 ? locale.negativeSign() + number : number;
}

QString Money::toCurrencyString(const QLocale &locale) const
{
    if (m_currency.isEmpty())
        return toString(locale);
    // The C locale has no currency convention of its own (Qt would glue the sign after the number,
    // "5.00$"): write the sign first, as en does ("$5.00", "-€5.00", "EUR 5.00").
    if (locale.language() == QLocale::C) {
        QString symbol = m_currency;
        if (symbol.back().isLetter() || symbol.back() == u'.')
            symbol.append(QChar(0x00A0));
        return (m_minor < 0 ? QStringLiteral("-") : QString()) + symbol
            + formatMagnitude(magnitude(m_minor), m_decimals, locale);
    }
    // Let the locale show where its currency sign and minus go, then put the exact number in.
    const QString marker = QStringLiteral("\u00A4");
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -1 : 1), marker);
    const qsizetype markerAt = pattern.indexOf(marker);
    const qsizetype numberAt = pattern.indexOf(one);
    if (markerAt < 0 || numberAt < 0)
        return toString(locale) + QLatin1Char(' ') + m_currency;
    QString symbol = m_currency;
    if (symbol.back().isLetter() || symbol.back() == u'.') {
        // Codes and letter symbols need a gap before the number ("EUR 5", "kr 5").
        if (markerAt < numberAt && !pattern.at(markerAt + 1).isSpace())
            symbol.append(QChar(0x00A0));
    }
    if (symbol.front().isLetter() && markerAt > numberAt && !pattern.at(markerAt - 1).isSpace())
        symbol.prepend(QChar(0x00A0));
    const QString number = formatMagnitude(magnitude(m_minor), m_decimals, locale);
    // Replace the later occurrence first so the earlier index stays valid.
    if (markerAt > numberAt) {
        pattern.replace(markerAt, marker.size(), symbol);
        pattern.replace(numberAt, one.size(), number);
    } else {
        pattern.replace(numberAt, one.size(), number);
        pattern.replace(markerAt, marker.size(), symbol);
    }
    return pattern;
}

std::optional<Money> Money::parse(QStringView text, const QLocale &hint, QString *error)
{
    const QStringView input = text.trimmed();
    if (input.isEmpty()) {
        fail(error, tr("The amount is empty."));
        return std::nullopt;
    }

    qsizetype firstDigit = -1;
    qsizetype lastDigit = -1;
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (input.at(i).isDigit() && input.at(i).unicode() < 128) {
            if (firstDigit < 0)
                firstDigit = i;
            lastDigit = i;
        }
    }
    if (firstDigit < 0) {
        fail(error, tr("The amount contains no digits."));
        return std::nullopt;
    }
    // ".5" and ",5": a separator directly before the first digit belongs to the number.
    qsizetype bodyStart = firstDigit;
    if (bodyStart > 0 && (input.at(bodyStart - 1) == u'.' || input.at(bodyStart - 1) == u','))
        --bodyStart;

    const Affix prefix = splitAffix(input.first(bodyStart));
    const Affix suffix = splitAffix(input.sliced(lastDigit + 1));
    if (prefix.signs + suffix.signs > 1 || (prefix.signs + suffix.signs == 1 && prefix.openParen)) {
        fail(error, tr("The amount has more than one sign."));
        return std::nullopt;
    }
    if (prefix.closeParen || suffix.openParen || prefix.openParen != suffix.closeParen) {
        fail(error, tr("The amount has an unbalanced parenthesis."));
        return std::nullopt;
    }
    const bool negative = prefix.negative || suffix.negative || prefix.openParen;
    const QString &prefixCurrency = prefix.currency;
    const QString &suffixCurrency = suffix.currency;
    if (!prefixCurrency.isEmpty() && !suffixCurrency.isEmpty()) {
        fail(error, tr("The amount names a currency both before and after the number."));
        return std::nullopt;
    }
    const QString currency = prefixCurrency.isEmpty() ? suffixCurrency : prefixCurrency;
    if (!currency.isEmpty() && !isCurrencyText(currency)) {
        fail(error, tr("“%1” is not a currency code or symbol.").arg(currency));
        return std::nullopt;
    }

    // The number body: digits, '.', ',', and spaces or apostrophes used as group separators.
    const QStringView body = input.sliced(bodyStart, lastDigit + 1 - bodyStart);
    int dots = 0;
    int commas = 0;
    bool spaceGroups = false;
    qsizetype lastDot = -1;
    qsizetype lastComma = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'.') {
            ++dots;
            lastDot = i;
        } else if (c == u',') {
            ++commas;
            lastComma = i;
        } else if (isGroupSpace(c)) {
            spaceGroups = true;
        } else if (!(c.isDigit() && c.unicode() < 128)) {
            fail(error, tr("The amount contains the unexpected character “%1”.").arg(c));
            return std::nullopt;
        }
    }

    QChar decimalSeparator;   // null: no fraction
    if (dots > 0 && commas > 0) {
        decimalSeparator = lastDot > lastComma ? u'.' : u',';
    } else if (dots + commas == 1) {
        const QChar sep = dots == 1 ? u'.' : u',';
        const qsizetype at = dots == 1 ? lastDot : lastComma;
        const qsizetype digitsAfter = body.size() - at - 1;
        const QStringView before = body.first(at);
        const bool couldBeGroup = digitsAfter == 3 && !spaceGroups && !before.isEmpty()
            && before.size() <= 3 && before.front() != u'0';
        const bool hintSaysGroup = hint.groupSeparator() == QString(sep) && hint.decimalPoint() != QString(sep);
        if (!(couldBeGroup && hintSaysGroup))
            decimalSeparator = sep;
    }
    if (!decimalSeparator.isNull() && (decimalSeparator == u'.' ? dots : commas) > 1) {
        fail(error, tr("The amount has more than one decimal separator."));
        return std::nullopt;
    }

    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);

    // Walk the body: integer groups (first 1–3 digits, then exactly 3) and the fraction.
    quint64 integer = 0;
    quint64 fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool grouped = false;
    int groupLength = 0;
    int firstGroupLength = -1;
    QChar groupSeparator;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c.isDigit()) {
            const quint64 digit = quint64(c.unicode() - u'0');
            if (inFraction) {
                if (++fractionDigits > MaxDecimals) {
                    fail(error, tr("The amount has more than %1 decimals.").arg(MaxDecimals));
                    return std::nullopt;
                }
                fraction = fraction * 10 + digit;
            } else {
                if (integer > (limit - digit) / 10) {
                    fail(error, tr("The amount is too large."));
                    return std::nullopt;
                }
                integer = integer * 10 + digit;
                ++groupLength;
            }
            continue;
        }
        if (c == decimalSeparator) {
            if (grouped && groupLength != 3) {
                fail(error, tr("The digit groups of the amount are irregular."));
                return std::nullopt;
            }
            inFraction = true;
            continue;
        }
        // A group separator.
        if (inFraction) {
            fail(error, tr("The amount has a group separator after its decimal separator."));
            return std::nullopt;
        }
        const QChar kind = isGroupSpace(c) ? QChar(u' ') : c;
        if (!groupSeparator.isNull() && groupSeparator != kind) {
            fail(error, tr("The amount mixes different group separators."));
            return std::nullopt;
        }
        groupSeparator = kind;
        if (firstGroupLength < 0) {
            firstGroupLength = groupLength;
            if (groupLength < 1 || groupLength > 3) {
                fail(error, tr("The digit groups of the amount are irregular."));
                return std::nullopt;
            }
        } else if (groupLength != 3) {
            fail(error, tr("The digit groups of the amount are irregular."));
            return std::nullopt;
        }
        grouped = true;
        groupLength = 0;
    }
    if (!inFraction && grouped && groupLength != 3) {
        fail(error, tr("The digit groups of the amount are irregular."));
        return std::nullopt;
    }

    if (integer > limit / kPow10[size_t(fractionDigits)]) {
        fail(error, tr("The amount is too large."));
        return std::nullopt;
    }
    const quint64 minor = integer * kPow10[size_t(fractionDigits)] + fraction;
    if (minor > limit) {
        fail(error, tr("The amount is too large."));
        return std::nullopt;
    }
    // Two's complement: the magnitude of the smallest qint64 is one more than the largest.
    const qint64 value = negative ? qint64(quint64(0) - minor) : qint64(minor);
    if (error)
        error->clear();
    return Money(value, fractionDigits, currency);
}

} // namespace cdp
