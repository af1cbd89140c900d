#include "httpserver.h"

#include "sandboxlogging.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

HttpServer::HttpServer(SandboxStats *stats, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_stats(stats)
{
}

void HttpServer::setFaults(const Faults &faults)
{
    m_faults.setFaults(faults);
}

Faults HttpServer::faults() const
{
    return m_faults.faults();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpExchange exchange(request, socket);
    ++m_stats->requests;

    const HttpRouter::Match match = m_router.match(exchange.method(), exchange.pathSegments());
    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            exchange.respondError(404, u"not_found"_s, u"No such endpoint"_s);
        } else {
            exchange.respondError(405, u"method_not_allowed"_s, u"Method not allowed on this endpoint"_s,
                                  {{QByteArrayLiteral("Allow"), match.allowedMethods.join(", ")}});
        }
        qCDebug(lcSandboxHttp) << exchange.method() << "unrouted ->" << exchange.answeredStatus();
        return true;
    }

    if (match.route->kind == RouteKind::Control) {
        ++m_stats->controlRequests;
        finish(exchange, *match.route, match.params);
        return true;
    }

    ++m_stats->apiRequests;
    serveApi(exchange, *match.route, match.params);
    return true;
}

void HttpServer::serveApi(HttpExchange exchange, const HttpRouter::Route &route, const QStringList &params)
{
    const FaultInjector::Decision decision = m_faults.next();
    auto act = [this, exchange, route, params, outcome = decision.outcome]() mutable {
        switch (outcome) {
        case FaultInjector::Outcome::Drop:
            ++m_stats->dropped;
            qCDebug(lcSandboxHttp) << exchange.method() << route.pattern << "-> dropped (fault)";
            exchange.drop();
            return;
        case FaultInjector::Outcome::ServiceUnavailable:
            ++m_stats->injectedErrors;
            exchange.respondError(503, u"service_unavailable"_s, u"Injected fault: service unavailable"_s,
                                  {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}});
            qCDebug(lcSandboxHttp) << exchange.method() << route.pattern << "-> 503 (fault)";
            return;
        case FaultInjector::Outcome::Answer:
            finish(exchange, route, params);
            return;
        }
    };

    if (decision.delayMs <= 0) {
        act();
        return;
    }
    ++m_stats->delayed;
    // The server is the timer's context: a delayed answer dies with it; a closed client is skipped.
    QTimer::singleShot(decision.delayMs, this, [exchange, act]() mutable {
        if (exchange.isConnected())
            act();
    });
}

void HttpServer::finish(const HttpExchange &exchange, const HttpRouter::Route &route, const QStringList &params)
{
    HttpExchange answer = exchange;
    route.handler(answer, params);
    if (!answer.isAnswered()) {
        qCWarning(lcSandboxHttp) << "handler of" << route.pattern << "did not answer";
        answer.respondError(500, u"server_error"_s, u"The sandbox handler did not answer"_s);
    }
    m_stats->countAnswer(answer.answeredStatus());
    qCDebug(lcSandboxHttp) << answer.method() << route.pattern << "->" << answer.answeredStatus();
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpExchange exchange(request, socket);
    exchange.respondError(404, u"not_found"_s, u"No such endpoint"_s);
}

} // namespace cdp::sandbox
