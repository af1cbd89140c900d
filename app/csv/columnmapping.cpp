#include "csv/columnmapping.h"

#include "csv/sourceanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ColumnMapping", text);
}

const QString FormatId = u"cdp-carma-mapping"_s;
constexpr int FormatVersion = 1;

bool hasForbiddenCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c == u';' || c == u'\r' || c == u'\n' || c == QChar(0))
            return true;
    }
    return false;
}

} // namespace

bool operator==(const FieldMapping &a, const FieldMapping &b)
{
    return a.source == b.source && a.sourceColumn == b.sourceColumn && a.sourceHeader == b.sourceHeader
        && a.constant == b.constant && a.trim == b.trim && a.parseNumber == b.parseNumber
        && a.decimal == b.decimal && a.parseDate == b.parseDate && a.dateOrder == b.dateOrder
        && a.zone == b.zone;
}

QString fieldSourceId(FieldSource source)
{
    switch (source) {
    case FieldSource::Column:
        return u"column"_s;
    case FieldSource::Constant:
        return u"constant"_s;
    case FieldSource::ComputedTotal:
        return u"computed-total"_s;
    case FieldSource::CountOne:
        return u"count-one"_s;
    case FieldSource::Empty:
        break;
    }
    return u"empty"_s;
}

bool fieldSourceFromId(QStringView id, FieldSource &source)
{
    for (FieldSource candidate : {FieldSource::Empty, FieldSource::Column, FieldSource::Constant,
                                  FieldSource::ComputedTotal, FieldSource::CountOne}) {
        if (id == fieldSourceId(candidate)) {
            source = candidate;
            return true;
        }
    }
    return false;
}

ColumnMapping::ColumnMapping(CarmaLayout layout)
    : m_layout(layout)
    , m_fields(CarmaSchema::ColumnCount)
{
}

void ColumnMapping::mapColumn(int carmaColumn, int sourceColumn, const QString &header)
{
    FieldMapping &mapping = m_fields[carmaColumn];
    mapping.source = FieldSource::Column;
    mapping.sourceColumn = sourceColumn;
    mapping.sourceHeader = header;
    mapping.constant.clear();
    const CarmaValueKind kind = schema().column(carmaColumn).kind;
    mapping.parseNumber = kind == CarmaValueKind::Price || kind == CarmaValueKind::Total;
    mapping.parseDate = kind == CarmaValueKind::DateTime;
}

void ColumnMapping::setConstant(int carmaColumn, const QString &text)
{
    FieldMapping mapping;
    mapping.source = FieldSource::Constant;
    mapping.constant = text;
    m_fields[carmaColumn] = mapping;
}

void ColumnMapping::setSource(int carmaColumn, FieldSource source)
{
    FieldMapping mapping;
    mapping.source = source;
    m_fields[carmaColumn] = mapping;
}

int ColumnMapping::lastMappedColumn() const
{
    for (int i = CarmaSchema::ColumnCount - 1; i >= 0; --i) {
        if (m_fields.at(i).source != FieldSource::Empty)
            return i;
    }
    return -1;
}

int ColumnMapping::highestSourceColumn() const
{
    int highest = -1;
    for (const FieldMapping &mapping : m_fields) {
        if (mapping.source == FieldSource::Column)
            highest = std::max(highest, mapping.sourceColumn);
    }
    return highest;
}

void ColumnMapping::applyAnalysis(const SourceAnalysis &analysis)
{
    for (FieldMapping &mapping : m_fields) {
        if (mapping.source != FieldSource::Column || mapping.sourceColumn < 0
            || mapping.sourceColumn >= analysis.columns.size())
            continue;
        const SourceColumnStats &stats = analysis.columns.at(mapping.sourceColumn);
        if (mapping.parseDate) {
            mapping.dateOrderQuestion = false;
            switch (stats.dates.evidence()) {
            case DateOrderEvidence::DayFirst:
                mapping.dateOrder = DateOrder::DayFirst;
                break;
            case DateOrderEvidence::MonthFirst:
                mapping.dateOrder = DateOrder::MonthFirst;
                break;
            case DateOrderEvidence::Ambiguous:
            case DateOrderEvidence::Conflicting:
                mapping.dateOrder = DateOrder::Undecided;
                mapping.dateOrderQuestion = true;
                break;
            case DateOrderEvidence::NotNeeded:
                break;
            }
        }
        if (mapping.parseNumber) {
            switch (stats.decimals.evidence()) {
            case DecimalEvidence::Point:
                mapping.decimal = DecimalSeparator::Point;
                break;
            case DecimalEvidence::Comma:
                mapping.decimal = DecimalSeparator::Comma;
                break;
            case DecimalEvidence::Ambiguous:
            case DecimalEvidence::Conflicting:
                mapping.decimal = DecimalSeparator::Undecided;
                break;
            case DecimalEvidence::NotNeeded:
                break;
            }
        }
    }
}

