#pragma once

// Internal to the net room: state ApiClient shares with its ApiCalls.

#include "apiclient.h"
#include "ratelimiter.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>

namespace cdp {

class ApiCall;

struct ApiClient::Private
{
    explicit Private(ApiClient *client);

    struct Wait
    {
        QString group;                       // waits of one group show as one text
        QString text;
        std::chrono::milliseconds until{0};  // limiter clock
    };

    void setWait(const ApiCall *call, Wait wait);
    void clearWait(const ApiCall *call);
    QString composeStatus() const;
    void scheduleStatusUpdate();

    ApiClient *q;
    QNetworkAccessManager *nam = nullptr;
    RateLimiter limiter;
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{30000};
    std::chrono::milliseconds maxRetryAfterWait{std::chrono::minutes(2)};
    int maxRateLimitRetries = 8;
    std::function<double()> random;

    QSet<ApiCall *> calls;       // running: started and not finished
    QSet<ApiCall *> alive;       // every ApiCall object not yet destroyed
    QHash<const ApiCall *, Wait> waits;
    QString lastStatus;
    bool statusUpdateQueued = false;
    bool destroying = false;     // ~ApiClient runs: new calls end at once as Cancelled
};

} // namespace cdp
