#include "outboxmodel.h"

#include "displayformat.h"

#include <algorithm>
#include <set>

namespace cdp {

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

namespace {

QString formatTime(const OutboxEntry &entry)
{
    return entry.createdAt.isValid() ? DisplayFormat::localTime(entry.createdAt.toMSecsSinceEpoch()) : QString();
}

} // namespace

void OutboxModel::setEntries(const QList<OutboxEntry> &newestFirst)
{
    beginResetModel();
    m_rows = newestFirst;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id > b.id; });
    m_times.clear();
    m_times.reserve(m_rows.size());
    for (const OutboxEntry &entry : std::as_const(m_rows))
        m_times.append(formatTime(entry));
    m_rowById.clear();
    reindex(0);
    endResetModel();
}

void OutboxModel::upsert(const OutboxEntry &entry)
{
    const int existing = rowOf(entry.id);
    if (existing >= 0) {
        m_rows[existing] = entry;
        m_times[existing] = formatTime(entry);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), entry.id,
                                     [](const OutboxEntry &row, qint64 id) { return row.id > id; });
    const int row = int(it - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, entry);
    m_times.insert(row, formatTime(entry));
    reindex(row);
    endInsertRows();
}

void OutboxModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_times.clear();
    m_rowById.clear();
    endResetModel();
}

void OutboxModel::reindex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

int OutboxModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

QStringList OutboxModel::eventTypeKeys() const
{
    std::set<QString> keys;
    for (const OutboxEntry &entry : m_rows)
        keys.insert(entry.eventTypeKey);
    return QStringList(keys.begin(), keys.end());
}

bool OutboxModel::needsAttention(OutboxState state)
{
    return state == OutboxState::Rejected || state == OutboxState::FailedWillRetry || state == OutboxState::Unconfirmed;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const OutboxEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time: return m_times.at(index.row());
        case Type: return e.eventTypeKey;
        case Order: return e.externalOrderId;
        case Customer: return e.keyValue;
        case State: return outboxStateLabel(e.state);
        case Attempts: return e.attempts;
        case HttpStatus: return e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant(QString());
        case ServerText: {
            QString text = e.serverText;
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return text;
        }
        case ColumnCount: break;
        }
        return QVariant();
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case State:
            if (e.state == OutboxState::FailedWillRetry && e.nextAttemptAt.isValid())
                return tr("Next attempt at %1").arg(DisplayFormat::localTime(e.nextAttemptAt.toMSecsSinceEpoch()));
            if (e.state == OutboxState::Unconfirmed)
                return tr("The console stopped while this event was being sent: it may or may not have arrived. "
                          "Check in eSputnik, then confirm it, send it again or discard it.");
            return QVariant();
        case ServerText:
            return e.serverText.isEmpty() ? QVariant() : QVariant(e.serverText);
        default:
            return QVariant();
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts || index.column() == HttpStatus)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        switch (Column(index.column())) {
        case Time: return e.id;   // ids grow with creation time, and are unique
        case Type: return e.eventTypeKey;
        case Order: return e.externalOrderId;
        case Customer: return e.keyValue;
        case State: return int(e.state);
        case Attempts: return e.attempts;
        case HttpStatus: return e.httpStatus;
        case ServerText: return e.serverText;
        case ColumnCount: break;
        }
        return QVariant();
    case IsErrorRole:
        return needsAttention(e.state);
    case EntryIdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case EventTypeRole:
        return e.eventTypeKey;
    case OrderIdRole:
        return e.externalOrderId;
    case SearchTextRole:
        return QStringList{e.eventTypeKey, e.externalOrderId, e.keyValue, outboxStateLabel(e.state),
                           outboxStateKey(e.state), e.httpStatus > 0 ? QString::number(e.httpStatus) : QString(),
                           e.serverText, e.batchId, e.connectionName}
            .join(QLatin1Char('\n'));
    default:
        return QVariant();
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return tr("Queued at");
    case Type: return tr("Event");
    case Order: return tr("Order id");
    case Customer: return tr("Contact (keyValue)");
    case State: return tr("State");
    case Attempts: return tr("Attempts");
    case HttpStatus: return tr("HTTP");
    case ServerText: return tr("Server text");
    case ColumnCount: break;
    }
    return QVariant();
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IsErrorRole, "isError");
    names.insert(EntryIdRole, "entryId");
    names.insert(StateRole, "state");
    names.insert(EventTypeRole, "eventType");
    names.insert(OrderIdRole, "orderId");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace cdp
