#pragma once

#include "models/purchasetotals.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTabBar;

namespace cdp::ui {

// The charts of Customer Lookup (Qt Charts), switchable with tabs: spend per month (a line per
// currency; only lines with a date) and the top products by value (horizontal bars, main currency).
// setTotals() rebuilds both from PurchaseTotals; the pane throttles how often it is called.
class PurchaseChartView : public QWidget
{
    Q_OBJECT
public:
    enum Page { SpendOverTime, TopProducts };
    Q_ENUM(Page)

    explicit PurchaseChartView(QWidget *parent = nullptr);

    void setTotals(const PurchaseTotals &totals);
    void clear();
    void setPage(Page page);
    Page page() const;

    QChartView *spendView() const { return m_spendView; }
    QChartView *productsView() const { return m_productsView; }
    QTabBar *tabBar() const { return m_tabs; }
    int updateCount() const { return m_updates; }

private:
    void buildSpend(const PurchaseTotals &totals);
    void buildProducts(const PurchaseTotals &totals);
    QChart *newChart() const;

    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    QChartView *m_spendView;
    QChartView *m_productsView;
    QLabel *m_note;
    int m_updates = 0;
};

} // namespace cdp::ui
