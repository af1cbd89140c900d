#include "tableexport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSaveFile>
#include <QTableView>

#include <algorithm>

namespace cdp::ui::TableExport {

namespace {

// The visible columns in the order the header shows them.
QList<int> visibleColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view->isColumnHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

QString tsvField(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.remove(QLatin1Char('\r'));
    return text;
}

template<typename Field>
QString rowsAsText(const QTableView *view, const QList<int> &rows, QChar separator, QLatin1String lineEnd,
                   Field field)
{
    const QAbstractItemModel *model = view->model();
    const QList<int> columns = visibleColumns(view);
    QString out;
    auto appendLine = [&](auto valueOf) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += separator;
            out += field(valueOf(columns.at(i)));
        }
        out += lineEnd;
    };
    appendLine([&](int column) { return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(); });
    for (int row : rows)
        appendLine([&](int column) { return cellText(model, row, column); });
    return out;
}

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString selectedRowsAsTsv(const QTableView *view)
{
    if (!view->model() || !view->selectionModel())
        return {};
    QList<int> rows;
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty()) {
        // Cell selections count by row too.
        const QModelIndexList cells = view->selectionModel()->selectedIndexes();
        for (const QModelIndex &index : cells)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return {};
    return rowsAsText(view, rows, QLatin1Char('\t'), QLatin1String("\n"), tsvField);
}

int copySelectedRows(const QTableView *view)
{
    const QString text = selectedRowsAsTsv(view);
    if (text.isEmpty())
        return 0;
    QApplication::clipboard()->setText(text);
    return int(text.count(QLatin1Char('\n'))) - 1;
}

QString allRowsAsCsv(const QTableView *view)
{
    if (!view->model())
        return {};
    QList<int> rows;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rows.append(row);
    return rowsAsText(view, rows, QLatin1Char(','), QLatin1String("\r\n"), csvField);
}

bool writeCsv(const QTableView *view, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(allRowsAsCsv(view).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cdp::ui::TableExport
