#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace cdp::ui {

// Product thumbnails by URL, fetched on demand through the session's QNetworkAccessManager and
// kept scaled in a QCache. pixmap() never blocks: it answers from the cache or queues a download
// (newest request first, a few at a time) and emits imageReady() when it arrives. Blank URLs,
// failed downloads and non-images answer a null pixmap (a failed URL is not asked for again).
class ImageCache : public QObject
{
    Q_OBJECT
public:
    explicit ImageCache(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ImageCache() override;

    void setNetworkAccessManager(QNetworkAccessManager *network);
    void setThumbnailSize(const QSize &size) { m_size = size; }
    QSize thumbnailSize() const { return m_size; }
    void setMaxConcurrent(int downloads) { m_maxConcurrent = qMax(1, downloads); }

    // The cached thumbnail of url, or a null pixmap (then a download is queued when it makes sense).
    QPixmap pixmap(const QString &url);
    bool contains(const QString &url) const { return m_cache.contains(url); }
    bool hasFailed(const QString &url) const { return m_failed.contains(url); }
    int downloadsStarted() const { return m_started; }
    int pendingCount() const { return int(m_queue.size() + m_running.size()); }

    // Forgets queued downloads (e.g. a new customer); running ones finish into the cache.
    void clearQueue() { m_queue.clear(); }

Q_SIGNALS:
    void imageReady(const QString &url);

private:
    void startNext();
    void onFinished(QNetworkReply *reply, const QString &url);

    QPointer<QNetworkAccessManager> m_network;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_failed;
    QStringList m_queue;                       // newest last (taken first)
    QHash<QString, QNetworkReply *> m_running;
    QSize m_size{20, 20};
    int m_maxConcurrent = 4;
    int m_started = 0;
};

} // namespace cdp::ui
