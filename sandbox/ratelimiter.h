#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace cdp::sandbox {

// Fixed-window request counter per key (an API key, a client id). A window opens with the first
// request of a key and lasts windowMs; at most `limit` requests pass in one window.
class RateLimiter
{
public:
    RateLimiter(int limit, int windowMs);

    // 0 when the request may pass (and is counted), otherwise the milliseconds until the
    // key's window ends.
    qint64 acquire(const QString &key);

    int limit() const { return m_limit; }
    int windowMs() const { return m_windowMs; }

    // The Retry-After value for a wait: whole seconds, rounded up, at least 1.
    static qint64 retryAfterSeconds(qint64 waitMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };

    int m_limit;
    int m_windowMs;
    QElapsedTimer m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace cdp::sandbox
