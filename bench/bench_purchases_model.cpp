// PurchasesModel + PurchasesFilterProxy with 1 000 000 purchase rows against a QStandardItemModel +
// QSortFilterProxyModel baseline built in the same run: populate time and RSS, text filter, sort by
// value (and by name). Prints a table; figures go to bench/README.md ("Purchases model").
//
//   bench_purchases_model [--rows N] [--products N] [--repeat N] [--no-baseline]
//
// RSS is the VmRSS delta of /proc/self/status around each build. Ours is built first, on a fresh
// heap; the baseline is built after ours is freed, so it may reuse that memory (and its text cells
// share the input's product strings): both make the baseline look smaller, never ours.

#include "domain/purchaseline.h"
#include "models/purchasesfilterproxy.h"
#include "models/purchasesmodel.h"
#include "models/purchasetotals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace cdp;

namespace {

constexpr int kPageSize = 500;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double rssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString cpuModel()
{
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QString();
}

// CPU time of the calling thread: the figure to trust on a shared, busy machine.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// A catalogue in the sandbox's naming style, with "STEEL GREY" as one of ten colours.
struct Catalogue
{
    struct Product
    {
        QString code, name, description, imageUrl;
        qint64 unitCents = 0;
    };
    std::vector<Product> products;
};

Catalogue makeCatalogue(int count, QRandomGenerator &random)
{
    static const QStringList styles{u"NF-PO06"_s, u"71299"_s, u"KJ-TS14"_s, u"40811"_s, u"DN-JE32"_s,
                                    u"RJ-0920"_s, u"MW-SW77"_s, u"BG-CB10"_s, u"AC-BT45"_s, u"HM-MG04"_s};
    static const QStringList kinds{u"Polo shirt"_s, u"Running shoe"_s, u"T-shirt"_s, u"Chelsea boot"_s, u"Slim jeans"_s,
                                   u"Rain jacket"_s, u"Merino sweater"_s, u"Canvas backpack"_s, u"Leather belt"_s,
                                   u"Ceramic mug set"_s};
    static const QStringList colours{u"NAVY"_s, u"ORANGE"_s, u"BLACK"_s, u"WHITE"_s, u"RED"_s,
                                     u"STEEL GREY"_s, u"OLIVE"_s, u"SKY BLUE"_s, u"CHARCOAL"_s, u"BEIGE"_s};
    static const QStringList sizes{u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"11-12 Y"_s, u"42"_s};
    Catalogue catalogue;
    for (int i = 0; i < count; ++i) {
        const int style = int(random.bounded(styles.size()));
        const QString colour = colours.at(random.bounded(colours.size()));
        const QString size = sizes.at(random.bounded(sizes.size()));
        Catalogue::Product p;
        p.code = u"%1"_s.arg(1000000000000LL + qint64(i) * 7919);
        p.name = styles.at(style) + u':' + colour + u':' + size;
        p.description = i % 3 == 2 ? u"%1, %2, size %3"_s.arg(kinds.at(style), colour.toLower(), size) : p.name;
        p.imageUrl = i % 3 == 0 ? QString() : u"http://127.0.0.1:8787/sandbox/img/"_s + p.code + u".png"_s;
        p.unitCents = 500 + random.bounded(20000);
        catalogue.products.push_back(p);
    }
    return catalogue;
}

// Fresh strings per line, as a JSON parser would produce them.
QString copyOf(const QString &s)
{
    return QString(s.constData(), s.size());
}

// Pages of fresh lines, generated one at a time just before they are appended (as the pane appends
// a page right after the connector parsed it): the input is hot in the cache and never counted in
// the RSS of either model.
class PageSource
{
public:
    PageSource(const Catalogue &catalogue, int rows)
        : m_catalogue(catalogue)
        , m_rows(rows)
        , m_step(std::max<qint64>(60, qint64(9) * 365 * 86400 / std::max(1, rows / 4)))   // nine years
    {
    }

