#include "profilefactsmodel.h"

#include "displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace cdp {

namespace {

// Child rows carry their section's row + 1 as internal id; section rows carry 0.
constexpr quintptr SectionRowId = 0;

QString timeAndChannel(qint64 timestampMs, const QString &channel)
{
    const QString time = DisplayFormat::localTime(timestampMs);
    if (time.isEmpty() || channel.isEmpty())
        return time + channel;
    return time + QStringLiteral(" · ") + channel;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

ProfileFactsModel::ProfileFactsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ProfileFactsModel::setProfile(const UserProfile &profile)
{
    beginResetModel();
    m_groups = buildGroups(profile);
    endResetModel();
}

void ProfileFactsModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

QModelIndex ProfileFactsModel::sectionIndex(Section section) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).section == section)
            return index(row, 0);
    }
    return QModelIndex();
}

QModelIndex ProfileFactsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, SectionRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProfileFactsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionRowId)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, SectionRowId);
}

int ProfileFactsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == SectionRowId && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).facts.size());
    return 0;
}

int ProfileFactsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const ProfileFactsModel::Fact *ProfileFactsModel::factAt(const QModelIndex &index) const
{
    if (index.internalId() == SectionRowId)
        return nullptr;
    const qsizetype group = qsizetype(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).facts.size())
        return nullptr;
    return &m_groups.at(group).facts.at(index.row());
}

QVariant ProfileFactsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return QVariant();
    const Fact *fact = factAt(index);
    if (!fact) {
        // A section row.
        if (index.row() >= m_groups.size())
            return QVariant();
        const Group &group = m_groups.at(index.row());
        const bool counted = group.section != Summary;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Name)
                return sectionTitle(group.section);
            if (index.column() == Value && counted)
                return QString::number(group.facts.size());
            return QVariant();
        case SortRole:
            return index.column() == Name ? QVariant(int(group.section)) : QVariant(qint64(group.facts.size()));
        case SectionRole:
            return int(group.section);
        default:
            return QVariant();
        }
    }

    const Section section = m_groups.at(qsizetype(index.internalId() - 1)).section;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return fact->name;
        case Value: return fact->value;
        case Detail: return fact->detail;
        }
        return QVariant();
    case Qt::ToolTipRole:
        return fact->toolTip.isEmpty() ? QVariant() : QVariant(fact->toolTip);
    case SortRole:
        switch (index.column()) {
        case Name: return fact->name;
        case Value: return fact->sortValue.isValid() ? fact->sortValue : QVariant(fact->value);
        case Detail: return fact->detail;
        }
        return QVariant();
    case SectionRole:
        return int(section);
    case LinkedIdRole:
        return fact->linkedId.isEmpty() ? QVariant() : QVariant(fact->linkedId);
    case KindRole:
        return fact->kind < 0 ? QVariant() : QVariant(fact->kind);
    default:
        return QVariant();
    }
}

QVariant ProfileFactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Fact", "a fact about the profile");
    case Value: return tr("Value");
    case Detail: return tr("Detail");
    }
    return QVariant();
}

QHash<int, QByteArray> ProfileFactsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(SectionRole, QByteArrayLiteral("section"));
    names.insert(LinkedIdRole, QByteArrayLiteral("linkedId"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    return names;
}

QString ProfileFactsModel::sectionTitle(Section section)
{
    switch (section) {
    case Summary: return tr("Summary");
    case EventCounts: return tr("Events per kind");
    case Segments: return tr("Segments");
    case Attributes: return tr("Attributes");
    case LinkedIds: return tr("Linked ids");
    case CountedEvents: return tr("Counted events");
    case BatchAttributes: return tr("Batch attributes");
    }
    return QString();
}

QList<ProfileFactsModel::Group> ProfileFactsModel::buildGroups(const UserProfile &profile)
{
    QList<Group> groups;

    Group summary{Summary, {}};
    summary.facts.append({tr("User id"), profile.userId, QString(), QVariant(), QString(), QString(), -1});
    if (!profile.mostRecentRRUserGuid.isEmpty()) {
        summary.facts.append({tr("Most recent RR user GUID"), profile.mostRecentRRUserGuid, QString(), QVariant(),
                              tr("The rrUserGuid last seen with this profile (for cookie synchronisation)."),
                              QString(), -1});
    }
    if (profile.timeOfFirstEventMs != 0) {
        summary.facts.append({tr("First event"), DisplayFormat::localTime(profile.timeOfFirstEventMs), QString(),
                              profile.timeOfFirstEventMs,
                              tr("The first event ever recorded; older events may have left the lists."),
                              QString(), -1});
    }
    if (profile.fetchedAt.isValid()) {
        const qint64 fetched = profile.fetchedAt.toMSecsSinceEpoch();
        summary.facts.append({tr("Fetched at"), DisplayFormat::localTime(fetched), QString(), fetched, QString(),
                              QString(), -1});
    }
    summary.facts.append({tr("Events"), QString::number(profile.events.size()), QString(),
                          qint64(profile.events.size()), QString(), QString(), -1});
    const QList<int> counts = profile.countsPerKind();
    if (counts.at(int(ProfileEvent::Kind::Order)) > 0) {
        const qint64 total = profile.totalOrderCents();
        summary.facts.append({tr("Order value"), DisplayFormat::cents(total), QString(), total,
                              tr("The sum of the orders still in the profile."), QString(), -1});
    }
    groups.append(summary);

    Group eventCounts{EventCounts, {}};
    for (const ProfileEvent::Kind kind : ProfileEvent::allKinds()) {
        const int count = counts.at(int(kind));
        if (count > 0) {
            eventCounts.facts.append({ProfileEvent::kindDisplayName(kind), QString::number(count), QString(),
                                      qint64(count), QString(), QString(), int(kind)});
        }
    }

    Group segments{Segments, {}};
    for (const ProfileSegmentSet &set : profile.segments) {
        segments.facts.append({set.segments.join(QStringLiteral(", ")), DisplayFormat::localTime(set.timestampMs),
                               set.channel, set.timestampMs,
                               set.sessionId.isEmpty() ? QString() : tr("Session %1").arg(set.sessionId),
                               QString(), -1});
    }

    Group attributes{Attributes, {}};
    for (const ProfileAttribute &attribute : profile.attributes) {
        attributes.facts.append({attribute.key, attribute.values.join(QStringLiteral(", ")),
                                 timeAndChannel(attribute.timestampMs, attribute.channel), QVariant(),
                                 attribute.values.join(QLatin1Char('\n')), QString(), -1});
    }

    Group linked{LinkedIds, {}};
    for (const QString &id : profile.linkedIds)
        linked.facts.append({id, QString(), QString(), QVariant(), tr("Open the profile of %1").arg(id), id, -1});

    Group counted{CountedEvents, {}};
    for (const CountedEvent &event : profile.countedEvents) {
        counted.facts.append({event.value, QString::number(event.count), DisplayFormat::localTime(event.mostRecentTimeMs),
                              event.count, QString(), QString(), -1});
    }

    Group batch{BatchAttributes, {}};
    for (auto it = profile.batchAttributes.begin(); it != profile.batchAttributes.end(); ++it) {
        const QString text = jsonText(it.value());
        batch.facts.append({it.key(), text, QString(), QVariant(), text, QString(), -1});
    }

    for (Group *group : {&eventCounts, &segments, &attributes, &linked, &counted, &batch}) {
        if (!group->facts.isEmpty())
            groups.append(std::move(*group));
    }
    return groups;
}

} // namespace cdp
