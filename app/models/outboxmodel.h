#pragma once

#include "events/outbox.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace cdp {

// The eSputnik outbox as the Order Events pane shows it: one row per outbox entry, newest first
// (row 0 is the latest created). upsert() inserts a new entry at its place or updates a known one
// in place, so the view keeps its selection while states change. DisplayRole is formatted;
// SortRole carries raw values (epoch ms, attempts, HTTP status, state order).
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Type, Order, Customer, State, Attempts, HttpStatus, ServerText, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,   // raw value of the column
        IsErrorRole,                   // bool: rejected, failed or unconfirmed (needs attention)
        EntryIdRole,                   // qint64 outbox id
        StateRole,                     // int(cdp::OutboxState)
        EventTypeRole,                 // QString eventTypeKey
        OrderIdRole,                   // QString externalOrderId (empty for behavioural events)
        SearchTextRole,                // type, order, customer, state, status, server text, batch
    };
    Q_ENUM(Role)

    explicit OutboxModel(QObject *parent = nullptr);

    void setEntries(const QList<OutboxEntry> &newestFirst);
    // Inserts (at its place by id, newest first) or updates in place.
    void upsert(const OutboxEntry &entry);
    void clear();

    int rowOf(qint64 id) const;                       // -1 when not shown
    const OutboxEntry &entryAt(int row) const { return m_rows.at(row); }   // 0 <= row < rowCount()
    QStringList eventTypeKeys() const;                // distinct, sorted
    static bool needsAttention(OutboxState state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reindex(int fromRow);

    QList<OutboxEntry> m_rows;       // newest (highest id) first
    QList<QString> m_times;          // formatted createdAt, parallel to m_rows
    QHash<qint64, int> m_rowById;
};

} // namespace cdp
