#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

// Pure functions for retry delays: exponential back-off with jitter and the Retry-After header.
namespace cdp::Backoff {

using std::chrono::milliseconds;

// Uniform random numbers in [0, 1); injectable for tests. An empty function means
// QRandomGenerator::global().
using RandomSource = std::function<double()>;

// Upper bounds of Retry-After and of any computed delay.
inline constexpr milliseconds kRetryAfterMax = std::chrono::hours(24);

// base * 2^(attempt-1), capped; attempt 1 is the first retry. attempt < 1 gives 0.
milliseconds exponential(int attempt, milliseconds base, milliseconds cap);

// "Full jitter": uniform in [0, exponential(attempt)].
milliseconds fullJitter(int attempt, milliseconds base, milliseconds cap, const RandomSource &random = {});

// "Decorrelated jitter": uniform in [base, 3 * previous], capped (previous < base counts as base).
milliseconds decorrelatedJitter(milliseconds previous, milliseconds base, milliseconds cap,
                                const RandomSource &random = {});

// Retry-After (RFC 9110 §10.2.3): delta-seconds or an HTTP-date (IMF-fixdate, obsolete RFC 850
// and asctime forms), relative to `now`. Dates in the past give 0; values beyond
// kRetryAfterMax are clamped to it. Garbage, negative or fractional numbers give nullopt.
std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// An HTTP-date in any of the three forms as UTC; invalid QDateTime when it is not one.
// `now` decides the century of RFC 850's two-digit years.
QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace cdp::Backoff
