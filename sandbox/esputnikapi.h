#pragma once

#include "apimodule.h"
#include "esputnikstate.h"
#include "httpexchange.h"

#include <QJsonObject>
#include <QString>

namespace cdp::sandbox {

class RateLimiter;

// eSputnik / Yespo (seed 003 + VENDOR_NOTES). HTTP Basic auth, any user name, the API key as
// password (else 401 + WWW-Authenticate). Errors are 4xx with PLAIN TEXT bodies, as upstream.
// Requests count against the shared rate limit per API key (429 + Retry-After over it).
//   POST /api/v1/event     {"eventTypeKey", "keyValue"?, "params":[{"name","value"}]}: 200 (empty body)
//        also for events that are not saved (unknown contact, orderCreated missing a parameter …);
//        400 "The event should have the following params: [...]" for a malformed body.
//   POST /api/v1/contacts  {"contacts":[…]} up to 3000 (more: 400): 200 {"asyncSessionId": uuid}
//   POST /api/v1/orders    {"orders":[…]} up to 1000 (more: 400); all-or-nothing: 400 naming the
//        first order missing a required field; 200 (empty body)
// Control (loopback only): GET /sandbox/esputnik/state[?since=<seq>]
class EsputnikApi : public ApiModule
{
public:
    static constexpr int kMaxContacts = 3000;
    static constexpr int kMaxOrders = 1000;

    explicit EsputnikApi(RateLimiter *rateLimiter);

    QString name() const override;
    void registerRoutes(HttpRouter &router) override;

    static QString demoApiKey();
    static QJsonObject announcement();

private:
    bool admit(HttpExchange &exchange);
    void event(HttpExchange &exchange);
    void contacts(HttpExchange &exchange);
    void orders(HttpExchange &exchange);
    void state(HttpExchange &exchange) const;

    RateLimiter *m_rateLimiter;
    EsputnikState m_state;
};

} // namespace cdp::sandbox
