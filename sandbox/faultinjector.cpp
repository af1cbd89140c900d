#include "faultinjector.h"

namespace cdp::sandbox {

FaultInjector::FaultInjector()
    : m_random(m_faults.seed)
{
}

Faults FaultInjector::sanitized(const Faults &faults)
{
    Faults result = faults;
    result.latencyMs = qBound(0, faults.latencyMs, kMaxLatencyMs);
    result.errorRate = qBound(0.0, faults.errorRate, 1.0);
    result.dropRate = qBound(0.0, faults.dropRate, 1.0);
    return result;
}

void FaultInjector::setFaults(const Faults &faults)
{
    m_faults = sanitized(faults);
    m_random.seed(m_faults.seed);
}

FaultInjector::Decision FaultInjector::next()
{
    const double draw = m_random.generateDouble();
    Decision decision;
    decision.delayMs = m_faults.latencyMs;
    if (draw < m_faults.dropRate)
        decision.outcome = Outcome::Drop;
    else if (draw < m_faults.dropRate + m_faults.errorRate)
        decision.outcome = Outcome::ServiceUnavailable;
    return decision;
}

} // namespace cdp::sandbox
