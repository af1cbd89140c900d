#include "purchasesfilterproxy.h"

#include "purchasesmodel.h"
#include "purchasesort.h"

#include <algorithm>

namespace cdp {

struct PurchasesFilterProxy::PersistentRows
{
    QModelIndexList from;
    std::vector<int> sourceRows;   // -1 when the index pointed nowhere
};

PurchasesFilterProxy::PurchasesFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

PurchasesFilterProxy::~PurchasesFilterProxy() = default;

void PurchasesFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *purchases = qobject_cast<PurchasesModel *>(sourceModel);
    if (purchases == m_source && purchases == QAbstractProxyModel::sourceModel())
        return;
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = purchases;
    QAbstractProxyModel::setSourceModel(purchases);
    connectSource();
    rebuildAll();
    endResetModel();
}

void PurchasesFilterProxy::connectSource()
{
    if (!m_source)
        return;
    PurchasesModel *s = m_source;
    connect(s, &QAbstractItemModel::rowsInserted, this, &PurchasesFilterProxy::onRowsInserted);
    connect(s, &QAbstractItemModel::dataChanged, this, &PurchasesFilterProxy::onSourceDataChanged);
    connect(s, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    // The source only resets or appends; anything else is handled as a reset.
    connect(s, &QAbstractItemModel::modelAboutToBeReset, this, &PurchasesFilterProxy::beginSourceReset);
    connect(s, &QAbstractItemModel::modelReset, this, &PurchasesFilterProxy::endSourceReset);
    connect(s, &QAbstractItemModel::rowsAboutToBeRemoved, this, &PurchasesFilterProxy::beginSourceReset);
    connect(s, &QAbstractItemModel::rowsRemoved, this, &PurchasesFilterProxy::endSourceReset);
    connect(s, &QAbstractItemModel::rowsAboutToBeMoved, this, &PurchasesFilterProxy::beginSourceReset);
    connect(s, &QAbstractItemModel::rowsMoved, this, &PurchasesFilterProxy::endSourceReset);
    connect(s, &QAbstractItemModel::layoutAboutToBeChanged, this, &PurchasesFilterProxy::beginSourceReset);
    connect(s, &QAbstractItemModel::layoutChanged, this, &PurchasesFilterProxy::endSourceReset);
    connect(s, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_order.clear();
        m_accept.clear();
        m_rows.clear();
        m_inverseValid = false;
        endResetModel();
    });
}

void PurchasesFilterProxy::beginSourceReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void PurchasesFilterProxy::endSourceReset()
{
    if (!m_resetting)
        return;
    rebuildAll();
    m_resetting = false;
    endResetModel();
}

void PurchasesFilterProxy::rebuildAll()
{
    m_inverseValid = false;
    if (!m_source) {
        m_order.clear();
        m_accept.clear();
        m_rows.clear();
        m_filter = PurchaseTextFilter();
        return;
    }
    const PurchaseTable &table = m_source->table();
    m_filter = PurchaseTextFilter(table, m_filterText);
    m_accept.assign(size_t(table.size()), 1);
    m_filter.evaluate(0, table.size(), m_accept, m_parallelThreshold);
    m_order = PurchaseSort::sorted(table, m_sortColumn, m_sortOrder);
    rebuildVisible();
}

void PurchasesFilterProxy::rebuildVisible()
{
    m_inverseValid = false;
    if (m_filter.isEmpty()) {
        m_rows = m_order;
        return;
    }
    m_rows.clear();
    m_rows.reserve(m_order.size());
    for (const int r : m_order) {
        if (m_accept[size_t(r)])
            m_rows.push_back(r);
    }
    m_rows.shrink_to_fit();
}

