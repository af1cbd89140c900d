#pragma once

#include "domain/userprofile.h"
#include "textfilter.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace cdp {

// Sorts a TimelineModel on its SortRole (raw times and cents) and filters by event kind and text.
// The filter state lives here and filterAcceptsRow() reads it; changing it calls invalidateFilter()
// (never setFilterFixedString(): quadratic with a view attached, see PERF_NOTES).
// Works with any source model that offers TimelineModel's KindRole and SearchTextRole.
class TimelineFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterProxy(QObject *parent = nullptr);

    // Case-insensitive; every whitespace-separated word must occur in the subject, details,
    // channel, session or an item id/sku. Empty shows everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text(); }

    void setKindEnabled(ProfileEvent::Kind kind, bool enabled);
    bool isKindEnabled(ProfileEvent::Kind kind) const;
    void setEnabledKinds(const QList<ProfileEvent::Kind> &kinds);
    QList<ProfileEvent::Kind> enabledKinds() const;
    void enableAllKinds();

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Rows without a sort value (no amount) stay at the end in both sort orders.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void setKinds(quint32 kinds);
    void refilter();

    static constexpr quint32 AllKinds = (1u << ProfileEvent::KindCount) - 1;
    TextFilter m_filter;
    quint32 m_kinds = AllKinds;
};

} // namespace cdp
