#include "sandboxstats.h"

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

void SandboxStats::countAnswer(int status)
{
    switch (status) {
    case 401: ++unauthorized; break;
    case 403: ++forbidden; break;
    case 404: ++notFound; break;
    case 429: ++rateLimited; break;
    default: break;
    }
}

QJsonObject SandboxStats::toJson() const
{
    return QJsonObject{
        {u"requests"_s, requests},
        {u"apiRequests"_s, apiRequests},
        {u"controlRequests"_s, controlRequests},
        {u"tokensIssued"_s, tokensIssued},
        {u"profilesServed"_s, profilesServed},
        {u"unauthorized"_s, unauthorized},
        {u"forbidden"_s, forbidden},
        {u"notFound"_s, notFound},
        {u"rateLimited"_s, rateLimited},
        {u"injectedErrors"_s, injectedErrors},
        {u"dropped"_s, dropped},
        {u"delayed"_s, delayed},
        {u"tokensRevoked"_s, tokensRevoked},
    };
}

} // namespace cdp::sandbox
