#include "columnsmenu.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace cdp::ui {

void installColumnsMenu(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view, header](const QPoint &pos) {
        auto *menu = new QMenu(view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addSection(QCoreApplication::translate("cdp::ui::ColumnsMenu", "Columns"));
        const QAbstractItemModel *model = view->model();
        int shown = 0;
        for (int column = 0; column < header->count(); ++column)
            shown += header->isSectionHidden(column) ? 0 : 1;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            action->setEnabled(header->isSectionHidden(column) || shown > 1);   // keep one column
            QObject::connect(action, &QAction::toggled, view, [view, column](bool on) {
                view->setColumnHidden(column, !on);
            });
        }
        menu->popup(header->viewport()->mapToGlobal(pos));
    });
}

} // namespace cdp::ui
