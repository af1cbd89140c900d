#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace cdp::ui {

// Copy and export of what a table view shows (display text, in the view's order and columns).
namespace TableExport {

// The selected rows as tab-separated lines with a header line; empty when nothing is selected.
QString selectedRowsAsTsv(const QTableView *view);
// Puts selectedRowsAsTsv() on the clipboard; returns the number of rows copied.
int copySelectedRows(const QTableView *view);
// Every row of the view's model (after its filters) as RFC 4180 CSV with a header line.
QString allRowsAsCsv(const QTableView *view);
// Writes allRowsAsCsv() (UTF-8) atomically to path; on failure returns false with a reason.
bool writeCsv(const QTableView *view, const QString &path, QString *error = nullptr);

QString csvField(const QString &text);   // quoted when it holds a comma, quote or line break

} // namespace TableExport
} // namespace cdp::ui
