#include "productimagedelegate.h"

#include "imagecache.h"

#include "models/purchasesmodel.h"

#include <QPainter>

namespace cdp::ui {

ProductImageDelegate::ProductImageDelegate(ImageCache *cache, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cache(cache)
{
}

void ProductImageDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QSize size = m_cache->thumbnailSize();
    QPixmap pixmap = m_cache->pixmap(index.data(PurchasesModel::ImageUrlRole).toString());
    if (pixmap.isNull()) {
        // Keep the text where it would be next to an image.
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
    } else if (pixmap.size() != size) {
        QPixmap padded(size);
        padded.fill(Qt::transparent);
        QPainter painter(&padded);
        painter.drawPixmap((size.width() - pixmap.width()) / 2, (size.height() - pixmap.height()) / 2, pixmap);
        painter.end();
        pixmap = padded;
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = QIcon(pixmap);
    option->decorationSize = size;
}

} // namespace cdp::ui
