#pragma once

#include "domain/userprofile.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QVariant>

namespace cdp {

// The side panel of the profile: a two-level tree. Top-level rows are sections (Summary, Event
// counts, Segments, Attributes, Linked ids, Counted events, Batch attributes); their children are
// facts. Sections other than Summary appear only when they have facts. Linked-id rows carry the id
// in LinkedIdRole so a view can open that profile when the row is activated.
class ProfileFactsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, Detail, ColumnCount };
    Q_ENUM(Column)

    enum Section { Summary, EventCounts, Segments, Attributes, LinkedIds, CountedEvents, BatchAttributes };
    Q_ENUM(Section)

    enum Role {
        SortRole = Qt::UserRole + 1,   // raw value of the Value column (epoch ms, count, cents, text)
        SectionRole,                   // int(Section) of the row or of its parent section
        LinkedIdRole,                  // the linked user id (linked-id rows only)
        KindRole,                      // int(ProfileEvent::Kind) (event-count rows only)
    };
    Q_ENUM(Role)

    explicit ProfileFactsModel(QObject *parent = nullptr);

    void setProfile(const UserProfile &profile);
    void clear();
    QModelIndex sectionIndex(Section section) const;   // invalid when the section is not shown

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString sectionTitle(Section section);

private:
    struct Fact
    {
        QString name;
        QString value;
        QString detail;
        QVariant sortValue;
        QString toolTip;
        QString linkedId;
        int kind = -1;
    };
    struct Group
    {
        Section section = Summary;
        QList<Fact> facts;
    };
    static QList<Group> buildGroups(const UserProfile &profile);
    const Fact *factAt(const QModelIndex &index) const;

    QList<Group> m_groups;
};

} // namespace cdp