    // Calls consume(page) for every page; returns the milliseconds spent inside consume (wall
    // clock) and adds the thread CPU milliseconds spent there to *cpuMs when given.
    template<typename Consume>
    double run(Consume consume, double *cpuMs = nullptr) const
    {
        QRandomGenerator random(20250601);
        const QDateTime start(QDate(2016, 6, 1), QTime(8, 0), Qt::UTC);
        const QString dollar = u"$"_s;
        const QString euro = u"€"_s;
        double inside = 0;
        for (int first = 0; first < m_rows; first += kPageSize) {
            PurchasePage page;
            page.totalCount = m_rows;
            page.pageSize = kPageSize;
            page.currentPage = first / kPageSize + 1;
            const int count = std::min(kPageSize, m_rows - first);
            page.lines.reserve(count);
            for (int i = 0; i < count; ++i) {
                const int row = first + i;
                const Catalogue::Product &p = m_catalogue.products[random.bounded(quint32(m_catalogue.products.size()))];
                PurchaseLine line;
                line.productKey = row + 1;
                line.productCode = copyOf(p.code);
                line.productName = copyOf(p.name);
                line.productDescription = copyOf(p.description);
                line.productImgUrl = copyOf(p.imageUrl);
                const qint64 qty = 1 + random.bounded(5);
                line.quantity = qty;
                const QString &currency = row % 10 == 3 ? euro : dollar;
                const int decimals = row % 3 == 1 ? 1 : 2;   // "$1000.0" and "$100.30"
                const qint64 unit = decimals == 1 ? p.unitCents / 10 : p.unitCents;
                line.unitValue = Money(unit, decimals, currency);
                line.orderValue = Money(unit * qty, decimals, currency);
                if (row % 41 != 0) {
                    line.orderDate = start.addSecs(qint64(m_rows - row) / 4 * m_step);   // 4 lines per order
                    line.orderDateHasTime = true;
                    line.orderDateText = line.orderDate.toString(u"yyyy-MM-dd HH:mm:ss"_s);
                }
                page.lines.append(std::move(line));
            }
            if (first + count < m_rows)
                page.nextCursor = PurchaseCursor{QJsonObject(), page.currentPage + 1};
            QElapsedTimer timer;
            const double cpuBefore = threadCpuMs();
            timer.start();
            consume(page);
            inside += double(timer.nsecsElapsed()) / 1e6;
            if (cpuMs)
                *cpuMs += threadCpuMs() - cpuBefore;
        }
        return inside;
    }

private:
    const Catalogue &m_catalogue;
    int m_rows;
    qint64 m_step;
};

struct Figures
{
    double populateMs = 0;
    double populateCpuMs = 0;
    double rssMiB = 0;
    double filterMs = 0;
    double clearFilterMs = 0;
    int filtered = 0;
    double sortValueMs = 0;
    double sortNameMs = 0;
};

Figures benchOurs(const PageSource &pages, const QString &word, int repeat)
{
    Figures f;
    const double rssBefore = rssMiB();
    auto model = std::make_unique<PurchasesModel>();
    auto proxy = std::make_unique<PurchasesFilterProxy>();
    proxy->setSourceModel(model.get());   // attached while populating, as in the pane

    const quint64 ticket = model->startLookup();
    f.populateMs = pages.run([&](const PurchasePage &page) { model->appendPage(page, ticket); }, &f.populateCpuMs);
    f.rssMiB = rssMiB() - rssBefore;
    QElapsedTimer timer;

    std::vector<double> filter, clear, sortValue, sortName;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        proxy->setFilterText(word);
        f.filtered = proxy->rowCount();
        filter.push_back(msSince(timer));
        timer.restart();
        proxy->setFilterText(QString());
        proxy->rowCount();
        clear.push_back(msSince(timer));

        timer.restart();
        proxy->sort(PurchasesModel::OrderValue, Qt::DescendingOrder);
        sortValue.push_back(msSince(timer));
        proxy->sort(-1);
        timer.restart();
        proxy->sort(PurchasesModel::ProductName, Qt::AscendingOrder);
        sortName.push_back(msSince(timer));
        proxy->sort(-1);
    }
    f.filterMs = median(filter);
    f.clearFilterMs = median(clear);
    f.sortValueMs = median(sortValue);
    f.sortNameMs = median(sortName);

