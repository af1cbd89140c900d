#pragma once

#include "faultinjector.h"
#include "httprouter.h"
#include "sandboxstats.h"

#include <QAbstractHttpServer>

namespace cdp::sandbox {

// The HTTP front of the sandbox: a QAbstractHttpServer (QHttpServer::handleRequest is final in
// Qt 6.4) with its own routing. Vendor API routes pass through fault injection (latency, 503,
// dropped connection); control routes are answered at once. Unknown paths answer 404 and known
// paths with another method 405, both as JSON.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(SandboxStats *stats, QObject *parent = nullptr);

    HttpRouter &router() { return m_router; }
    void setFaults(const Faults &faults);
    Faults faults() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void serveApi(HttpExchange exchange, const HttpRouter::Route &route, const QStringList &params);
    void finish(const HttpExchange &exchange, const HttpRouter::Route &route, const QStringList &params);

    SandboxStats *m_stats;
    HttpRouter m_router;
    FaultInjector m_faults;
};

} // namespace cdp::sandbox
