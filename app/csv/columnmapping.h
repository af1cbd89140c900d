#pragma once

#include "csv/carmaschema.h"
#include "csv/datetransform.h"
#include "csv/decimaltransform.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cdp::csv {

struct SourceAnalysis;

// Where the value of one Carma field comes from.
enum class FieldSource {
    Empty,         // nothing: the field stays empty
    Column,        // a source column (by index; the header name is remembered)
    Constant,      // the same text on every row
    ComputedTotal, // itemPrice × No of Items, exact (Total price only)
    CountOne,      // "1": one row per item bought, as in Olist (No of Items only)
};

struct FieldMapping
{
    FieldSource source = FieldSource::Empty;
    int sourceColumn = -1;  // Column: 0-based source column
    QString sourceHeader;   // Column: its header name when the mapping was made
    QString constant;       // Constant
    // Transforms, in this order: trim, number, date.
    bool trim = true;       // blanks and tabs at both ends dropped
    bool parseNumber = false; // decimal separator -> point, thousands separators removed
    DecimalSeparator decimal = DecimalSeparator::Point;
    bool parseDate = false;   // common date formats -> yyyy-MM-dd HH:mm:ss
    DateOrder dateOrder = DateOrder::Undecided;
    ZonePolicy zone = ZonePolicy::ConvertToUtc;
    // Set by applyAnalysis, not saved: the data holds year-last dates whose order it cannot tell.
    bool dateOrderQuestion = false;

    friend bool operator==(const FieldMapping &a, const FieldMapping &b);
};

// A question the operator must answer before converting.
struct MappingDecision
{
    enum class Kind { DateOrder, DecimalSeparator };
    Kind kind = Kind::DateOrder;
    int carmaColumn = 0;
    QString field;   // Carma field name
    QString source;  // source column name
    QString example; // a value that reads two ways
    QString message;
};

// A structural problem of a mapping (mandatory field unmapped, total without price, …).
struct MappingIssue
{
    int carmaColumn = -1;
    QString field;
    QString message;
};

// The mapping from source columns to the 31 Carma fields of a layout.
class ColumnMapping
{
public:
    explicit ColumnMapping(CarmaLayout layout = CarmaLayout::Seed);

    CarmaLayout layout() const { return m_layout; }
    CarmaSchema schema() const { return CarmaSchema::forLayout(m_layout); }
    const FieldMapping &field(int carmaColumn) const { return m_fields.at(carmaColumn); }
    void setField(int carmaColumn, const FieldMapping &mapping) { m_fields[carmaColumn] = mapping; }
    // Convenience setters.
    void mapColumn(int carmaColumn, int sourceColumn, const QString &header = {});
    void setConstant(int carmaColumn, const QString &text);
    void setSource(int carmaColumn, FieldSource source);
    void clear(int carmaColumn) { m_fields[carmaColumn] = FieldMapping{}; }

    // Highest Carma column with a source other than Empty; -1 when none.
    int lastMappedColumn() const;
    // Highest source column index used; -1 when none.
    int highestSourceColumn() const;

    // Uses the data's evidence for every mapped date and number field: a decided order or
    // separator is set; an ambiguous or conflicting column becomes an open decision.
    void applyAnalysis(const SourceAnalysis &analysis);
    // Questions left for the operator; convertToCarma refuses to run while any is open.
    QList<MappingDecision> pendingDecisions(const SourceAnalysis *analysis = nullptr) const;
    bool needsDecision() const { return !pendingDecisions().isEmpty(); }
    // Structural problems; sourceColumnCount < 0 skips the column-range check.
    QList<MappingIssue> issues(int sourceColumnCount = -1) const;

    QJsonObject toJson() const;
    // The error names the JSON field, e.g. "fields[2].decimal: unknown value \"dot\"".
    static bool fromJson(const QJsonObject &json, ColumnMapping &mapping, QString *error);

    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b)
    {
        return a.m_layout == b.m_layout && a.m_fields == b.m_fields;
    }

private:
    CarmaLayout m_layout;
    QList<FieldMapping> m_fields;
};

QString fieldSourceId(FieldSource source); // "empty", "column", "constant", "computed-total", "count-one"
bool fieldSourceFromId(QStringView id, FieldSource &source);

} // namespace cdp::csv
