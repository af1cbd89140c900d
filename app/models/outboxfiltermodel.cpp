#include "outboxfiltermodel.h"

#include "outboxmodel.h"

namespace cdp {

OutboxFilterModel::OutboxFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OutboxModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OutboxFilterModel::setFilterText(const QString &text)
{
    if (!m_filter.setText(text))
        return;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void OutboxFilterModel::setStates(const QList<OutboxState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void OutboxFilterModel::setEventType(const QString &eventTypeKey)
{
    if (eventTypeKey == m_eventType)
        return;
    m_eventType = eventTypeKey;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool OutboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_states.isEmpty() && !m_states.contains(OutboxState(index.data(OutboxModel::StateRole).toInt())))
        return false;
    if (!m_eventType.isEmpty() && index.data(OutboxModel::EventTypeRole).toString() != m_eventType)
        return false;
    return m_filter.isEmpty() || m_filter.matches(index.data(OutboxModel::SearchTextRole).toString());
}

} // namespace cdp
