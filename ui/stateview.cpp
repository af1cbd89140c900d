#include "stateview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cdp::ui {

StateView::StateView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QHBoxLayout)
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(360);
    m_message->setMaximumWidth(600);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(280);
    m_busy->hide();

    m_buttons->addStretch();
    m_buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    // Centred between stretches (not with an alignment flag) so the wrapped label gets its height
    // for the width it is given.
    auto *messageRow = new QHBoxLayout;
    messageRow->addStretch();
    messageRow->addWidget(m_message, 1);
    messageRow->addStretch();
    layout->addLayout(messageRow);
    layout->addSpacing(8);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void StateView::setIcon(const QIcon &icon, int size)
{
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setVisible(!icon.isNull());
}

void StateView::setTitle(const QString &title)
{
    m_title->setText(title);
}

void StateView::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void StateView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

QPushButton *StateView::addButton(const QString &text, const QIcon &icon)
{
    auto *button = new QPushButton(icon, text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

QString StateView::title() const { return m_title->text(); }
QString StateView::message() const { return m_message->text(); }

} // namespace cdp::ui