void PurchasesFilterProxy::ensureInverse() const
{
    if (m_inverseValid)
        return;
    m_inverse.assign(m_accept.size(), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_inverse[size_t(m_rows[i])] = int(i);
    m_inverseValid = true;
}

void PurchasesFilterProxy::setFilterText(const QString &text)
{
    const bool same = PurchaseTextFilter::words(text) == PurchaseTextFilter::words(m_filterText);
    m_filterText = text;
    if (same)
        return;
    beginResetModel();
    if (m_source) {
        const PurchaseTable &table = m_source->table();
        m_filter = PurchaseTextFilter(table, m_filterText);
        m_accept.assign(size_t(table.size()), 1);
        m_filter.evaluate(0, table.size(), m_accept, m_parallelThreshold);
        rebuildVisible();
    }
    endResetModel();
    Q_EMIT filterChanged(m_filterText);
}

PurchasesFilterProxy::PersistentRows PurchasesFilterProxy::savePersistent() const
{
    PersistentRows saved;
    saved.from = persistentIndexList();
    saved.sourceRows.reserve(size_t(saved.from.size()));
    for (const QModelIndex &index : std::as_const(saved.from)) {
        const bool valid = index.isValid() && index.row() < int(m_rows.size());
        saved.sourceRows.push_back(valid ? m_rows[size_t(index.row())] : -1);
    }
    return saved;
}

void PurchasesFilterProxy::restorePersistent(const PersistentRows &saved)
{
    if (saved.from.isEmpty())
        return;
    ensureInverse();
    QModelIndexList to;
    to.reserve(saved.from.size());
    for (qsizetype i = 0; i < saved.from.size(); ++i) {
        const int source = saved.sourceRows[size_t(i)];
        const int row = source >= 0 && size_t(source) < m_inverse.size() ? m_inverse[size_t(source)] : -1;
        to.append(row < 0 ? QModelIndex() : index(row, saved.from.at(i).column()));
    }
    changePersistentIndexList(saved.from, to);
}

void PurchasesFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PurchasesModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const PersistentRows saved = savePersistent();
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_source)
        m_order = PurchaseSort::sorted(m_source->table(), m_sortColumn, m_sortOrder);
    rebuildVisible();
    restorePersistent(saved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PurchasesFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_source || m_resetting)
        return;
    const PurchaseTable &table = m_source->table();
    if (first != int(m_accept.size()) || last >= table.size()) {
        // Not an append at the end: start over.
        beginResetModel();
        rebuildAll();
        endResetModel();
        return;
    }
    // Grow with the table's own reservation (the first page's totalCount), not page by page.
    const auto reserved = size_t(std::max(table.capacity(), last + 1));
    if (m_accept.capacity() < reserved) {
        m_accept.reserve(reserved);
        m_order.reserve(reserved);
        if (m_filter.isEmpty())
            m_rows.reserve(reserved);
    }
    m_accept.resize(size_t(last) + 1, 1);
    m_filter.update();
    m_filter.evaluate(first, last + 1, m_accept, m_parallelThreshold);

    std::vector<int> visible;
    for (int r = first; r <= last; ++r) {
        if (m_accept[size_t(r)])
            visible.push_back(r);
    }
    const int oldCount = int(m_rows.size());
    if (!visible.empty()) {
        beginInsertRows(QModelIndex(), oldCount, oldCount + int(visible.size()) - 1);
        m_rows.insert(m_rows.end(), visible.begin(), visible.end());
        m_inverseValid = false;
        endInsertRows();
    }
    if (m_sortColumn < 0) {
        for (int r = first; r <= last; ++r)
            m_order.push_back(r);
        return;
    }
    PurchaseSort::mergeAppended(table, m_sortColumn, m_sortOrder, m_order, first, last + 1);
    if (visible.empty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const PersistentRows saved = savePersistent();
    rebuildVisible();
    restorePersistent(saved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PurchasesFilterProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (m_rows.empty() || !topLeft.isValid() || !bottomRight.isValid())
        return;
    // Only display formatting changes in the source (setLocale): every visible row of those columns.
    Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

QModelIndex PurchasesFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_rows.size()))
        return QModelIndex();
    return m_source->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PurchasesFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return QModelIndex();
    ensureInverse();
    const auto source = size_t(sourceIndex.row());
    if (source >= m_inverse.size() || m_inverse[source] < 0)
        return QModelIndex();
    return index(m_inverse[source], sourceIndex.column());
}

QModelIndex PurchasesFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex PurchasesFilterProxy::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int PurchasesFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PurchasesFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : int(PurchasesModel::ColumnCount);
}

bool PurchasesFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return parent.isValid() ? false : !m_rows.empty();
}

QVariant PurchasesFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_source)
        return m_source->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace cdp
