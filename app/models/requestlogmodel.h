#pragma once

#include "net/requestlogentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace cdp {

// Every HTTP attempt, newest first (row 0 is the latest). append() inserts at the top; beyond
// cap() rows the oldest are dropped. DisplayRole is formatted; SortRole carries raw values
// (epoch ms, status, duration ms, attempt).
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Connection, Method, Url, Status, Duration, Attempt, Outcome, Message, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,   // raw value of the column
        IsErrorRole,                   // bool: the attempt failed (outcome not "ok" or HTTP >= 400)
        EntryRole,                     // QVariant<cdp::RequestLogEntry>
        SearchTextRole,                // connection, method, URL, status, outcome, message
    };
    Q_ENUM(Role)

    static constexpr int DefaultCap = 20000;

    explicit RequestLogModel(QObject *parent = nullptr);

    void append(const RequestLogEntry &entry);
    void setEntries(const QList<RequestLogEntry> &newestFirst);
    void clear();
    void setCap(int cap);            // at least 1; drops the oldest rows beyond it
    int cap() const { return m_cap; }

    const RequestLogEntry &entryAt(int row) const { return m_rows.at(row).entry; }   // 0 <= row < rowCount()
    static bool isError(const RequestLogEntry &entry);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        RequestLogEntry entry;
        QString time;          // formatted once, local time
    };
    static Row makeRow(const RequestLogEntry &entry);
    void trimToCap();

    QList<Row> m_rows;
    int m_cap = DefaultCap;
};

} // namespace cdp
