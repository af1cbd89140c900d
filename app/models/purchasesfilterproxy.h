#pragma once

#include "purchasefilter.h"

#include <QAbstractProxyModel>
#include <QPointer>

#include <vector>

namespace cdp {

class PurchasesModel;

// Sorting and text filtering of a PurchasesModel for a million rows, as a proper
// QAbstractProxyModel (passes QAbstractItemModelTester). Instead of QSortFilterProxyModel's
// per-row mapping it keeps its own index permutation (PERF_NOTES):
//   order  — every source row in sort order (std::sort of (raw key, row) pairs, PurchaseSort),
//   accept — one byte per source row, computed by PurchaseTextFilter (QtConcurrent::blockingMap
//            over 64 row ranges for large tables),
//   rows   — the visible source rows: order filtered by accept (proxy row → source row),
//   and, built only when asked for, the inverse (source row → proxy row).
//
// Signals: a new filter text is a model reset (selection is dropped); sort() is a layout change
// (persistent indexes, hence the selection, follow their rows); rows appended to the source are
// inserted at the end (beginInsertRows) and, when sorted, then merged into place with a layout
// change (O(n) per page, no full re-sort). canFetchMore/fetchMore pass through to the source.
// Both run on the calling (GUI) thread: 1 M rows filter in ≈ 10–30 ms and sort by value in
// ≈ 100–200 ms on the reference machine (bench/README.md), so nothing needs another thread.
class PurchasesFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit PurchasesFilterProxy(QObject *parent = nullptr);
    ~PurchasesFilterProxy() override;

    // Only a PurchasesModel is accepted; anything else leaves the proxy without source.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    PurchasesModel *purchasesModel() const { return m_source; }

    // See PurchaseTextFilter for the matching rules. Empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // column < 0 (or out of range) restores the source order (the order the pages arrived in).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The visible rows as source rows, in proxy order (for totals, copy and export).
    const std::vector<int> &visibleSourceRows() const { return m_rows; }
    int sourceRow(int proxyRow) const { return m_rows[size_t(proxyRow)]; }   // 0 <= proxyRow < rowCount()

    // Below this many rows the filter runs on the calling thread only (default 50 000).
    void setParallelThreshold(int rows) { m_parallelThreshold = rows; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterChanged(const QString &text);

private:
    void connectSource();
    void rebuildAll();
    void rebuildVisible();
    void ensureInverse() const;
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void beginSourceReset();
    void endSourceReset();

    struct PersistentRows;
    PersistentRows savePersistent() const;
    void restorePersistent(const PersistentRows &saved);

    QPointer<PurchasesModel> m_source;
    QString m_filterText;
    PurchaseTextFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_parallelThreshold = 50000;
    bool m_resetting = false;

    std::vector<int> m_order;          // all source rows, sorted
    std::vector<quint8> m_accept;      // per source row
    std::vector<int> m_rows;           // proxy row → source row
    mutable std::vector<int> m_inverse;   // source row → proxy row (-1 hidden)
    mutable bool m_inverseValid = false;
};

} // namespace cdp
