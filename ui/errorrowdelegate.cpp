#include "errorrowdelegate.h"

namespace cdp::ui {

ErrorRowDelegate::ErrorRowDelegate(int errorRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_errorRole(errorRole)
{
}

void ErrorRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_errorRole).toBool() && !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
}

} // namespace cdp::ui
