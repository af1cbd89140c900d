#pragma once

class QTableView;

namespace cdp::ui {

// Right-click on a table's header offers one checkable entry per column to show or hide it.
// Hidden columns are part of QHeaderView::saveState(), so panes remember them.
void installColumnsMenu(QTableView *view);

} // namespace cdp::ui
