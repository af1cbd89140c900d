#pragma once

#include "csv/carmavalues.h"
#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "csv/csvrecordsplitter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace cdp::csv {

// Conversion rules of the mapping step (the Carma rules of the written line come from the
// validator's CarmaLineChecker): stable ids for problem lists and rule counts.
namespace conversionrule {
inline constexpr char16_t SourceColumnMissing[] = u"source-column-missing"; // the record is too short
inline constexpr char16_t ForbiddenCharacter[] = u"forbidden-character";    // ';', CR, LF or NUL in a value
inline constexpr char16_t NumberFormat[] = u"number-format";                 // not a number in the chosen style
inline constexpr char16_t DecimalUndecided[] = u"decimal-undecided";         // "1,234" while the separator is undecided
inline constexpr char16_t DateFormat[] = u"date-format";                     // no accepted date shape
inline constexpr char16_t DateInvalid[] = u"date-invalid";                   // 30/02, 24:00, month 13
inline constexpr char16_t DateOrderUndecided[] = u"date-order-undecided";    // 03/04/2021 while the order is undecided
} // namespace conversionrule

// One mapping problem of a row: the Carma column, rule id, offending source value and message.
struct RowProblem
{
    int carmaColumn = -1;
    QString rule;
    QByteArray value; // UTF-8
    QString message;
};

// Maps one source record to one Carma line (UTF-8, no line terminator). Reuses its buffers:
// one instance per conversion, not thread-safe.
class CarmaRowMapper
{
public:
    CarmaRowMapper(const ColumnMapping &mapping, const CsvDialect &dialect);

    // Builds the line; false when some value could not be converted (problems then lists why,
    // and the line is incomplete). The line ends at its last non-empty value, but has at least the
    // three mandatory fields: a row with k fields fills Carma columns 0..k-1.
    bool mapRecord(const CsvFieldViews &record, QByteArray &line, QList<RowProblem> &problems);

    // The last line holds only ASCII without NUL and CR (CarmaLineChecker's "clean" fast path);
    // constants are checked once in the constructor.
    bool lineIsClean() const { return m_lineClean; }

private:
    bool appendValue(int carmaColumn, QByteArrayView value, QByteArray &line, QList<RowProblem> &problems);
    void appendTotal(QByteArray &line) const;

    ColumnMapping m_mapping;
    CsvDialect m_dialect;
    int m_lastColumn = -1;
    std::array<QByteArray, CarmaSchema::ColumnCount> m_constants;
    std::array<qsizetype, CarmaSchema::ColumnCount + 1> m_starts{};
    QByteArray m_converted;
    bool m_lineClean = true;
    bool m_constantsClean = true; // re-encoded value (Windows-1252/ISO-8859-1 sources)
};

// Appends bytes of an amount as a Carma decimal (point, at least two decimals).
void appendAmount(QByteArray &out, CarmaAmount amount);

} // namespace cdp::csv
