#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace cdp {

// Client-side limit "at most N requests in any window of W" per key (an API key, usually),
// exact: a sliding log of the last N booked send times. Keys without a configured limit are
// unlimited, but every key (except the empty one) can be paused, e.g. after a server's
// 429 + Retry-After, which then holds back every request of that key.
// Times are milliseconds of a monotonic clock; pass `now` explicitly or inject a clock.
// Not thread-safe: one per ApiClient, used in its thread.
class RateLimiter
{
public:
    using milliseconds = std::chrono::milliseconds;
    using Clock = std::function<milliseconds()>;   // monotonic; default std::chrono::steady_clock

    struct Limit
    {
        int requests = 0;
        milliseconds window{0};
        milliseconds margin{0};   // added to the window: room for clock and network jitter
    };

    RateLimiter();

    void setClock(Clock clock);
    milliseconds now() const;

    // requests <= 0 or window <= 0 removes the limit.
    void setLimit(const QString &key, int requests, milliseconds window, milliseconds margin = milliseconds(0));
    void removeLimit(const QString &key);
    std::optional<Limit> limit(const QString &key) const;

    // The delay before a request of `key` may go, and books that slot: a caller that got a
    // delay must send after exactly that delay (or give the slot up by not sending).
    milliseconds reserve(const QString &key, milliseconds now);
    milliseconds reserve(const QString &key) { return reserve(key, now()); }
    // The delay reserve() would return, without booking anything.
    milliseconds peek(const QString &key, milliseconds now) const;

    // No request of `key` goes before `until` (a later pause never shortens an earlier one).
    void pauseUntil(const QString &key, milliseconds until);
    // The end of the pause of `key` when it lies after `now`, else nullopt.
    std::optional<milliseconds> pausedUntil(const QString &key, milliseconds now) const;

    // Booked slots of `key` still inside their window at `now` (for tests and status texts).
    int bookedInWindow(const QString &key, milliseconds now) const;

    void clear();

private:
    struct KeyState
    {
        std::optional<Limit> limit;
        std::deque<milliseconds> booked;   // booked send times, ascending, at most limit->requests
        milliseconds pausedUntil{0};
        bool paused = false;
    };
    milliseconds earliest(const KeyState &state, milliseconds now) const;

    Clock m_clock;
    QHash<QString, KeyState> m_keys;
};

} // namespace cdp
