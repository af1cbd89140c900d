#pragma once

#include <QStyledItemDelegate>

namespace cdp::ui {

class ImageCache;

// Draws a product's thumbnail (PurchasesModel::ImageUrlRole) before the cell text. Only painted
// rows ask the cache, so images load lazily for the visible rows; rows without an image (blank
// URL, still loading, failed) keep the same indent so the names stay aligned.
class ProductImageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProductImageDelegate(ImageCache *cache, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ImageCache *m_cache;
};

} // namespace cdp::ui
