#pragma once

#include "domain/userprofile.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace cdp {

// The profile's events as one chronological table (newest first, as UserProfiles::parse sorts
// them). DisplayRole is formatted text; SortRole carries raw values (epoch ms, cents, kind) so a
// proxy sorts on numbers, not on text.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Subject, Details, Amount, Channel, Session, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,   // qint64 epoch ms, int kind, qint64 cents (invalid: no amount), text
        KindRole,                      // int(ProfileEvent::Kind)
        EventRole,                     // QVariant<cdp::ProfileEvent>
        SearchTextRole,                // subject, details, channel, session, item ids and skus, for filters
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    void setProfile(const UserProfile &profile);
    void setEvents(const QList<ProfileEvent> &events);
    void clear();

    const QList<ProfileEvent> &events() const { return m_events; }
    const ProfileEvent &eventAt(int row) const { return m_events.at(row); }   // 0 <= row < rowCount()

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "3 items: sku2 ×2, sku3 ×2, sku1 ×2" (the first three lines, then "…"); empty without items.
    static QString itemsSummary(const ProfileEvent &event);
    // One line per item: "sku2 · content__680 ×2 × 356.67 = 713.34".
    static QString itemsDetail(const ProfileEvent &event);

private:
    struct RowText
    {
        QString time;
        QString details;
        QString amount;
        QString searchText;
    };
    static RowText makeRowText(const ProfileEvent &event);

    QList<ProfileEvent> m_events;
    QList<RowText> m_text;   // formatted once per setProfile, parallel to m_events
};

} // namespace cdp
