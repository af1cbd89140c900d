#include "purchasefilter.h"

#include "purchasetable.h"

#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <utility>

namespace cdp {

namespace {

constexpr int kMaxWords = 64;
constexpr int kRanges = 64;

bool couldBeInDate(const QString &word)
{
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || u == '-' || u == ':' || u == ' ' || u == '.' || u == '/'))
            return false;
    }
    return true;
}

} // namespace

QStringList PurchaseTextFilter::words(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList list = text.split(spaces, Qt::SkipEmptyParts);
    list.removeDuplicates();
    if (list.size() > kMaxWords)
        list.resize(kMaxWords);
    return list;
}

PurchaseTextFilter::PurchaseTextFilter(const PurchaseTable &table, const QString &text)
    : m_table(&table)
    , m_words(words(text))
{
    for (int w = 0; w < m_words.size(); ++w) {
        m_all |= quint64(1) << w;
        if (couldBeInDate(m_words.at(w)))
            m_dateWords |= quint64(1) << w;
    }
    update();
}

quint64 PurchaseTextFilter::wordMask(const QString &text) const
{
    quint64 mask = 0;
    for (int w = 0; w < m_words.size(); ++w) {
        if (text.contains(m_words.at(w), Qt::CaseInsensitive))
            mask |= quint64(1) << w;
    }
    return mask;
}

void PurchaseTextFilter::update()
{
    if (!m_table || isEmpty())
        return;
    const PurchaseTable &t = *m_table;
    if (size_t(t.productCount()) < m_productMask.size() || t.currencies().size() < qsizetype(m_currencyMask.size())) {
        m_productMask.clear();   // the table was cleared and refilled
        m_currencyMask.clear();
    }
    for (auto p = quint32(m_productMask.size()); p < quint32(t.productCount()); ++p) {
        const PurchaseTable::Product &product = t.product(p);
        m_productMask.push_back(wordMask(product.code) | wordMask(product.name) | wordMask(product.description));
    }
    for (auto c = qsizetype(m_currencyMask.size()); c < t.currencies().size(); ++c)
        m_currencyMask.push_back(wordMask(t.currency(int(c))));
}

bool PurchaseTextFilter::matches(int row) const
{
    if (isEmpty())
        return true;
    const PurchaseTable &t = *m_table;
    const quint32 product = t.productIndex(row);
    const auto currency = size_t(t.currencyIndex(row));
    quint64 found = (product < m_productMask.size() ? m_productMask[product] : 0)
                    | (currency < m_currencyMask.size() ? m_currencyMask[currency] : 0);
    const quint64 missing = m_all & ~found;
    if (missing == 0)
        return true;
    if ((missing & ~m_dateWords) != 0)
        return false;   // a word that cannot be part of a date is missing

    char16_t buffer[20];
    QStringView date;
    QString unreadable;
    if (t.has(row, PurchaseTable::HasDate)) {
        date = QStringView(buffer, t.formatDate(row, buffer));
    } else if (t.has(row, PurchaseTable::UnreadableDate)) {
        unreadable = t.dateText(row);
        date = unreadable;
    } else {
        return false;
    }
    for (int w = 0; w < m_words.size(); ++w) {
        if ((missing & (quint64(1) << w)) && !date.contains(m_words.at(w), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void PurchaseTextFilter::evaluate(int first, int last, std::vector<quint8> &accept, int parallelThreshold) const
{
    if (last <= first)
        return;
    if (isEmpty()) {
        std::fill(accept.begin() + first, accept.begin() + last, quint8(1));
        return;
    }
    auto run = [this, &accept](const std::pair<int, int> &range) {
        for (int r = range.first; r < range.second; ++r)
            accept[size_t(r)] = matches(r) ? 1 : 0;
    };
    const int count = last - first;
    if (count < parallelThreshold) {
        run({first, last});
        return;
    }
    std::vector<std::pair<int, int>> ranges;
    const int step = std::max(1, (count + kRanges - 1) / kRanges);
    for (int begin = first; begin < last; begin += step)
        ranges.emplace_back(begin, std::min(last, begin + step));
    QtConcurrent::blockingMap(ranges, run);
}

} // namespace cdp
