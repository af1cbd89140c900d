#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace cdp {
class ProfileFactsModel;
struct UserProfile;
}

namespace cdp::ui {

// The timeline's side panel: the profile's summary (user id, first event, fetched at), event
// counts, segments, attributes and linked ids as a tree over ProfileFactsModel. Activating a
// linked id (double-click or Enter) asks for that profile.
class ProfileFactsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileFactsPanel(QWidget *parent = nullptr);

    void setProfile(const UserProfile &profile);
    void clear();
    QTreeView *view() const { return m_view; }
    ProfileFactsModel *model() const { return m_model; }

Q_SIGNALS:
    void linkedIdActivated(const QString &userId);

private:
    QLabel *m_heading;
    QTreeView *m_view;
    ProfileFactsModel *m_model;
};

} // namespace cdp::ui
