#pragma once

#include "models/purchasetotals.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QCategoryAxis;
class QHorizontalBarSeries;
class QLabel;
class QLineSeries;
class QValueAxis;
class QStackedWidget;
class QTabBar;

namespace cdp::ui {

// The charts of Customer Lookup (Qt Charts), switchable with tabs: spend per month (a line per
// currency; only lines with a date) and the top products by value (horizontal bars, main currency).
// setTotals() updates both from PurchaseTotals in place (series points, bar values, axis ranges;
// the charts themselves are built once), so that it stays cheap while "Load all" streams pages;
// the pane still throttles how often it is called.
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
    void updateSpend(const PurchaseTotals &totals);
    void updateProducts(const PurchaseTotals &totals);
    void setMonthRange(int first, int last);   // months as year × 12 + month − 1
    QChart *newChart() const;

    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    QChartView *m_spendView;
    QChartView *m_productsView;
    QLabel *m_note;
    // Spend per month: one line per currency, in the order of PurchaseTotals::currencies.
    QCategoryAxis *m_monthAxis = nullptr;
    QValueAxis *m_spendAxis = nullptr;
    QList<QLineSeries *> m_spendSeries;
    // Top products: one bar set (main currency).
    QHorizontalBarSeries *m_productSeries = nullptr;
    QBarSet *m_productSet = nullptr;
    QBarCategoryAxis *m_productAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    int m_updates = 0;
};

} // namespace cdp::ui
