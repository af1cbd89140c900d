#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace cdp {

class PurchaseTable;

// The text filter of PurchasesFilterProxy, compiled for a PurchaseTable. Every whitespace-separated
// word (case-insensitive, at most 64 words) must occur in the row's product code, product name,
// description, currency or order date text ("2024-05-01 10:15:00"); it may be a different field for
// each word. Product and currency matches are computed once per distinct product/currency, so a
// row costs a few bit operations; the date is formatted (without allocating) only for rows that
// still miss a word that could be part of a date (digits, '-', ':', ' ', '.', '/').
class PurchaseTextFilter
{
public:
    PurchaseTextFilter() = default;
    PurchaseTextFilter(const PurchaseTable &table, const QString &text);

    static QStringList words(const QString &text);
    bool isEmpty() const { return m_words.isEmpty(); }
    QStringList filterWords() const { return m_words; }

    // Products and currencies appended to the table since the filter was compiled.
    void update();
    // Thread-safe after update().
    bool matches(int row) const;
    // accept[r] = matches(r) for first <= r < last (accept must hold at least `last` entries).
    // Runs QtConcurrent::blockingMap over row ranges when the range has `parallelThreshold` rows or
    // more (PERF_NOTES: ranges, not rows, scale on 2 cores).
    void evaluate(int first, int last, std::vector<quint8> &accept, int parallelThreshold) const;

private:
    quint64 wordMask(const QString &text) const;

    const PurchaseTable *m_table = nullptr;
    QStringList m_words;
    quint64 m_all = 0;
    quint64 m_dateWords = 0;              // words that could occur in a date text
    std::vector<quint64> m_productMask;   // per product: words found in code, name or description
    std::vector<quint64> m_currencyMask;  // per currency index
};

} // namespace cdp
