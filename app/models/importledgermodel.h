#pragma once

#include "store/importledger.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QString>

namespace cdp {

// The import ledger for the Imports pane: one row per import attempt, newest first. Live updates
// through upsert() (a row changes in place, a new one goes on top). DisplayRole is text, SortRole the
// raw value (numbers, epoch ms).
class ImportLedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Hash, Rows, TotalValue, Target, Status, Progress, BatchId, ImportId, Created, Updated,
                  Finished, Problem, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        IsErrorRole,     // bool: Failed or Unknown
        IsActiveRole,    // bool: isActiveImportState
        EntryIdRole,     // qint64 ledger id
        SearchTextRole,  // everything a filter matches
    };
    Q_ENUM(Role)

    explicit ImportLedgerModel(QObject *parent = nullptr);

    void setEntries(const QList<ImportLedgerEntry> &newestFirst);
    // Replaces the row with entry.id, or inserts it at the top when it is new.
    void upsert(const ImportLedgerEntry &entry);
    void clear();

    int rowOf(qint64 entryId) const;   // -1 when absent
    const ImportLedgerEntry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const ImportLedgerEntry &entry);
    // The ledger's exact decimal text ("13591643.70") in the locale's digits and grouping
    // ("13,591,643.70"); the text as stored when it is not a number.
    static QString totalValueText(const QString &decimal, const QLocale &locale = QLocale());

private:
    QList<ImportLedgerEntry> m_rows;
};

// Text filter (every column, case-insensitive) plus "active only".
class ImportLedgerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ImportLedgerFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setActiveOnly(bool on);
    bool activeOnly() const { return m_activeOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_activeOnly = false;
};

} // namespace cdp
