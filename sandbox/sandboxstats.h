#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace cdp::sandbox {

// Counters served by GET /sandbox/stats. Lives in the server's thread; no locking.
struct SandboxStats
{
    qint64 requests = 0;         // every HTTP request, control endpoints included
    qint64 apiRequests = 0;      // requests to vendor API routes
    qint64 controlRequests = 0;  // requests to /sandbox/*
    qint64 tokensIssued = 0;
    qint64 profilesServed = 0;
    qint64 unauthorized = 0;     // 401 answers
    qint64 forbidden = 0;        // 403 answers
    qint64 notFound = 0;         // 404 answers
    qint64 rateLimited = 0;      // 429 answers
    qint64 injectedErrors = 0;   // 503 answers from fault injection
    qint64 dropped = 0;          // connections aborted by fault injection
    qint64 delayed = 0;          // answers held back by added latency
    qint64 tokensRevoked = 0;

    void countAnswer(int status);
    QJsonObject toJson() const;
};

} // namespace cdp::sandbox
