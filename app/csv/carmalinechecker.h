#pragma once

#include "csv/carmaproblem.h"
#include "csv/carmarules.h"
#include "csv/carmaschema.h"
#include "csv/carmavalues.h"

#include <QList>

#include <array>
#include <string_view>

namespace cdp::csv {

// What one scan of a byte range found. Line numbers of problems are relative to the range
// (1 = its first line) until the validator merges the ranges.
struct CarmaTally
{
    qint64 lines = 0;
    qint64 validRows = 0;
    qint64 invalidRows = 0;
    qint64 rowsWithWarnings = 0;
    qint64 crlfLines = 0;
    CarmaRuleCounts ruleCounts{};
    QList<CarmaProblem> problems;
    CarmaAmount totalValue;
};

// Checks the lines of a Carma file one by one (internal to the validator; public for tests).
class CarmaLineChecker
{
public:
    // firstRange: the range starts at file offset 0 (BOM and header-row checks apply to line 1).
    CarmaLineChecker(const CarmaSchema &schema, qsizetype maxStoredProblems, bool firstRange,
                     CarmaTally &tally);

    // Bytes the checker may read past the end of a line (vector loads); the caller keeps them readable.
    static constexpr int ReadSlackBytes = 16;

    // One line without its LF; [begin, end + ReadSlackBytes) must be readable. clean: the caller has verified that the bytes hold no byte >= 0x80,
    // no NUL and no CR (a CR as last byte is allowed: CRLF). Returns true for a valid row.
    bool checkLine(const char *begin, const char *end, bool clean);
    // A line longer than the limit; only its first bytes were kept.
    void reportLongLine(std::string_view prefix, qsizetype limit);

private:
    void report(CarmaRule rule, int column, std::string_view value, const QString &detail = {});
    void checkBytes(int column, std::string_view value);
    void checkText(int column, std::string_view value);
    bool looksLikeHeader(std::string_view price, int count) const;
    bool finishRow(const CarmaAmount *value);

    const CarmaSchema &m_schema;
    qsizetype m_maxStored;
    bool m_firstRange;
    CarmaTally &m_tally;
    std::array<CarmaValueKind, CarmaSchema::ColumnCount> m_kinds{};
    int m_rowErrors = 0;
    int m_rowWarnings = 0;
};

} // namespace cdp::csv
