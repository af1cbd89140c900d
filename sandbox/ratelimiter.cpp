#include "ratelimiter.h"

namespace cdp::sandbox {

RateLimiter::RateLimiter(int limit, int windowMs)
    : m_limit(qMax(1, limit))
    , m_windowMs(qMax(1, windowMs))
{
    m_clock.start();
}

qint64 RateLimiter::acquire(const QString &key)
{
    const qint64 now = m_clock.elapsed();
    Window &window = m_windows[key];
    if (window.count == 0 || now - window.startMs >= m_windowMs) {
        window.startMs = now;
        window.count = 0;
    }
    if (window.count < m_limit) {
        ++window.count;
        return 0;
    }
    return qMax<qint64>(1, window.startMs + m_windowMs - now);
}

qint64 RateLimiter::retryAfterSeconds(qint64 waitMs)
{
    return qMax<qint64>(1, (waitMs + 999) / 1000);
}

} // namespace cdp::sandbox
