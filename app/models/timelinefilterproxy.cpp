#include "timelinefilterproxy.h"

#include "timelinemodel.h"

namespace cdp {

namespace {

quint32 bit(ProfileEvent::Kind kind)
{
    return 1u << quint32(kind);
}

} // namespace

TimelineFilterProxy::TimelineFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TimelineModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TimelineFilterProxy::setFilterText(const QString &text)
{
    if (m_filter.setText(text))
        refilter();
}

void TimelineFilterProxy::setKindEnabled(ProfileEvent::Kind kind, bool enabled)
{
    setKinds(enabled ? (m_kinds | bit(kind)) : (m_kinds & ~bit(kind)));
}

bool TimelineFilterProxy::isKindEnabled(ProfileEvent::Kind kind) const
{
    return (m_kinds & bit(kind)) != 0;
}

void TimelineFilterProxy::setEnabledKinds(const QList<ProfileEvent::Kind> &kinds)
{
    quint32 mask = 0;
    for (const ProfileEvent::Kind kind : kinds)
        mask |= bit(kind);
    setKinds(mask);
}

QList<ProfileEvent::Kind> TimelineFilterProxy::enabledKinds() const
{
    QList<ProfileEvent::Kind> kinds;
    for (const ProfileEvent::Kind kind : ProfileEvent::allKinds()) {
        if (isKindEnabled(kind))
            kinds.append(kind);
    }
    return kinds;
}

void TimelineFilterProxy::enableAllKinds()
{
    setKinds(AllKinds);
}

void TimelineFilterProxy::setKinds(quint32 kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    refilter();
}

void TimelineFilterProxy::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kinds != AllKinds) {
        const int kind = index.data(TimelineModel::KindRole).toInt();
        if ((m_kinds & (1u << quint32(kind))) == 0)
            return false;
    }
    return m_filter.isEmpty() || m_filter.matches(index.data(TimelineModel::SearchTextRole).toString());
}

bool TimelineFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftValid = left.data(sortRole()).isValid();
    const bool rightValid = right.data(sortRole()).isValid();
    if (leftValid && rightValid)
        return QSortFilterProxyModel::lessThan(left, right);
    if (leftValid == rightValid)
        return false;
    return sortOrder() == Qt::AscendingOrder ? leftValid : rightValid;
}

} // namespace cdp
