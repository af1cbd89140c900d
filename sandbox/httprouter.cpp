#include "httprouter.h"

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

const QString kWildcard = u"{}"_s;

// Number of literal segments when the pattern matches, -1 otherwise.
int score(const QStringList &pattern, const QStringList &path, QStringList *params)
{
    if (pattern.size() != path.size())
        return -1;
    int literals = 0;
    QStringList captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == kWildcard) {
            captured.append(path.at(i));
        } else if (pattern.at(i) == path.at(i)) {
            ++literals;
        } else {
            return -1;
        }
    }
    if (params)
        *params = captured;
    return literals;
}

} // namespace

void HttpRouter::add(const QByteArray &method, const QString &pattern, RouteKind kind, Handler handler)
{
    m_routes.push_back(Route{method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), kind,
                             std::move(handler)});
}

HttpRouter::Match HttpRouter::match(const QByteArray &method, const QStringList &pathSegments) const
{
    int bestPathScore = -1;
    for (const Route &route : m_routes)
        bestPathScore = qMax(bestPathScore, score(route.segments, pathSegments, nullptr));

    Match result;
    if (bestPathScore < 0)
        return result;

    // Only the most specific matching pattern(s) count, e.g. GET on the token path is a 405,
    // not a profile lookup of user "token".
    for (const Route &route : m_routes) {
        QStringList params;
        if (score(route.segments, pathSegments, &params) != bestPathScore)
            continue;
        if (route.method == method && !result.route) {
            result.route = &route;
            result.params = params;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace cdp::sandbox
