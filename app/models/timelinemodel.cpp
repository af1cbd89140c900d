#include "timelinemodel.h"

#include "displayformat.h"

namespace cdp {

namespace {

QString itemLabel(const ProfileItem &item)
{
    return item.sku.isEmpty() ? item.itemId : item.sku;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setProfile(const UserProfile &profile)
{
    setEvents(profile.events);
}

void TimelineModel::setEvents(const QList<ProfileEvent> &events)
{
    beginResetModel();
    m_events = events;
    m_text.clear();
    m_text.reserve(m_events.size());
    for (const ProfileEvent &event : std::as_const(m_events))
        m_text.append(makeRowText(event));
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_text.clear();
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_events.size())
        return QVariant();
    const ProfileEvent &event = m_events.at(index.row());
    const RowText &text = m_text.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time: return text.time;
        case Kind: return ProfileEvent::kindDisplayName(event.kind);
        case Subject: return event.subject;
        case Details: return text.details;
        case Amount: return text.amount;
        case Channel: return event.channel;
        case Session: return event.sessionId;
        }
        break;
    case SortRole:
        switch (column) {
        case Time: return event.timestampMs;
        case Kind: return int(event.kind);
        case Subject: return event.subject;
        case Details: return event.totalQuantity();
        case Amount: return event.hasAmount() ? QVariant(event.totalCents()) : QVariant();
        case Channel: return event.channel;
        case Session: return event.sessionId;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Time: return event.timestampMs == 0 ? QVariant() : QVariant(QString::number(event.timestampMs));
        case Subject: return event.subject.isEmpty() ? QVariant() : QVariant(event.subject);
        case Details:
        case Amount:
            return event.items.isEmpty() ? QVariant() : QVariant(itemsDetail(event));
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindRole: return int(event.kind);
    case EventRole: return QVariant::fromValue(event);
    case SearchTextRole: return text.searchText;
    default: break;
    }
    return QVariant();
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Kind", "kind of profile event");
    case Subject: return tr("Subject", "what the event is about: order id, item id, search term…");
    case Details: return tr("Details");
    case Amount: return tr("Amount", "money");
    case Channel: return tr("Channel");
    case Session: return tr("Session");
    }
    return QVariant();
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(EventRole, QByteArrayLiteral("event"));
    names.insert(SearchTextRole, QByteArrayLiteral("searchText"));
    return names;
}

QString TimelineModel::itemsSummary(const ProfileEvent &event)
{
    const qsizetype count = event.items.size();
    if (count == 0)
        return QString();
    constexpr qsizetype shown = 3;
    QStringList lines;
    for (qsizetype i = 0; i < count && i < shown; ++i) {
        const ProfileItem &item = event.items.at(i);
        lines.append(itemLabel(item) + QStringLiteral(" ×") + QString::number(item.quantity));
    }
    if (count > shown)
        lines.append(QStringLiteral("…"));
    const QString head = count == 1 ? tr("1 item") : tr("%1 items").arg(count);
    return head + QStringLiteral(": ") + lines.join(QStringLiteral(", "));
}

QString TimelineModel::itemsDetail(const ProfileEvent &event)
{
    const QLocale locale;
    QStringList lines;
    for (const ProfileItem &item : event.items) {
        QString line = itemLabel(item);
        if (!item.sku.isEmpty() && !item.itemId.isEmpty())
            line += QStringLiteral(" · ") + item.itemId;
        line += QStringLiteral(" ×") + QString::number(item.quantity);
        if (item.hasPrice) {
            line += QStringLiteral(" × ") + DisplayFormat::cents(item.priceInCents, locale)
                + QStringLiteral(" = ") + DisplayFormat::cents(item.lineTotalCents(), locale);
        }
        lines.append(line);
    }
    if (event.hasAmount())
        lines.append(tr("Total: %1").arg(DisplayFormat::cents(event.totalCents(), locale)));
    return lines.join(QLatin1Char('\n'));
}

TimelineModel::RowText TimelineModel::makeRowText(const ProfileEvent &event)
{
    RowText text;
    text.time = DisplayFormat::localTime(event.timestampMs);
    text.details = itemsSummary(event);
    if (event.hasAmount())
        text.amount = DisplayFormat::cents(event.totalCents());
    QStringList hay = {event.subject, event.channel, event.sessionId};
    for (const ProfileItem &item : event.items)
        hay << item.itemId << item.sku;
    text.searchText = hay.join(QLatin1Char('\n'));
    return text;
}

} // namespace cdp
