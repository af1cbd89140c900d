#include "requestlogmodel.h"

#include "displayformat.h"

namespace cdp {

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RequestLogModel::Row RequestLogModel::makeRow(const RequestLogEntry &entry)
{
    return Row{entry, DisplayFormat::localTimeMs(entry.time)};
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.prepend(makeRow(entry));
    endInsertRows();
    trimToCap();
}

void RequestLogModel::setEntries(const QList<RequestLogEntry> &newestFirst)
{
    beginResetModel();
    m_rows.clear();
    const qsizetype count = qMin(newestFirst.size(), qsizetype(m_cap));
    m_rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        m_rows.append(makeRow(newestFirst.at(i)));
    endResetModel();
}

void RequestLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RequestLogModel::setCap(int cap)
{
    m_cap = qMax(1, cap);
    trimToCap();
}

void RequestLogModel::trimToCap()
{
    if (m_rows.size() <= m_cap)
        return;
    beginRemoveRows(QModelIndex(), m_cap, int(m_rows.size()) - 1);
    m_rows.resize(m_cap);
    endRemoveRows();
}

bool RequestLogModel::isError(const RequestLogEntry &entry)
{
    return (!entry.outcome.isEmpty() && entry.outcome != QLatin1String("ok")) || entry.httpStatus >= 400;
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const RequestLogEntry &e = row.entry;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return row.time;
        case Connection: return e.connection;
        case Method: return QString::fromLatin1(e.method);
        case Url: return e.url;
        case Status: return e.httpStatus > 0 ? QString::number(e.httpStatus) : QString();
        case Duration: return tr("%1 ms", "milliseconds").arg(QLocale().toString(e.durationMs));
        case Attempt: return QString::number(e.attempt);
        case Outcome: return e.outcome;
        case Message: return e.message;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Time: return e.time.isValid() ? e.time.toMSecsSinceEpoch() : qint64(0);
        case Connection: return e.connection;
        case Method: return QString::fromLatin1(e.method);
        case Url: return e.url;
        case Status: return e.httpStatus;
        case Duration: return e.durationMs;
        case Attempt: return e.attempt;
        case Outcome: return e.outcome;
        case Message: return e.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Url && !e.url.isEmpty())
            return e.url;
        if (index.column() == Message && !e.message.isEmpty())
            return e.message;
        if (index.column() == Time && e.time.isValid())
            return e.time.toString(Qt::ISODateWithMs);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Duration || index.column() == Attempt)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IsErrorRole: return isError(e);
    case EntryRole: return QVariant::fromValue(e);
    case SearchTextRole: {
        const QStringList parts = {e.connection, QString::fromLatin1(e.method), e.url,
                                   e.httpStatus > 0 ? QString::number(e.httpStatus) : QString(), e.outcome, e.message};
        return parts.join(QLatin1Char('\n'));
    }
    default: break;
    }
    return QVariant();
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Connection: return tr("Connection");
    case Method: return tr("Method", "HTTP method");
    case Url: return tr("URL");
    case Status: return tr("Status", "HTTP status code");
    case Duration: return tr("Duration");
    case Attempt: return tr("Attempt");
    case Outcome: return tr("Outcome");
    case Message: return tr("Message");
    }
    return QVariant();
}

QHash<int, QByteArray> RequestLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(IsErrorRole, QByteArrayLiteral("isError"));
    names.insert(EntryRole, QByteArrayLiteral("entry"));
    names.insert(SearchTextRole, QByteArrayLiteral("searchText"));
    return names;
}

} // namespace cdp
