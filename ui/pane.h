#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

class QSettings;

namespace cdp::ui {

// One page of the main window's stack. The main window routes its shortcuts (Ctrl+F, F5, Ctrl+C,
// Export CSV) to the visible pane and lets each pane keep its own view state in QSettings.
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString paneKey() const = 0;   // stable, untranslated: "timeline", "requests"
    virtual QString title() const = 0;     // translated, for the navigation list
    virtual QIcon icon() const = 0;

    virtual void focusFilter() {}
    virtual void refresh() {}
    virtual void copySelection() {}
    virtual void exportCsv() {}
    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreState(QSettings &settings) { Q_UNUSED(settings); }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs = 4000);
};

} // namespace cdp::ui
