#include "purchasesmodel.h"

#include <algorithm>

namespace cdp {

namespace {

constexpr int kMaxWarnings = 10;
constexpr qint64 kMaxReserve = 2000000;

} // namespace

PurchasesModel::PurchasesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PurchasesModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_table.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

quint64 PurchasesModel::startLookup()
{
    beginResetModel();
    m_table.clear();
    ++m_ticket;
    m_active = true;
    m_next = PurchaseCursor{};
    m_error = ApiError();
    m_customerId.clear();
    m_expectedTotal = 0;
    m_pages = 0;
    m_shortPages = 0;
    m_malformed = 0;
    m_warnings.clear();
    const bool wasLoading = m_loading;
    m_loading = false;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    Q_EMIT progressChanged(0, 0);
    requestNext();
    return m_ticket;
}

void PurchasesModel::clear()
{
    beginResetModel();
    m_table.clear();
    ++m_ticket;
    m_active = false;
    m_next.reset();
    m_error = ApiError();
    m_customerId.clear();
    m_expectedTotal = 0;
    m_pages = 0;
    m_shortPages = 0;
    m_malformed = 0;
    m_warnings.clear();
    endResetModel();
    setLoading(false);
    Q_EMIT progressChanged(0, 0);
}

bool PurchasesModel::appendPage(const PurchasePage &page, quint64 ticket)
{
    if (!acceptsTicket(ticket) || !m_active)
        return false;
    if (!page.lines.isEmpty()) {
        const int first = rowCount();
        beginInsertRows(QModelIndex(), first, first + int(page.lines.size()) - 1);
        if (m_pages == 0 && page.totalCount > page.lines.size())
            m_table.reserve(qsizetype(std::min<qint64>(page.totalCount, kMaxReserve)));   // once, from the promise
        for (const PurchaseLine &line : page.lines)
            m_table.append(line);
        endInsertRows();
    }
    ++m_pages;
    if (page.shortPage)
        ++m_shortPages;
    m_malformed += page.malformedFields;
    for (const QString &warning : page.warnings) {
        if (m_warnings.size() < kMaxWarnings)
            m_warnings.append(warning);
    }
    if (!page.customerId.isEmpty())
        m_customerId = page.customerId;
    m_expectedTotal = page.totalCount;
    m_next = page.nextCursor;
    m_error = ApiError();
    setLoading(false);
    Q_EMIT pageAppended(int(page.lines.size()), page.shortPage);
    Q_EMIT progressChanged(rowCount(), m_expectedTotal);
    return true;
}

bool PurchasesModel::failPage(const ApiError &error, quint64 ticket)
{
    if (!acceptsTicket(ticket) || !m_active)
        return false;
    m_error = error.isError() ? error : ApiError::make(ApiError::Kind::BadResponse, tr("The page could not be loaded."));
    setLoading(false);
    Q_EMIT pageFailed(m_error);
    return true;
}

void PurchasesModel::cancelLoading()
{
    setLoading(false);
}

void PurchasesModel::retry()
{
    if (!m_active || m_loading)
        return;
    m_error = ApiError();
    requestNext();
}

void PurchasesModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PurchasesModel::requestNext()
{
    if (!m_next || m_loading || m_error.isError())
        return;
    setLoading(true);
    Q_EMIT fetchMoreRequested(*m_next, m_ticket);
}

bool PurchasesModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m_active && m_next.has_value() && !m_loading && !m_error.isError();
}

void PurchasesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent))
        return;
    requestNext();
}

int PurchasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.size();
}

int PurchasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PurchasesModel::displayText(int row, int column) const
{
    const PurchaseTable &t = m_table;
    switch (column) {
    case Date: return t.dateText(row);
    case ProductCode: return t.product(t.productIndex(row)).code;
    case ProductName: return t.product(t.productIndex(row)).name;
    case Description: return t.product(t.productIndex(row)).description;
    case Qty: return t.has(row, PurchaseTable::HasQuantity) ? m_locale.toString(t.quantity(row)) : QString();
    case UnitValue:
        return t.has(row, PurchaseTable::HasUnitValue) ? Money(t.unitMinor(row), t.scale(row)).toString(m_locale) : QString();
    case OrderValue:
        return t.has(row, PurchaseTable::HasOrderValue) ? Money(t.orderMinor(row), t.scale(row)).toString(m_locale) : QString();
    case Currency: return t.currency(t.currencyIndex(row));
    case ImageUrl: return t.product(t.productIndex(row)).imageUrl;
    default: break;
    }
    return QString();
}

QVariant PurchasesModel::sortValue(int row, int column) const
{
    const PurchaseTable &t = m_table;
    switch (column) {
    case Date: return t.has(row, PurchaseTable::HasDate) ? QVariant(t.dateMs(row)) : QVariant();
    case Qty: return t.has(row, PurchaseTable::HasQuantity) ? QVariant(qint64(t.quantity(row))) : QVariant();
    case UnitValue:
        return t.has(row, PurchaseTable::HasUnitValue)
                ? QVariant(PurchaseTable::atScale(t.unitMinor(row), t.scale(row), t.maxScale()))
                : QVariant();
    case OrderValue:
        return t.has(row, PurchaseTable::HasOrderValue)
                ? QVariant(PurchaseTable::atScale(t.orderMinor(row), t.scale(row), t.maxScale()))
                : QVariant();
    default: return displayText(row, column);
    }
}

QVariant PurchasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_table.size() || index.column() >= ColumnCount)
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        if (column == Description || column == ProductName || column == ImageUrl) {
            const QString text = displayText(row, column);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Qty || column == UnitValue || column == OrderValue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        return sortValue(row, column);
    case MoneyRole:
        if (column == UnitValue) {
            const std::optional<Money> m = m_table.unitValue(row);
            return m ? QVariant::fromValue(*m) : QVariant();
        }
        if (column == OrderValue) {
            const std::optional<Money> m = m_table.orderValue(row);
            return m ? QVariant::fromValue(*m) : QVariant();
        }
        break;
    case ProductKeyRole:
        return m_table.has(row, PurchaseTable::HasProductKey) ? QVariant(m_table.productKey(row)) : QVariant();
    case ImageUrlRole:
        return m_table.product(m_table.productIndex(row)).imageUrl;
    case LineRole:
        return QVariant::fromValue(m_table.line(row));
    default:
        break;
    }
    return QVariant();
}

QVariant PurchasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date", "order date");
    case ProductCode: return tr("Product code");
    case ProductName: return tr("Product");
    case Description: return tr("Description");
    case Qty: return tr("Qty", "quantity");
    case UnitValue: return tr("Unit value", "price of one item");
    case OrderValue: return tr("Order value", "price of the line");
    case Currency: return tr("Currency");
    case ImageUrl: return tr("Image", "product image URL");
    }
    return QVariant();
}

QHash<int, QByteArray> PurchasesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(MoneyRole, QByteArrayLiteral("money"));
    names.insert(ProductKeyRole, QByteArrayLiteral("productKey"));
    names.insert(ImageUrlRole, QByteArrayLiteral("imageUrl"));
    names.insert(LineRole, QByteArrayLiteral("line"));
    return names;
}

} // namespace cdp
