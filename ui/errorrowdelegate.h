#pragma once

#include <QStyledItemDelegate>

namespace cdp::ui {

// Paints the rows whose `errorRole` is true in the error colour (the request log's failed attempts).
class ErrorRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ErrorRowDelegate(int errorRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_errorRole;
};

} // namespace cdp::ui
