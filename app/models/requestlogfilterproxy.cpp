#include "requestlogfilterproxy.h"

#include "requestlogmodel.h"

namespace cdp {

RequestLogFilterProxy::RequestLogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestLogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RequestLogFilterProxy::setFilterText(const QString &text)
{
    if (!m_filter.setText(text))
        return;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void RequestLogFilterProxy::setErrorsOnly(bool errorsOnly)
{
    if (errorsOnly == m_errorsOnly)
        return;
    m_errorsOnly = errorsOnly;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool RequestLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_errorsOnly && !index.data(RequestLogModel::IsErrorRole).toBool())
        return false;
    return m_filter.isEmpty() || m_filter.matches(index.data(RequestLogModel::SearchTextRole).toString());
}

} // namespace cdp
