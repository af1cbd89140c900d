#pragma once

#include "apimodule.h"
#include "httpexchange.h"

#include <QElapsedTimer>
#include <QStringList>

namespace cdp::sandbox {

class HttpServer;
class TokenStore;
struct SandboxStats;

// Sandbox-only control endpoints, never subject to faults or rate limits, answered only to
// loopback clients (403 otherwise):
//   GET  /sandbox/health          {"status":"ok","apis":[...],"uptimeMs":n}
//   GET  /sandbox/faults          the current faults
//   POST /sandbox/faults          JSON {latencyMs,errorRate,dropRate,seed}; absent fields keep
//                                 their value; restarts the fault sequence; answers the faults
//   GET  /sandbox/stats           SandboxStats counters plus the current faults
//   POST /sandbox/revoke-tokens   every issued token becomes invalid: {"revoked":n}
class ControlApi : public ApiModule
{
public:
    ControlApi(HttpServer *server, TokenStore *tokens, SandboxStats *stats, QStringList apis);

    QString name() const override;
    void registerRoutes(HttpRouter &router) override;

private:
    bool allowed(HttpExchange &exchange) const;
    void health(HttpExchange &exchange) const;
    void faults(HttpExchange &exchange) const;
    void setFaults(HttpExchange &exchange);
    void stats(HttpExchange &exchange) const;
    void revokeTokens(HttpExchange &exchange);

    HttpServer *m_server;
    TokenStore *m_tokens;
    SandboxStats *m_stats;
    QStringList m_apis;
    QElapsedTimer m_uptime;
};

} // namespace cdp::sandbox