QList<MappingDecision> ColumnMapping::pendingDecisions(const SourceAnalysis *analysis) const
{
    QList<MappingDecision> decisions;
    const CarmaSchema carma = schema();
    for (int i = 0; i < CarmaSchema::ColumnCount; ++i) {
        const FieldMapping &mapping = m_fields.at(i);
        if (mapping.source != FieldSource::Column)
            continue;
        const SourceColumnStats *stats = analysis != nullptr && mapping.sourceColumn >= 0
                && mapping.sourceColumn < analysis->columns.size()
            ? &analysis->columns.at(mapping.sourceColumn)
            : nullptr;
        const QString source = mapping.sourceHeader.isEmpty()
            ? tr("column %1").arg(mapping.sourceColumn + 1)
            : mapping.sourceHeader;
        if (mapping.parseDate && mapping.dateOrder == DateOrder::Undecided && mapping.dateOrderQuestion) {
            MappingDecision decision;
            decision.kind = MappingDecision::Kind::DateOrder;
            decision.carmaColumn = i;
            decision.field = carma.fieldName(i);
            decision.source = source;
            if (stats != nullptr)
                decision.example = QString::fromLatin1(stats->dates.example());
            decision.message = stats != nullptr && stats->dates.evidence() == DateOrderEvidence::Conflicting
                ? tr("The dates in \"%1\" have day-first and month-first values; choose the order, rows that do not fit it will be rejected.").arg(source)
                : tr("Every date in \"%1\" reads both as day/month and as month/day (e.g. %2); choose the order.")
                      .arg(source, decision.example);
            decisions.append(decision);
        }
        if (mapping.parseNumber && mapping.decimal == DecimalSeparator::Undecided) {
            MappingDecision decision;
            decision.kind = MappingDecision::Kind::DecimalSeparator;
            decision.carmaColumn = i;
            decision.field = carma.fieldName(i);
            decision.source = source;
            if (stats != nullptr)
                decision.example = QString::fromLatin1(stats->decimals.example());
            decision.message = tr("The numbers in \"%1\" do not show whether ',' or '.' separates decimals (e.g. %2); choose the decimal separator.")
                                   .arg(source, decision.example);
            decisions.append(decision);
        }
    }
    return decisions;
}

QList<MappingIssue> ColumnMapping::issues(int sourceColumnCount) const
{
    QList<MappingIssue> found;
    const CarmaSchema carma = schema();
    auto add = [&](int column, const QString &message) {
        found.append(MappingIssue{column, carma.fieldName(column), message});
    };
    for (int i = 0; i < CarmaSchema::ColumnCount; ++i) {
        const FieldMapping &mapping = m_fields.at(i);
        const CarmaColumn &column = carma.column(i);
        if (column.requirement == CarmaRequirement::Mandatory && mapping.source == FieldSource::Empty)
            add(i, tr("%1 is mandatory but has no source.").arg(column.name));
        switch (mapping.source) {
        case FieldSource::Column:
            if (mapping.sourceColumn < 0)
                add(i, tr("%1 has no source column.").arg(column.name));
            else if (sourceColumnCount >= 0 && mapping.sourceColumn >= sourceColumnCount)
                add(i, tr("%1 comes from column %2, but the source has %3 columns.")
                           .arg(column.name)
                           .arg(mapping.sourceColumn + 1)
                           .arg(sourceColumnCount));
            break;
        case FieldSource::Constant:
            if (hasForbiddenCharacter(mapping.constant))
                add(i, tr("The constant for %1 contains ';', a line break or NUL, which the Carma format cannot hold.").arg(column.name));
            break;
        case FieldSource::ComputedTotal:
            if (i != CarmaSchema::TotalPriceColumn)
                add(i, tr("Only Total price can be computed."));
            else if (m_fields.at(CarmaSchema::ItemPriceColumn).source == FieldSource::Empty
                     || m_fields.at(CarmaSchema::NoOfItemsColumn).source == FieldSource::Empty)
                add(i, tr("A computed total needs itemPrice and No of Items."));
            break;
        case FieldSource::CountOne:
            if (i != CarmaSchema::NoOfItemsColumn)
                add(i, tr("The count 1 is only for No of Items."));
            break;
        case FieldSource::Empty:
            break;
        }
    }
    return found;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray fields;
    for (int i = 0; i < CarmaSchema::ColumnCount; ++i) {
        const FieldMapping &mapping = m_fields.at(i);
        if (mapping.source == FieldSource::Empty)
            continue;
        QJsonObject field{{u"column"_s, i}, {u"source"_s, fieldSourceId(mapping.source)}};
        if (mapping.source == FieldSource::Column) {
            field.insert(u"sourceColumn"_s, mapping.sourceColumn);
            field.insert(u"sourceHeader"_s, mapping.sourceHeader);
        }
        if (mapping.source == FieldSource::Constant)
            field.insert(u"constant"_s, mapping.constant);
        if (mapping.source == FieldSource::Column || mapping.source == FieldSource::Constant) {
            field.insert(u"trim"_s, mapping.trim);
            if (mapping.parseNumber)
                field.insert(u"decimal"_s, decimalSeparatorId(mapping.decimal));
            if (mapping.parseDate) {
                field.insert(u"dateOrder"_s, dateOrderId(mapping.dateOrder));
                field.insert(u"zone"_s, zonePolicyId(mapping.zone));
            }
        }
        fields.append(field);
    }
    return QJsonObject{{u"format"_s, FormatId},
                       {u"version"_s, FormatVersion},
                       {u"layout"_s, CarmaSchema::layoutId(m_layout)},
                       {u"fields"_s, fields}};
}

