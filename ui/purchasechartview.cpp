#include "purchasechartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCategoryAxis>
#include <QLocale>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QTabBar>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
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

    // Spend per month: the axes stay, the series follow the currencies.
    QChart *spend = m_spendView->chart();
    // x = months since year 0 (year × 12 + month − 1); labels sit exactly on months.
    m_monthAxis = new QCategoryAxis(spend);
    m_monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_spendAxis = new QValueAxis(spend);
    m_spendAxis->setLabelFormat(QStringLiteral("%.0f"));
    spend->addAxis(m_monthAxis, Qt::AlignBottom);
    spend->addAxis(m_spendAxis, Qt::AlignLeft);

    // Top products: one bar set whose values and categories are replaced.
    QChart *products = m_productsView->chart();
    m_productSet = new QBarSet(QString(), products);
    m_productSet->setColor(kColors.at(0));
    m_productSet->setBorderColor(kColors.at(0));
    m_productSeries = new QHorizontalBarSeries(products);
    m_productSeries->append(m_productSet);
    m_productSeries->setBarWidth(0.7);
    products->addSeries(m_productSeries);
    m_productAxis = new QBarCategoryAxis(products);
    m_valueAxis = new QValueAxis(products);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    products->addAxis(m_productAxis, Qt::AlignLeft);
    products->addAxis(m_valueAxis, Qt::AlignBottom);
    m_productSeries->attachAxis(m_productAxis);
    m_productSeries->attachAxis(m_valueAxis);
    products->legend()->hide();

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
    updateSpend(totals);
    updateProducts(totals);
    QStringList notes;
    if (totals.undatedLines > 0)
        notes << tr("%n line(s) without a date are not in the monthly spend.", nullptr, int(totals.undatedLines));
    if (totals.linesWithoutValue > 0)
        notes << tr("%n line(s) without an order value are not summed.", nullptr, int(totals.linesWithoutValue));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

void PurchaseChartView::updateSpend(const PurchaseTotals &totals)
{
    QChart *chart = m_spendView->chart();

    // One series per currency with dated lines, most frequent currency first.
    QStringList names;
    QList<QList<QPointF>> points;
    qreal maxValue = 0;
    int first = 0;
    int last = 0;
    for (const PurchaseTotals::CurrencyTotal &currency : totals.currencies) {
        const QList<PurchaseTotals::MonthSpend> months = totals.monthSeries(currency.currency);
        if (months.isEmpty())
            continue;
        QList<QPointF> line;
        line.reserve(months.size());
        for (const PurchaseTotals::MonthSpend &month : months) {
            const int at = month.month.year() * 12 + month.month.month() - 1;
            const qreal value = plotValue(month.orderValue);
            line.append(QPointF(qreal(at), value));
            maxValue = qMax(maxValue, value);
            if (names.isEmpty() && line.size() == 1) {
                first = at;
                last = at;
            }
            first = qMin(first, at);
            last = qMax(last, at);
        }
        names << currencyLabel(currency.currency);
        points << line;
    }

    // Series are only created or removed when the currencies change; otherwise their points are
    // replaced (one repaint, no new graphics items).
    bool sameSeries = names.size() == m_spendSeries.size();
    for (qsizetype i = 0; sameSeries && i < names.size(); ++i)
        sameSeries = m_spendSeries.at(i)->name() == names.at(i);
    if (!sameSeries) {
        for (QLineSeries *series : std::as_const(m_spendSeries)) {
            chart->removeSeries(series);
            delete series;
        }
        m_spendSeries.clear();
        for (qsizetype i = 0; i < names.size(); ++i) {
            auto *series = new QLineSeries(chart);
            series->setName(names.at(i));
            series->setColor(kColors.at(int(i % kColors.size())));
            chart->addSeries(series);
            series->attachAxis(m_monthAxis);
            series->attachAxis(m_spendAxis);
            m_spendSeries.append(series);
        }
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        QLineSeries *series = m_spendSeries.at(i);
        series->setPointsVisible(points.at(i).size() <= 40);
        series->setMarkerSize(points.at(i).size() <= 2 ? 10 : 6);   // a single month must be visible
        series->replace(points.at(i));
    }

    if (names.isEmpty()) {
        chart->setTitle(totals.lines > 0 ? tr("Spend per month — no dated purchases") : tr("Spend per month"));
        const QDate today = QDate::currentDate();
        setMonthRange(today.year() * 12 + today.month() - 7, today.year() * 12 + today.month() - 1);
        m_spendAxis->setRange(0, 100);
        chart->legend()->hide();
        return;
    }
    chart->setTitle(tr("Spend per month"));
    setMonthRange(first, last);
    m_spendAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 100);
    m_spendAxis->applyNiceNumbers();
    chart->legend()->setVisible(names.size() > 1);
}

void PurchaseChartView::setMonthRange(int first, int last)
{
    // Half a month of room on both sides, so that the first and last points are not on the frame
    // (and a single month sits in the middle).
    m_monthAxis->setRange(first - 0.5, last + 0.5);
    // At most four labels (they must fit a narrow chart), on every 1st, 2nd, 3rd, 6th or 12th … month.
    const int span = last - first;
    int step = 1;
    for (const int candidate : {1, 2, 3, 4, 6, 12, 24, 36, 60, 120}) {
        step = candidate;
        if (span / candidate < 4)
            break;
    }
    const QStringList old = m_monthAxis->categoriesLabels();
    for (const QString &label : old)
        m_monthAxis->remove(label);
    const QLocale locale;
    const int start = step >= 12 ? ((first + 11) / 12) * 12 : ((first + step - 1) / step) * step;   // round months
    for (int month = start; month <= last; month += step)
        m_monthAxis->append(locale.toString(QDate(month / 12, month % 12 + 1, 1), QStringLiteral("MMM yyyy")), month);
    if (m_monthAxis->count() == 0)
        m_monthAxis->append(locale.toString(QDate(first / 12, first % 12 + 1, 1), QStringLiteral("MMM yyyy")), first);
    m_monthAxis->setStartValue(first - 0.5);
}

void PurchaseChartView::updateProducts(const PurchaseTotals &totals)
{
    QChart *chart = m_productsView->chart();
    const QString currency = totals.mainCurrency();

    QList<PurchaseTotals::ProductSpend> products;
    for (const PurchaseTotals::ProductSpend &product : totals.topProducts) {
        if (product.currency == currency)
            products.append(product);
    }
    chart->setTitle(products.isEmpty() ? tr("Top products by value")
                                       : tr("Top products by value (%1)").arg(currencyLabel(currency)));
    m_productSet->setLabel(currencyLabel(currency));
    QStringList categories;
    QList<qreal> values;
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
        values << value;
        maxValue = qMax(maxValue, value);
    }
    if (m_productAxis->categories() != (categories.isEmpty() ? QStringList{QString()} : categories)) {
        m_productSet->remove(0, m_productSet->count());
        m_productAxis->setCategories(categories.isEmpty() ? QStringList{QString()} : categories);
        m_productSet->append(values);
    } else {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_productSet->replace(int(i), values.at(i));
    }
    m_valueAxis->setRange(0, maxValue > 0 ? maxValue * 1.05 : 100);
    if (maxValue > 0)
        m_valueAxis->applyNiceNumbers();
    m_valueAxis->setTickCount(5);
}

} // namespace cdp::ui
