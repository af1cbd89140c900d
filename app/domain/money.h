#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace cdp {

// An exact amount of money: a whole number of minor units at a decimal scale ("decimals"), plus an
// optional currency, either an ISO 4217 code ("EUR") or a symbol ("$", "€", "kr"). Parsing and
// formatting never pass through binary floating point, so "$100.30" stays 10030 at scale 2.
// Values compare across scales (1000.0 == 1000.00); currencies are compared as written.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(cdp::Money)

public:
    static constexpr int MaxDecimals = 9;

    Money() = default;                                   // 0 at 2 decimals, no currency
    explicit Money(qint64 minorUnits, int decimals = 2, QString currency = {});
    static Money fromCents(qint64 cents, QString currency = {}) { return Money(cents, 2, std::move(currency)); }

    qint64 minorUnits() const { return m_minor; }
    int decimals() const { return m_decimals; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isCurrencyCode() const;                         // three upper-case ASCII letters

    // The same amount at another scale. More decimals are exact (nullopt only on overflow);
    // fewer decimals round half away from zero and *exact says whether anything was lost.
    std::optional<Money> rescaled(int decimals, bool *exact = nullptr) const;
    Money withCurrency(QString currency) const;

    // Checked arithmetic: nullopt on overflow or when both sides carry different currencies.
    // The result has the larger scale of both and the currency of whichever side has one.
    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;
    std::optional<Money> times(qint64 factor) const;

    // "-1234.50": C locale, no grouping, no currency; parse() reads it back exactly.
    QString toDecimalString() const;
    // The number only, with the locale's digits, group separator and decimal point: "1,234.50".
    QString toString(const QLocale &locale = QLocale()) const;
    // With the currency placed where the locale places its own ("$1,234.50", "1 234,50 €");
    // the number alone when there is no currency.
    QString toCurrencyString(const QLocale &locale = QLocale()) const;

    // Reads "$100.30", "$1000.0", "$ 55.9", "1 234,50 €", "20.50", "-€5", "EUR 12,5", "1'234.50".
    // The decimal separator is the last of '.' / ',' when both occur; a lone separator followed
    // by exactly three digits is read as the hint locale reads it ("1,234" is 1234 in C/en,
    // 1.234 in de). The scale is the number of fraction digits written. On failure returns
    // nullopt and, when error is given, a translated reason.
    static std::optional<Money> parse(QStringView text, const QLocale &hint = QLocale::c(),
                                      QString *error = nullptr);

    // Value comparison across scales (currency ignored); -1, 0 or 1.
    static int compareValue(const Money &a, const Money &b);

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_currency == b.m_currency && compareValue(a, b) == 0;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }
    friend bool operator<(const Money &a, const Money &b) { return compareValue(a, b) < 0; }

private:
    qint64 m_minor = 0;
    int m_decimals = 2;
    QString m_currency;
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::Money)
