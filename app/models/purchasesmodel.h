#pragma once

#include "domain/purchaseline.h"
#include "net/apierror.h"
#include "purchasetable.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace cdp {

// A customer's purchases (productPurchased pages) as one table, in the order the pages arrived
// (newest first, as the CDP serves them). Built for a million rows: storage is a PurchaseTable.
// DisplayRole is formatted text; SortRole carries raw values (epoch ms, quantities, minor units,
// text) so any proxy sorts on numbers; PurchasesFilterProxy sorts and filters on the table directly.
//
// Paging (STYLE habit 11): the model never talks HTTP. startLookup() arms the first page and asks
// for it; fetchMore() asks for the next one; both emit fetchMoreRequested(cursor, ticket). Whoever
// owns the connector (the pane) fetches that page and answers with appendPage(page, ticket) or
// failPage(error, ticket). canFetchMore() is "a next cursor exists, nothing is loading and the last
// page did not fail"; after a failure retry() re-arms it. Rows already loaded are always kept.
// Answers carrying an old ticket (of a lookup that was cleared or replaced) are ignored.
class PurchasesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, ProductCode, ProductName, Description, Qty, UnitValue, OrderValue, Currency, ImageUrl, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // Date: qint64 epoch ms (invalid: no date); Qty: qint64 (invalid: none); UnitValue and
        // OrderValue: qint64 minor units at table().maxScale() (invalid: none); text columns: QString.
        SortRole = Qt::UserRole + 1,
        MoneyRole,          // UnitValue/OrderValue: QVariant<cdp::Money>, exact with its currency
        ProductKeyRole,     // qint64 productKey (invalid when the answer had none), any column
        ImageUrlRole,       // QString image URL of the row's product (empty when blank), any column
        LineRole,           // QVariant<cdp::PurchaseLine>, any column (copy, export)
    };
    Q_ENUM(Role)

    explicit PurchasesModel(QObject *parent = nullptr);

    // --- the lookup life cycle ---
    // Clears the rows, starts a new lookup (new ticket) and requests its first page.
    quint64 startLookup();
    // Removes every row and ends the lookup: nothing to fetch until startLookup().
    void clear();
    // Appends a page: beginInsertRows/endInsertRows, loading ends, the next cursor is taken from the
    // page. Returns false (and changes nothing) for a stale ticket; ticket 0 = the current lookup.
    bool appendPage(const PurchasePage &page, quint64 ticket = 0);
    // The page request failed: loading ends, rows stay, the cursor stays for retry().
    bool failPage(const ApiError &error, quint64 ticket = 0);
    // The owner aborted the request in flight (no error): loading ends, canFetchMore() again.
    void cancelLoading();
    // After failPage(): clears the error so canFetchMore() is true again and requests the page.
    void retry();

    quint64 ticket() const { return m_ticket; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_next.has_value(); }
    std::optional<PurchaseCursor> nextCursor() const { return m_next; }
    ApiError lastError() const { return m_error; }
    QString customerId() const { return m_customerId; }
    qint64 expectedTotal() const { return m_expectedTotal; }   // totalCount of the latest page
    int pagesLoaded() const { return m_pages; }
    int shortPages() const { return m_shortPages; }             // pages with fewer lines than promised
    int malformedFields() const { return m_malformed; }
    QStringList warnings() const { return m_warnings; }          // the first few, for the operator

    // --- data ---
    const PurchaseTable &table() const { return m_table; }
    PurchaseLine lineAt(int row) const { return m_table.line(row); }   // 0 <= row < rowCount()
    // The locale of formatted numbers (default: QLocale()).
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The display text of a cell, also used by the filter proxy and CSV export.
    QString displayText(int row, int column) const;

Q_SIGNALS:
    void fetchMoreRequested(const cdp::PurchaseCursor &cursor, quint64 ticket);
    void loadingChanged(bool loading);
    void pageFailed(const cdp::ApiError &error);
    void pageAppended(int lines, bool shortPage);
    void progressChanged(qint64 loaded, qint64 expected);

private:
    void setLoading(bool loading);
    void requestNext();
    bool acceptsTicket(quint64 ticket) const { return ticket == 0 || ticket == m_ticket; }
    QVariant sortValue(int row, int column) const;

    PurchaseTable m_table;
    QLocale m_locale;
    quint64 m_ticket = 0;
    bool m_active = false;       // a lookup is running (startLookup() … clear())
    bool m_loading = false;
    std::optional<PurchaseCursor> m_next;
    ApiError m_error;
    QString m_customerId;
    qint64 m_expectedTotal = 0;
    int m_pages = 0;
    int m_shortPages = 0;
    int m_malformed = 0;
    QStringList m_warnings;
};

} // namespace cdp
