#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QHBoxLayout;

namespace cdp::ui {

// A centred page for the empty, loading and error states of a pane: an icon, a title, a message,
// an optional busy bar and a row of buttons.
class StateView : public QWidget
{
    Q_OBJECT
public:
    explicit StateView(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon, int size = 72);
    void setTitle(const QString &title);
    void setMessage(const QString &message);
    void setBusy(bool busy);
    QPushButton *addButton(const QString &text, const QIcon &icon = {});

    QString title() const;
    QString message() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QProgressBar *m_busy;
    QHBoxLayout *m_buttons;
};

} // namespace cdp::ui
