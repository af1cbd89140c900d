#pragma once

#include "httpexchange.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace cdp::sandbox {

// Vendor API routes get faults (latency, 503, drops); control routes (/sandbox/*) never do.
enum class RouteKind { Api, Control };

// Method + path-pattern routing. A pattern is a path whose segments are literals or "{}", which
// matches exactly one (percent-decoded) segment and is handed to the handler as a parameter.
// When several patterns match a path, the one with the most literal segments wins, so
// "/a/v1/oauth2/token" beats "/a/v1/{}/{}".
class HttpRouter
{
public:
    using Handler = std::function<void(HttpExchange exchange, const QStringList &params)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        RouteKind kind = RouteKind::Api;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr;    // null when nothing matched path and method
        QStringList params;
        QByteArrayList allowedMethods;   // for 405: methods of routes matching the path only
    };

    void add(const QByteArray &method, const QString &pattern, RouteKind kind, Handler handler);
    Match match(const QByteArray &method, const QStringList &pathSegments) const;

private:
    std::vector<Route> m_routes;
};

} // namespace cdp::sandbox
