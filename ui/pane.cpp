#include "pane.h"

#include "tableexport.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace cdp::ui {

void Pane::copyTableSelection(QTableView *table)
{
    const int rows = TableExport::copySelectedRows(table);
    emit statusMessage(rows > 0 ? tr("Copied %n row(s).", nullptr, rows) : tr("Select rows to copy first."), 3000);
}

void Pane::exportTableCsv(QTableView *table, const QString &dialogTitle, const QString &fileName)
{
    auto *dialog = new QFileDialog(this, dialogTitle, fileName, tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    const QPointer<QTableView> view(table);
    connect(dialog, &QFileDialog::fileSelected, this, [this, view](const QString &path) {
        if (!view)
            return;
        QString error;
        if (TableExport::writeCsv(view, path, &error))
            emit statusMessage(tr("Exported %n row(s) to %1.", nullptr, view->model()->rowCount()).arg(path), 5000);
        else
            emit statusMessage(tr("Export failed: %1").arg(error), 8000);
    });
    dialog->open();
}

void Pane::saveViewState(QSettings &settings, const QString &key, const QHeaderView *header)
{
    settings.setValue(key, header->saveState());
}

void Pane::saveViewState(QSettings &settings, const QString &key, const QSplitter *splitter)
{
    settings.setValue(key, splitter->saveState());
}

void Pane::restoreViewState(QSettings &settings, const QString &key, QHeaderView *header)
{
    const QByteArray state = settings.value(key).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

void Pane::restoreViewState(QSettings &settings, const QString &key, QSplitter *splitter)
{
    const QByteArray state = settings.value(key).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
}

} // namespace cdp::ui
