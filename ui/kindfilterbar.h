#pragma once

#include "domain/userprofile.h"

#include <QList>
#include <QWidget>

class QToolButton;

namespace cdp::ui {

// One checkable toggle per event kind present in the profile, labelled with its count
// ("Order 3"), plus "All kinds". Wraps onto several lines when the pane is narrow.
class KindFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit KindFilterBar(QWidget *parent = nullptr);

    // counts indexed by int(ProfileEvent::Kind); kinds with 0 events are hidden.
    void setCounts(const QList<int> &counts);
    void setKindEnabled(ProfileEvent::Kind kind, bool enabled);
    bool isKindEnabled(ProfileEvent::Kind kind) const;
    void enableAll();
    QToolButton *button(ProfileEvent::Kind kind) const;
    QToolButton *allButton() const { return m_all; }

Q_SIGNALS:
    void kindToggled(cdp::ProfileEvent::Kind kind, bool enabled);
    void allEnabled();

private:
    void updateAllButton();

    QList<QToolButton *> m_buttons;   // indexed by int(ProfileEvent::Kind)
    QToolButton *m_all;
};

} // namespace cdp::ui
