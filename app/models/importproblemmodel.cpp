#include "importproblemmodel.h"

#include "csv/carmarowmapper.h"
#include "csv/carmarules.h"

#include <QLocale>

#include <algorithm>

namespace cdp {

namespace {

QString severityText(bool error)
{
    return error ? ImportProblemModel::tr("Error") : ImportProblemModel::tr("Warning");
}

} // namespace

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportProblemModel::setProblems(const QList<csv::ConversionProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

void ImportProblemModel::clear()
{
    setProblems({});
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const csv::ConversionProblem &problem = m_problems.at(index.row());
    const bool error = problem.severity == csv::CarmaSeverity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Line: return QLocale().toString(problem.sourceLine);
        case SourceColumn: return problem.sourceColumn;
        case Field:
            return problem.carmaColumn < 0 ? tr("(whole line)")
                                           : tr("%1 (%2)").arg(problem.field).arg(problem.carmaColumn);
        case Rule: return problem.rule;
        case Severity: return severityText(error);
        case Value: return problem.value;
        case Message: return problem.message;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Line: return problem.sourceLine;
        case Field: return problem.carmaColumn;
        case Severity: return error ? 0 : 1;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Rule)
            return ruleDescription(problem.rule);
        if (index.column() == Message || index.column() == Value)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Line)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsErrorRole: return error;
    case LineRole: return problem.sourceLine;
    case RuleRole: return problem.rule;
    default: return {};
    }
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case SourceColumn: return tr("Source column");
    case Field: return tr("Carma field");
    case Rule: return tr("Rule");
    case Severity: return tr("Severity");
    case Value: return tr("Value");
    case Message: return tr("Problem");
    default: return {};
    }
}

QString ImportProblemModel::ruleDescription(const QString &ruleId)
{
    namespace rule = csv::conversionrule;
    if (const std::optional<csv::CarmaRule> carma = csv::ruleFromId(ruleId))
        return csv::ruleDescription(*carma);
    if (ruleId == QStringView(rule::SourceColumnMissing))
        return tr("The source row has fewer columns than the mapping uses.");
    if (ruleId == QStringView(rule::ForbiddenCharacter))
        return tr("A value holds a semicolon, line break or NUL, which would break the Carma format.");
    if (ruleId == QStringView(rule::NumberFormat))
        return tr("Not a number in the chosen decimal style.");
    if (ruleId == QStringView(rule::DecimalUndecided))
        return tr("A number reads two ways while the decimal separator is undecided.");
    if (ruleId == QStringView(rule::DateFormat))
        return tr("Not a date in an accepted format.");
    if (ruleId == QStringView(rule::DateInvalid))
        return tr("No such date or time (for example 30 February or 24:00).");
    if (ruleId == QStringView(rule::DateOrderUndecided))
        return tr("A date reads two ways while the day/month order is undecided.");
    return ruleId;
}

bool ImportProblemModel::ruleIsError(const QString &ruleId)
{
    if (const std::optional<csv::CarmaRule> carma = csv::ruleFromId(ruleId))
        return csv::ruleSeverity(*carma) == csv::CarmaSeverity::Error;
    return true;   // every mapping rule rejects the row
}

ImportRuleCountModel::ImportRuleCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportRuleCountModel::setCounts(const QMap<QString, qint64> &counts)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            m_rows.append({it.key(), it.value(), ImportProblemModel::ruleIsError(it.key())});
    }
    // Errors first, then by count, most frequent first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.error != b.error)
            return a.error;
        return a.count > b.count;
    });
    endResetModel();
}

void ImportRuleCountModel::clear()
{
    setCounts({});
}

int ImportRuleCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRuleCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRuleCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rule: return row.rule;
        case Severity: return severityText(row.error);
        case Count: return QLocale().toString(row.count);
        case Description: return ImportProblemModel::ruleDescription(row.rule);
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Description ? ImportProblemModel::ruleDescription(row.rule) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Count)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return index.column() == Count ? QVariant(row.count) : data(index, Qt::DisplayRole);
    case IsErrorRole: return row.error;
    case RuleRole: return row.rule;
    default: return {};
    }
}

QVariant ImportRuleCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule: return tr("Rule");
    case Severity: return tr("Severity");
    case Count: return tr("Count");
    case Description: return tr("What it means");
    default: return {};
    }
}

} // namespace cdp
