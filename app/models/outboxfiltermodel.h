#pragma once

#include "textfilter.h"

#include "events/outbox.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace cdp {

// Sorts an OutboxModel on its SortRole and filters it by text, by state and by event type.
class OutboxFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OutboxFilterModel(QObject *parent = nullptr);

    // Case-insensitive; every whitespace-separated word must occur in the row's search text.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text(); }
    // Empty: every state.
    void setStates(const QList<OutboxState> &states);
    QList<OutboxState> states() const { return m_states; }
    // Exact eventTypeKey; empty: every type.
    void setEventType(const QString &eventTypeKey);
    QString eventType() const { return m_eventType; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TextFilter m_filter;
    QList<OutboxState> m_states;
    QString m_eventType;
};

} // namespace cdp
