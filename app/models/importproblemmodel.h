#pragma once

#include "csv/carmaconversion.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QString>

namespace cdp {

// The problems of one conversion (source line, source column, Carma field, rule, value) for the
// import wizard's error table. DisplayRole is text, SortRole the raw value (line as a number).
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, SourceColumn, Field, Rule, Severity, Value, Message, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        IsErrorRole,      // bool: severity Error
        LineRole,         // qint64: 1-based source line
        RuleRole,         // QString: rule id
    };
    Q_ENUM(Role)

    explicit ImportProblemModel(QObject *parent = nullptr);

    void setProblems(const QList<csv::ConversionProblem> &problems);
    void clear();
    const csv::ConversionProblem &problemAt(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One sentence for a rule id of the conversion (mapping rules and Carma rules).
    static QString ruleDescription(const QString &ruleId);
    static bool ruleIsError(const QString &ruleId);

private:
    QList<csv::ConversionProblem> m_problems;
};

// Problems counted per rule (exact counts of the whole file, not only the stored problems).
class ImportRuleCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rule, Severity, Count, Description, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, IsErrorRole, RuleRole };
    Q_ENUM(Role)

    explicit ImportRuleCountModel(QObject *parent = nullptr);

    void setCounts(const QMap<QString, qint64> &counts);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString rule;
        qint64 count = 0;
        bool error = true;
    };
    QList<Row> m_rows;
};

} // namespace cdp