bool ColumnMapping::fromJson(const QJsonObject &json, ColumnMapping &mapping, QString *error)
{
    auto fail = [error](const QString &where, const QString &what) {
        if (error != nullptr)
            *error = where + u": "_s + what;
        return false;
    };
    if (json.value(u"format"_s).toString() != FormatId)
        return fail(u"format"_s, tr("expected \"%1\"").arg(FormatId));
    if (json.value(u"version"_s).toInt(-1) != FormatVersion)
        return fail(u"version"_s, tr("unsupported version (expected %1)").arg(FormatVersion));
    const std::optional<CarmaLayout> layout = CarmaSchema::layoutFromId(json.value(u"layout"_s).toString());
    if (!layout)
        return fail(u"layout"_s, tr("expected \"seed\" or \"newer\""));
    if (!json.value(u"fields"_s).isArray())
        return fail(u"fields"_s, tr("expected an array"));
    ColumnMapping result(*layout);
    const QJsonArray fields = json.value(u"fields"_s).toArray();
    QList<bool> seen(CarmaSchema::ColumnCount, false);
    for (qsizetype n = 0; n < fields.size(); ++n) {
        const QString where = u"fields[%1]"_s.arg(n);
        if (!fields.at(n).isObject())
            return fail(where, tr("expected an object"));
        const QJsonObject field = fields.at(n).toObject();
        const int column = field.value(u"column"_s).toInt(-1);
        if (column < 0 || column >= CarmaSchema::ColumnCount)
            return fail(where + u".column"_s, tr("expected a Carma column 0-30"));
        if (seen[column])
            return fail(where + u".column"_s, tr("column %1 is mapped twice").arg(column));
        seen[column] = true;
        FieldMapping entry;
        if (!fieldSourceFromId(field.value(u"source"_s).toString(), entry.source))
            return fail(where + u".source"_s, tr("unknown value \"%1\"").arg(field.value(u"source"_s).toString()));
        if (entry.source == FieldSource::Column) {
            entry.sourceColumn = field.value(u"sourceColumn"_s).toInt(-1);
            if (entry.sourceColumn < 0)
                return fail(where + u".sourceColumn"_s, tr("expected a column index >= 0"));
            entry.sourceHeader = field.value(u"sourceHeader"_s).toString();
        }
        if (entry.source == FieldSource::Constant) {
            if (!field.value(u"constant"_s).isString())
                return fail(where + u".constant"_s, tr("expected a string"));
            entry.constant = field.value(u"constant"_s).toString();
            if (hasForbiddenCharacter(entry.constant))
                return fail(where + u".constant"_s, tr("contains ';', a line break or NUL"));
        }
        entry.trim = field.value(u"trim"_s).toBool(true);
        if (field.contains(u"decimal"_s)) {
            entry.parseNumber = true;
            if (!decimalSeparatorFromId(field.value(u"decimal"_s).toString(), entry.decimal))
                return fail(where + u".decimal"_s, tr("unknown value \"%1\"").arg(field.value(u"decimal"_s).toString()));
        }
        if (field.contains(u"dateOrder"_s)) {
            entry.parseDate = true;
            if (!dateOrderFromId(field.value(u"dateOrder"_s).toString(), entry.dateOrder))
                return fail(where + u".dateOrder"_s, tr("unknown value \"%1\"").arg(field.value(u"dateOrder"_s).toString()));
            if (!zonePolicyFromId(field.value(u"zone"_s).toString(u"utc"_s), entry.zone))
                return fail(where + u".zone"_s, tr("unknown value \"%1\"").arg(field.value(u"zone"_s).toString()));
        }
        result.m_fields[column] = entry;
    }
    mapping = result;
    return true;
}

} // namespace cdp::csv
