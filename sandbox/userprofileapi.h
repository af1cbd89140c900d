#pragma once

#include "apimodule.h"
#include "httpexchange.h"

#include <QString>
#include <QStringList>

namespace cdp::sandbox {

class RateLimiter;
class TokenStore;
class UserProfileStore;
struct SandboxStats;

// The Algonomy / RichRelevance User Profile API (seed 002):
//   POST /rruserprofile/api/v1/oauth2/token and POST /rruserprofile/v1/oauth2/token
//        grant_type=client_credentials, client_id, client_secret in the query string and/or an
//        application/x-www-form-urlencoded body (body wins); a JSON object body is tolerated too.
//        200 {"token_type":"bearer","access_token":<32 chars>,"expires_in":<ttl>}
//        400 {"error":"invalid_request"} without grant_type, {"error":"unsupported_grant_type"}
//        for any other grant; 401 {"error":"invalid_client"} for missing or wrong credentials.
//   GET  /rruserprofile/api/v1/<apiKey>/<userId>   Authorization: Bearer <token>
//        401 {"error":"invalid_token"} when the header is missing or the token is unknown,
//        expired or revoked; 403 {"error":"forbidden"} when the API key is unknown or is not the
//        key of the client the token was issued to (authentication first, then authorisation);
//        404 {"error":"not_found"} for an unknown user; 200 the profile.
// Rate limit: every profile request counts against its API key (also ones that end 401/403/404);
// token requests count against the client id in a separate bucket with the same limit. Over the
// limit: 429 with Retry-After (whole seconds, rounded up) and {"error":"too_many_requests"}.
class UserProfileApi : public ApiModule
{
public:
    static constexpr char16_t kService[] = u"userprofile";

    UserProfileApi(UserProfileStore *profiles, TokenStore *tokens, RateLimiter *rateLimiter,
                   SandboxStats *stats, int tokenTtlSeconds);

    QString name() const override;
    void registerRoutes(HttpRouter &router) override;

    static QStringList tokenPaths();
    static QString profilePathTemplate();     // "/rruserprofile/api/v1/{apiKey}/{userId}"

private:
    void issueToken(HttpExchange &exchange);
    void serveProfile(HttpExchange &exchange, const QString &apiKey, const QString &userId);
    bool admit(HttpExchange &exchange, const QString &bucket);

    UserProfileStore *m_profiles;
    TokenStore *m_tokens;
    RateLimiter *m_rateLimiter;
    SandboxStats *m_stats;
    int m_tokenTtlSeconds;
};

} // namespace cdp::sandbox
