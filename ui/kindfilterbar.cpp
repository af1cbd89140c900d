#include "kindfilterbar.h"

#include "flowlayout.h"

#include <QToolButton>

namespace cdp::ui {

KindFilterBar::KindFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_all(new QToolButton(this))
{
    auto *layout = new FlowLayout(this, 4);
    const QString chip = QStringLiteral(
        "QToolButton { border: 1px solid #9fb6d0; border-radius: 10px; padding: 2px 9px; background: #ffffff;"
        "              color: #6b7785; }"
        "QToolButton:checked { background: #dbe7f5; border-color: #2f5f96; color: #16365c; }"
        "QToolButton:hover { border-color: #2f5f96; }"
        "QToolButton:disabled { color: #9aa3ad; border-color: #c9d3de; }");
    m_all->setText(tr("All kinds"));
    m_all->setToolTip(tr("Show every kind of event"));
    m_all->setStyleSheet(chip);
    layout->addWidget(m_all);
    connect(m_all, &QToolButton::clicked, this, [this] {
        enableAll();
        emit allEnabled();
    });

    const QList<ProfileEvent::Kind> kinds = ProfileEvent::allKinds();
    for (ProfileEvent::Kind kind : kinds) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setStyleSheet(chip);
        button->setObjectName(ProfileEvent::kindKey(kind));
        button->setVisible(false);
        layout->addWidget(button);
        m_buttons.append(button);
        connect(button, &QToolButton::toggled, this, [this, kind](bool on) {
            updateAllButton();
            emit kindToggled(kind, on);
        });
    }
    setCounts({});
}

void KindFilterBar::setCounts(const QList<int> &counts)
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        QToolButton *button = m_buttons.at(i);
        const int count = counts.value(i);
        const auto kind = ProfileEvent::Kind(i);
        button->setText(tr("%1 %2", "event kind and its count").arg(ProfileEvent::kindDisplayName(kind)).arg(count));
        button->setToolTip(tr("Show or hide %1 events (%2)").arg(ProfileEvent::kindDisplayName(kind)).arg(count));
        button->setVisible(count > 0);
    }
    updateAllButton();
}

void KindFilterBar::setKindEnabled(ProfileEvent::Kind kind, bool enabled)
{
    if (QToolButton *b = button(kind))
        b->setChecked(enabled);
}

bool KindFilterBar::isKindEnabled(ProfileEvent::Kind kind) const
{
    const QToolButton *b = button(kind);
    return b && b->isChecked();
}

void KindFilterBar::enableAll()
{
    for (QToolButton *button : std::as_const(m_buttons)) {
        const QSignalBlocker blocker(button);
        button->setChecked(true);
    }
    updateAllButton();
}

QToolButton *KindFilterBar::button(ProfileEvent::Kind kind) const
{
    return m_buttons.value(int(kind));
}

void KindFilterBar::updateAllButton()
{
    bool all = true;
    for (const QToolButton *button : std::as_const(m_buttons))
        all = all && button->isChecked();
    m_all->setEnabled(!all);
}

} // namespace cdp::ui
