#pragma once

#include "textfilter.h"

#include <QSortFilterProxyModel>

namespace cdp {

// Sorts a RequestLogModel on its SortRole and filters by text and "errors only". The filter state
// lives here; changes call invalidateFilter() (never setFilterFixedString(), see PERF_NOTES).
class RequestLogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RequestLogFilterProxy(QObject *parent = nullptr);

    // Case-insensitive; every whitespace-separated word must occur in the connection, method,
    // URL, status, outcome or message.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text(); }
    void setErrorsOnly(bool errorsOnly);
    bool errorsOnly() const { return m_errorsOnly; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TextFilter m_filter;
    bool m_errorsOnly = false;
};

} // namespace cdp
