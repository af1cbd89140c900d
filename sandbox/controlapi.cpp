#include "controlapi.h"

#include "httprouter.h"
#include "httpserver.h"
#include "sandboxlogging.h"
#include "sandboxstats.h"
#include "tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

QJsonObject faultsJson(const Faults &faults)
{
    return QJsonObject{{u"latencyMs"_s, faults.latencyMs},
                       {u"errorRate"_s, faults.errorRate},
                       {u"dropRate"_s, faults.dropRate},
                       {u"seed"_s, qint64(faults.seed)}};
}

} // namespace

ControlApi::ControlApi(HttpServer *server, TokenStore *tokens, SandboxStats *stats, QStringList apis)
    : m_server(server)
    , m_tokens(tokens)
    , m_stats(stats)
    , m_apis(std::move(apis))
{
    m_uptime.start();
}

QString ControlApi::name() const
{
    return u"sandbox"_s;
}

void ControlApi::registerRoutes(HttpRouter &router)
{
    router.add(QByteArrayLiteral("GET"), u"/sandbox/health"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &) {
                   if (allowed(exchange))
                       health(exchange);
               });
    router.add(QByteArrayLiteral("GET"), u"/sandbox/faults"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &) {
                   if (allowed(exchange))
                       faults(exchange);
               });
    router.add(QByteArrayLiteral("POST"), u"/sandbox/faults"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &) {
                   if (allowed(exchange))
                       setFaults(exchange);
               });
    router.add(QByteArrayLiteral("GET"), u"/sandbox/stats"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &) {
                   if (allowed(exchange))
                       stats(exchange);
               });
    router.add(QByteArrayLiteral("POST"), u"/sandbox/revoke-tokens"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &) {
                   if (allowed(exchange))
                       revokeTokens(exchange);
               });
}

bool ControlApi::allowed(HttpExchange &exchange) const
{
    if (exchange.remoteAddress().isLoopback())
        return true;
    exchange.respondError(403, u"forbidden"_s, u"Control endpoints answer loopback clients only"_s);
    return false;
}

void ControlApi::health(HttpExchange &exchange) const
{
    exchange.respondJson(200, QJsonObject{{u"status"_s, u"ok"_s},
                                          {u"apis"_s, QJsonArray::fromStringList(m_apis)},
                                          {u"uptimeMs"_s, m_uptime.elapsed()}});
}

void ControlApi::faults(HttpExchange &exchange) const
{
    exchange.respondJson(200, faultsJson(m_server->faults()));
}

void ControlApi::setFaults(HttpExchange &exchange)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        exchange.respondError(400, u"invalid_request"_s, u"Expected a JSON object"_s);
        return;
    }
    const QJsonObject object = document.object();
    Faults faults = m_server->faults();

    const QJsonValue latency = object.value(u"latencyMs"_s);
    const QJsonValue errorRate = object.value(u"errorRate"_s);
    const QJsonValue dropRate = object.value(u"dropRate"_s);
    const QJsonValue seed = object.value(u"seed"_s);
    auto invalid = [](const QJsonValue &value, double low, double high) {
        return !value.isUndefined() && (!value.isDouble() || value.toDouble() < low || value.toDouble() > high);
    };
    if (invalid(latency, 0, FaultInjector::kMaxLatencyMs) || invalid(errorRate, 0, 1)
        || invalid(dropRate, 0, 1) || invalid(seed, 0, 4294967295.0)) {
        exchange.respondError(400, u"invalid_request"_s,
                              u"latencyMs must be 0..%1, errorRate and dropRate 0..1, seed 0..2^32-1"_s
                                      .arg(FaultInjector::kMaxLatencyMs));
        return;
    }
    if (!latency.isUndefined())
        faults.latencyMs = latency.toInt();
    if (!errorRate.isUndefined())
        faults.errorRate = errorRate.toDouble();
    if (!dropRate.isUndefined())
        faults.dropRate = dropRate.toDouble();
    if (!seed.isUndefined())
        faults.seed = quint32(seed.toDouble());

    m_server->setFaults(faults);
    qCDebug(lcSandbox) << "faults set: latency" << faults.latencyMs << "ms, error rate" << faults.errorRate
                      << ", drop rate" << faults.dropRate << ", seed" << faults.seed;
    exchange.respondJson(200, faultsJson(m_server->faults()));
}

void ControlApi::stats(HttpExchange &exchange) const
{
    QJsonObject body = m_stats->toJson();
    body.insert(u"faults"_s, faultsJson(m_server->faults()));
    exchange.respondJson(200, body);
}

void ControlApi::revokeTokens(HttpExchange &exchange)
{
    const int revoked = m_tokens->revokeAll();
    m_stats->tokensRevoked += revoked;
    qCInfo(lcSandbox) << "revoked" << revoked << "tokens";
    exchange.respondJson(200, QJsonObject{{u"revoked"_s, revoked}});
}

} // namespace cdp::sandbox
