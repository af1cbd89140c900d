#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace cdp::csv {

// The decimal separator of a source number column. Undecided: the data did not say (only values
// like "1,234" or "1.234", which read as a thousand or as one and a bit) - the operator chooses.
enum class DecimalSeparator { Undecided, Point, Comma };

enum class DecimalStatus { Ok, Malformed, Undecided };

// Rewrites a source number as a Carma decimal: blanks around it dropped; the thousands separator
// (the other one of '.' and ',', and blanks or apostrophes inside) removed, where every group after
// the first has exactly three digits; the decimal separator becomes '.'. "1.234,50" with Comma gives
// "1234.50"; "1,234.50" with Point gives "1234.50"; "12.5" with Comma is Malformed (a dot there
// would be a thousands separator with a short group). A leading '-' is kept; anything else
// (letters, currency signs, exponent) is Malformed. Output appended to out.
DecimalStatus normalizeDecimal(QByteArrayView text, DecimalSeparator separator, QByteArray &out);

enum class DecimalEvidence {
    NotNeeded,   // whole numbers only (or nothing numeric): either separator gives the same values
    Point,       // some value decides for a decimal point ("12.50", "1,234.50", "1,234,567")
    Comma,       // some value decides for a decimal comma ("12,50", "1.234,50", "1.234.567")
    Ambiguous,   // only values like "1,234" / "1.234": the operator chooses
    Conflicting, // values decide both ways
};

// Accumulates the values of one column.
class DecimalScan
{
public:
    void add(QByteArrayView value);

    qint64 values() const { return m_values; }   // non-empty values
    qint64 numbers() const { return m_numbers; } // values that look like numbers in some style
    qint64 fractional() const { return m_pointVotes + m_commaVotes + m_ambiguous; }
    bool looksLikeNumbers() const { return m_values > 0 && m_numbers == m_values; }
    DecimalEvidence evidence() const;
    QByteArray example() const { return m_example; } // the first ambiguous value

private:
    qint64 m_values = 0;
    qint64 m_numbers = 0;
    qint64 m_pointVotes = 0;
    qint64 m_commaVotes = 0;
    qint64 m_ambiguous = 0;
    QByteArray m_example;
};

QString decimalSeparatorId(DecimalSeparator separator); // "undecided", "point", "comma"
bool decimalSeparatorFromId(QStringView id, DecimalSeparator &separator);

} // namespace cdp::csv
