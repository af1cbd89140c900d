#include "purchasechartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QTabBar>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace cdp::ui {

namespace {

// Charts need qreal; the exact sums stay in Money and the footer. Only used for plotting.
qreal plotValue(const Money &money)
{
    return qreal(money.minorUnits()) / std::pow(10.0, money.decimals());
}

QString currencyLabel(const QString &currency)
{
    return currency.isEmpty() ? PurchaseChartView::tr("no currency") : currency;
}

QString elided(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

const QList<QColor> kColors{QColor(0x2b6cb0), QColor(0xdd6b20), QColor(0x38a169), QColor(0x805ad5)};

} // namespace

PurchaseChartView::PurchaseChartView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_spendView(new QChartView(this))
    , m_productsView(new QChartView(this))
    , m_note(new QLabel(this))
{
    m_tabs->addTab(tr("Spend per month"));
    m_tabs->addTab(tr("Top products"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_spendView->setObjectName(QStringLiteral("spendChart"));
    m_productsView->setObjectName(QStringLiteral("productsChart"));
    for (QChartView *view : {m_spendView, m_productsView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setChart(newChart());
        view->setMinimumSize(280, 220);
        m_stack->addWidget(view);
    }
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);

    connect(m_tabs, &QTabBar::currentChanged, m_stack, &QStackedWidget::setCurrentIndex);
    clear();
}

QChart *PurchaseChartView::newChart() const
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);   // redrawn while pages arrive
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    return chart;
}

void PurchaseChartView::setPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

PurchaseChartView::Page PurchaseChartView::page() const
{
    return Page(m_tabs->currentIndex());
}

void PurchaseChartView::clear()
{
    setTotals(PurchaseTotals{});
}

void PurchaseChartView::setTotals(const PurchaseTotals &totals)
{
    ++m_updates;
    buildSpend(totals);
    buildProducts(totals);
    QStringList notes;
    if (totals.undatedLines > 0)
        notes << tr("%n line(s) without a date are not in the monthly spend.", nullptr, int(totals.undatedLines));
    if (totals.linesWithoutValue > 0)
        notes << tr("%n line(s) without an order value are not summed.", nullptr, int(totals.linesWithoutValue));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

void PurchaseChartView::buildSpend(const PurchaseTotals &totals)
{
    QChart *old = m_spendView->chart();
    QChart *chart = newChart();
    chart->setTitle(tr("Spend per month"));

    auto *axisX = new QDateTimeAxis(chart);
    axisX->setFormat(QStringLiteral("MMM yyyy"));
    axisX->setTickCount(5);
    auto *axisY = new QValueAxis(chart);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setMin(0);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    qreal maxValue = 0;
    QDateTime first, last;
    int colour = 0;
    for (const PurchaseTotals::CurrencyTotal &currency : totals.currencies) {
        const QList<PurchaseTotals::MonthSpend> months = totals.monthSeries(currency.currency);
        if (months.isEmpty())
            continue;
        auto *series = new QLineSeries(chart);
        series->setName(currencyLabel(currency.currency));
        series->setColor(kColors.at(colour++ % kColors.size()));
        series->setPointsVisible(months.size() <= 40);
        for (const PurchaseTotals::MonthSpend &month : months) {
            const QDateTime at = month.month.startOfDay(Qt::UTC);
            const qreal value = plotValue(month.orderValue);
            series->append(qreal(at.toMSecsSinceEpoch()), value);
            maxValue = qMax(maxValue, value);
            if (!first.isValid() || at < first)
                first = at;
            if (!last.isValid() || at > last)
                last = at;
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    if (!first.isValid()) {
        chart->setTitle(totals.lines > 0 ? tr("Spend per month — no dated purchases") : tr("Spend per month"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        axisX->setRange(now.addMonths(-6), now);
        axisY->setRange(0, 100);
        chart->legend()->hide();
    } else {
        if (first == last) {
            first = first.addMonths(-1);
            last = last.addMonths(1);
        }
        axisX->setRange(first, last);
        axisY->setRange(0, maxValue > 0 ? maxValue * 1.1 : 100);
        axisY->applyNiceNumbers();
        chart->legend()->setVisible(chart->series().size() > 1);
    }
    m_spendView->setChart(chart);
    delete old;
}

void PurchaseChartView::buildProducts(const PurchaseTotals &totals)
{
    QChart *old = m_productsView->chart();
    QChart *chart = newChart();
    const QString currency = totals.mainCurrency();

    QList<PurchaseTotals::ProductSpend> products;
    for (const PurchaseTotals::ProductSpend &product : totals.topProducts) {
        if (product.currency == currency)
            products.append(product);
    }
    chart->setTitle(products.isEmpty() ? tr("Top products by value")
                                       : tr("Top products by value (%1)").arg(currencyLabel(currency)));
    auto *set = new QBarSet(currencyLabel(currency), chart);
    set->setColor(kColors.at(0));
    set->setBorderColor(kColors.at(0));
    QStringList categories;
    qreal maxValue = 0;
    // Horizontal bars draw the first category at the bottom: add the largest last.
    for (qsizetype i = products.size() - 1; i >= 0; --i) {
        const PurchaseTotals::ProductSpend &product = products.at(i);
        const QString name = product.productName.isEmpty() ? product.productCode : product.productName;
        QString label = elided(name, 26);
        while (categories.contains(label))
            label += QLatin1Char(' ');   // categories must be unique
        categories << label;
        const qreal value = plotValue(product.orderValue);
        *set << value;
        maxValue = qMax(maxValue, value);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis(chart);
    axisY->append(categories.isEmpty() ? QStringList{QString()} : categories);
    auto *axisX = new QValueAxis(chart);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setRange(0, maxValue > 0 ? maxValue * 1.05 : 100);
    if (maxValue > 0)
        axisX->applyNiceNumbers();
    axisX->setTickCount(5);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->hide();
    m_productsView->setChart(chart);
    delete old;
}

} // namespace cdp::ui
