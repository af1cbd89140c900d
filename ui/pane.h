#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

class QHeaderView;
class QSettings;
class QSplitter;
class QTableView;

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

protected:
    // The table panes' Ctrl+C and Export CSV: copy the selected rows of `table` (TableExport) and
    // say how many; or ask for a file (non-modal save dialog, `fileName` suggested) and write the
    // rows the table shows, then say how many went where (or why not).
    void copyTableSelection(QTableView *table);
    void exportTableCsv(QTableView *table, const QString &dialogTitle, const QString &fileName);
    // View state in QSettings under `key`; restoring skips keys never saved.
    static void saveViewState(QSettings &settings, const QString &key, const QHeaderView *header);
    static void saveViewState(QSettings &settings, const QString &key, const QSplitter *splitter);
    static void restoreViewState(QSettings &settings, const QString &key, QHeaderView *header);
    static void restoreViewState(QSettings &settings, const QString &key, QSplitter *splitter);
};

} // namespace cdp::ui
