#pragma once

#include "domain/userprofile.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cdp::ui {

// The selected timeline event in full: kind, time, subject, channel, session, and for orders and
// cart adds a table of the items with unit price and line total (money from priceInCents).
class EventDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailsView(QWidget *parent = nullptr);

    void setEvent(const ProfileEvent &event);
    void clear();
    QTableWidget *itemsTable() const { return m_items; }
    QString titleText() const;

private:
    QLabel *m_title;
    QLabel *m_facts;
    QTableWidget *m_items;
    QLabel *m_total;
};

} // namespace cdp::ui
