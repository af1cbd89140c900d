#pragma once

#include <QString>
#include <QStringList>

namespace cdp::sandbox {

class SandboxDatabase;
class UserProfileStore;

// Deterministic demo profiles for the User Profile API: a fixed PRNG seed and timestamps that
// count back from a fixed "demo now" (kDemoNowMs, 2025-06-01T12:00:00Z), so every run and every
// machine serves byte-identical profiles. 60 users of a plausible fashion/sports/home retailer:
// sessions with referrers, category/brand/item views, searches, recommendation clicks, cart adds,
// orders of several items (prices in cents), verb-noun actions, segments, attributes, counted
// events, batch attributes, and linked ids that always name other demo users.
// sampleUserIds().first() has every kind of event and more than 50 item views and searches
// before the 50-entry cap; the samples include ids with '@', '+' and a space.
class UserProfileDemoData
{
public:
    static constexpr qint64 kDemoNowMs = 1748779200000;   // 2025-06-01T12:00:00Z
    static constexpr quint32 kSeed = 20250601;
    static constexpr int kUserCount = 60;

    static QStringList sampleUserIds();
    // Loads the demo users under apiKey in one transaction.
    static bool populate(SandboxDatabase &database, UserProfileStore &store, const QString &apiKey,
                         QString *error = nullptr);
};

} // namespace cdp::sandbox
