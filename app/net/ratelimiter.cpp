#include "ratelimiter.h"

#include <algorithm>

namespace cdp {

using std::chrono::milliseconds;

RateLimiter::RateLimiter()
    : m_clock([] {
          return std::chrono::duration_cast<milliseconds>(
              std::chrono::steady_clock::now().time_since_epoch());
      })
{
}

void RateLimiter::setClock(Clock clock)
{
    if (clock)
        m_clock = std::move(clock);
}

milliseconds RateLimiter::now() const
{
    return m_clock();
}

void RateLimiter::setLimit(const QString &key, int requests, milliseconds window, milliseconds margin)
{
    if (key.isEmpty())
        return;
    if (requests <= 0 || window.count() <= 0) {
        removeLimit(key);
        return;
    }
    KeyState &state = m_keys[key];
    state.limit = Limit{requests, window, std::max(margin, milliseconds(0))};
    while (state.booked.size() > static_cast<size_t>(requests))
        state.booked.pop_front();
}

void RateLimiter::removeLimit(const QString &key)
{
    const auto it = m_keys.find(key);
    if (it == m_keys.end())
        return;
    it->limit.reset();
    it->booked.clear();
    if (!it->paused)
        m_keys.erase(it);
}

std::optional<RateLimiter::Limit> RateLimiter::limit(const QString &key) const
{
    const auto it = m_keys.constFind(key);
    return it == m_keys.cend() ? std::nullopt : it->limit;
}

milliseconds RateLimiter::earliest(const KeyState &state, milliseconds now) const
{
    milliseconds at = now;
    if (state.paused)
        at = std::max(at, state.pausedUntil);
    if (state.limit && !state.booked.empty()) {
        const size_t n = static_cast<size_t>(state.limit->requests);
        const milliseconds span = state.limit->window + state.limit->margin;
        if (state.booked.size() >= n)
            at = std::max(at, state.booked[state.booked.size() - n] + span);
        at = std::max(at, state.booked.back());   // first come, first served
    }
    return at;
}

milliseconds RateLimiter::reserve(const QString &key, milliseconds now)
{
    if (key.isEmpty())
        return milliseconds(0);
    const auto it = m_keys.find(key);
    if (it == m_keys.end())
        return milliseconds(0);
    KeyState &state = *it;
    const milliseconds at = earliest(state, now);
    if (state.limit) {
        const milliseconds span = state.limit->window + state.limit->margin;
        while (!state.booked.empty() && state.booked.front() + span <= now)
            state.booked.pop_front();
        state.booked.push_back(at);
        while (state.booked.size() > static_cast<size_t>(state.limit->requests))
            state.booked.pop_front();
    }
    return at - now;
}

milliseconds RateLimiter::peek(const QString &key, milliseconds now) const
{
    const auto it = m_keys.constFind(key);
    if (key.isEmpty() || it == m_keys.cend())
        return milliseconds(0);
    return earliest(*it, now) - now;
}

void RateLimiter::pauseUntil(const QString &key, milliseconds until)
{
    if (key.isEmpty())
        return;
    KeyState &state = m_keys[key];
    state.pausedUntil = state.paused ? std::max(state.pausedUntil, until) : until;
    state.paused = true;
}

std::optional<milliseconds> RateLimiter::pausedUntil(const QString &key, milliseconds now) const
{
    const auto it = m_keys.constFind(key);
    if (it == m_keys.cend() || !it->paused || it->pausedUntil <= now)
        return std::nullopt;
    return it->pausedUntil;
}

int RateLimiter::bookedInWindow(const QString &key, milliseconds now) const
{
    const auto it = m_keys.constFind(key);
    if (it == m_keys.cend() || !it->limit)
        return 0;
    const milliseconds span = it->limit->window + it->limit->margin;
    return static_cast<int>(std::count_if(it->booked.cbegin(), it->booked.cend(), [&](milliseconds t) {
        return t <= now && t + span > now;
    }));
}

void RateLimiter::clear()
{
    m_keys.clear();
}

} // namespace cdp
