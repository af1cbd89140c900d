#pragma once

#include "sandboxserver.h"

#include <QRandomGenerator>

namespace cdp::sandbox {

// Decides, deterministically from Faults::seed, what happens to each vendor API request:
// answered normally, answered 503, or dropped. Every decision draws exactly one number, so the
// sequence of outcomes depends only on the seed and the order of requests.
class FaultInjector
{
public:
    enum class Outcome { Answer, ServiceUnavailable, Drop };

    struct Decision
    {
        Outcome outcome = Outcome::Answer;
        int delayMs = 0;
    };

    FaultInjector();

    void setFaults(const Faults &faults);   // restarts the sequence from faults.seed
    const Faults &faults() const { return m_faults; }
    Decision next();

    // Clamps rates to [0, 1] and latency to [0, kMaxLatencyMs].
    static Faults sanitized(const Faults &faults);
    static constexpr int kMaxLatencyMs = 120000;

private:
    Faults m_faults;
    QRandomGenerator m_random;
};

} // namespace cdp::sandbox
