#include "imagecache.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace cdp::ui {

namespace {
constexpr int kMaxQueued = 64;          // fast scrolling: only the rows seen last are worth fetching
constexpr qint64 kMaxImageBytes = 2 * 1024 * 1024;
constexpr int kTimeoutMs = 15000;
} // namespace

ImageCache::ImageCache(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_cache.setMaxCost(1000);
}

ImageCache::~ImageCache()
{
    const QList<QNetworkReply *> running = m_running.values();
    m_running.clear();
    for (QNetworkReply *reply : running) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ImageCache::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
}

QPixmap ImageCache::pixmap(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (const QPixmap *cached = m_cache.object(url))
        return *cached;
    if (m_failed.contains(url) || m_running.contains(url))
        return {};
    const qsizetype queued = m_queue.indexOf(url);
    if (queued >= 0)
        m_queue.move(queued, m_queue.size() - 1);   // asked again: it is visible now
    else
        m_queue.append(url);
    while (m_queue.size() > kMaxQueued)
        m_queue.removeFirst();
    startNext();
    return {};
}

void ImageCache::startNext()
{
    while (m_network && m_running.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        const QString url = m_queue.takeLast();
        const QUrl parsed(url);
        if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
            m_failed.insert(url);
            continue;
        }
        QNetworkRequest request(parsed);
        request.setTransferTimeout(kTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        ++m_started;
        m_running.insert(url, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, url] { onFinished(reply, url); });
    }
}

void ImageCache::onFinished(QNetworkReply *reply, const QString &url)
{
    reply->deleteLater();
    if (m_running.value(url) != reply)
        return;
    m_running.remove(url);
    QImage image;
    if (reply->error() == QNetworkReply::NoError && reply->bytesAvailable() <= kMaxImageBytes)
        image.loadFromData(reply->readAll());
    if (image.isNull()) {
        m_failed.insert(url);
    } else {
        const QImage scaled = image.scaled(m_size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_cache.insert(url, new QPixmap(QPixmap::fromImage(scaled)));
        emit imageReady(url);
    }
    startNext();
}

} // namespace cdp::ui