    timer.restart();
    const PurchaseTotals totals = PurchaseTotals::compute(model->table());
    print(u"  totals over %1 rows: %2 ms (%3 currencies, %4 months, %5 top products)"_s.arg(totals.lines)
                  .arg(msSince(timer), 0, 'f', 1)
                  .arg(totals.currencies.size())
                  .arg(totals.months.size())
                  .arg(totals.topProducts.size()));
    print(u"  our table's own estimate: %1 MiB in vectors + products"_s.arg(double(model->table().memoryBytes()) / 1048576.0, 0, 'f', 1));
    return f;
}

Figures benchBaseline(const PageSource &pages, const QString &word, int repeat)
{
    Figures f;
    const double rssBefore = rssMiB();
    auto model = std::make_unique<QStandardItemModel>(0, PurchasesModel::ColumnCount);
    constexpr int sortRole = Qt::UserRole + 1;
    const QLocale locale;

    f.populateMs = pages.run([&](const PurchasePage &page) {
        for (const PurchaseLine &line : page.lines) {
            QList<QStandardItem *> items;
            items.reserve(PurchasesModel::ColumnCount);
            items << new QStandardItem(line.orderDate.isValid() ? line.orderDateText : QString())
                  << new QStandardItem(line.productCode) << new QStandardItem(line.productName)
                  << new QStandardItem(line.productDescription)
                  << new QStandardItem(line.quantity ? QString::number(*line.quantity) : QString())
                  << new QStandardItem(line.unitValue ? line.unitValue->toString(locale) : QString());
            auto *value = new QStandardItem(line.orderValue ? line.orderValue->toString(locale) : QString());
            if (line.orderValue)   // the raw value to sort on, exact at 2 decimals
                value->setData(line.orderValue->rescaled(2).value_or(Money()).minorUnits(), sortRole);
            items << value << new QStandardItem(line.currency()) << new QStandardItem(line.productImgUrl);
            model->appendRow(items);
        }
    }, &f.populateCpuMs);
    f.rssMiB = rssMiB() - rssBefore;
    QElapsedTimer timer;

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.rowCount();   // the proxy builds its mapping lazily: let it exist, as with a view attached
    std::vector<double> filter, clear, sortValue, sortName;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        proxy.setFilterFixedString(word);
        f.filtered = proxy.rowCount();
        filter.push_back(msSince(timer));
        timer.restart();
        proxy.setFilterFixedString(QString());
        proxy.rowCount();
        clear.push_back(msSince(timer));

        proxy.setSortRole(sortRole);
        timer.restart();
        proxy.sort(PurchasesModel::OrderValue, Qt::DescendingOrder);
        sortValue.push_back(msSince(timer));
        proxy.sort(-1);
        proxy.setSortRole(Qt::DisplayRole);
        timer.restart();
        proxy.sort(PurchasesModel::ProductName, Qt::AscendingOrder);
        sortName.push_back(msSince(timer));
        proxy.sort(-1);
    }
    f.filterMs = median(filter);
    f.clearFilterMs = median(clear);
    f.sortValueMs = median(sortValue);
    f.sortNameMs = median(sortName);
    return f;
}

QString ms(double v)
{
    return v >= 1000 ? u"%1 s"_s.arg(v / 1000, 0, 'f', 2) : u"%1 ms"_s.arg(v, 0, 'f', v < 10 ? 1 : 0);
}

QString ratio(double baseline, double ours)
{
    return ours > 0 ? u"%1×"_s.arg(baseline / ours, 0, 'f', baseline / ours < 10 ? 1 : 0) : u"–"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"PurchasesModel vs QStandardItemModel with a million purchase rows"_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows (default 1000000)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption productsOption(u"products"_s, u"Distinct products (default 5000)."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Repetitions of filter/sort; medians (default 3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption noBaselineOption(u"no-baseline"_s, u"Skip the QStandardItemModel baseline."_s);
    const QCommandLineOption breakdownOption(u"breakdown"_s, u"Afterwards, time PurchaseTable::append alone."_s);
    parser.addOptions({rowsOption, productsOption, repeatOption, noBaselineOption, breakdownOption});
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOption).toInt());
    const int productCount = std::max(1, parser.value(productsOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString word = u"steel"_s;

    print(u"machine: %1, %2 threads, %3, Qt %4"_s.arg(cpuModel())
                  .arg(QThread::idealThreadCount())
                  .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion())));
    print(u"%1 rows over %2 products in pages of %3"_s.arg(rows).arg(productCount).arg(kPageSize));
    QRandomGenerator random(20250601);
    const Catalogue catalogue = makeCatalogue(productCount, random);
    const PageSource pages(catalogue, rows);

    print(u"PurchasesModel + PurchasesFilterProxy:"_s);
    const Figures ours = benchOurs(pages, word, repeat);
    Figures base;
    const bool baseline = !parser.isSet(noBaselineOption);
    if (baseline) {
        print(u"QStandardItemModel + QSortFilterProxyModel (this takes a while) …"_s);
        base = benchBaseline(pages, word, 1);   // minutes per repetition: measured once
    }

    print(QString());
    print(u"| %1 rows | PurchasesModel | QStandardItemModel | ratio | target |"_s.arg(rows));
    print(u"|---|---|---|---|---|"_s);
    auto row = [&](const QString &name, double o, double b, const QString &target) {
        print(u"| %1 | %2 | %3 | %4 | %5 |"_s.arg(name, ms(o), baseline ? ms(b) : u"–"_s,
                                                   baseline ? ratio(b, o) : u"–"_s, target));
    };
    row(u"populate"_s, ours.populateMs, base.populateMs, u"≤ 0.5 s"_s);
    row(u"populate, thread CPU time"_s, ours.populateCpuMs, base.populateCpuMs, QString());
    print(u"| RSS (VmRSS delta) | %1 MiB | %2 MiB | 1/%3 | ≤ 1/5 |"_s.arg(ours.rssMiB, 0, 'f', 0)
                  .arg(base.rssMiB, 0, 'f', 0)
                  .arg(ours.rssMiB > 0 ? base.rssMiB / ours.rssMiB : 0, 0, 'f', 1));
    row(u"filter \"%1\" (%2 rows match)"_s.arg(word).arg(ours.filtered), ours.filterMs, base.filterMs, u"≤ 100 ms"_s);
    row(u"clear the filter"_s, ours.clearFilterMs, base.clearFilterMs, QString());
    row(u"sort by order value"_s, ours.sortValueMs, base.sortValueMs, u"≤ 500 ms"_s);
    row(u"sort by product name"_s, ours.sortNameMs, base.sortNameMs, QString());
    if (parser.isSet(breakdownOption)) {
        PurchaseTable table;
        table.reserve(rows);
        double cpu = 0;
        const double ms = pages.run(
                [&](const PurchasePage &page) {
                    for (const PurchaseLine &line : page.lines)
                        table.append(line);
                },
                &cpu);
        print(u"breakdown: PurchaseTable::append alone %1 ms (thread CPU %2 ms); the page source alone %3 ms"_s
                      .arg(ms, 0, 'f', 0)
                      .arg(cpu, 0, 'f', 0)
                      .arg(pages.run([](const PurchasePage &) {}), 0, 'f', 1));
    }
    if (baseline && base.filtered != ours.filtered)
        print(u"note: the baseline filter matched %1 rows (it also searches the other columns)"_s.arg(base.filtered));
    return 0;
}
