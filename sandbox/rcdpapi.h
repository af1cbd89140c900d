#pragma once

#include "apimodule.h"
#include "httpexchange.h"
#include "rcdpoptions.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace cdp::sandbox {

class RateLimiter;
class RcdpStore;
class TokenStore;
struct RcdpCustomer;
struct SandboxStats;

// The Algonomy Real-time CDP (seed 000 + VENDOR_NOTES). Every answer is {"status","message","data"};
// errors are {"status":"FAILURE","message":…,"data":null} with the HTTP status below.
//   POST {prefix}/secureApi/token/profile/create
//        headers tenant_hash (unknown or missing: 401) and oauth_key_secret (required when the
//        tenant has OAuth enabled, as the demo tenant has; wrong or missing: 401); optional body
//        {"resource":["productPurchased",…]} (no body = every resource; unknown names: 400).
//        200 {"status":"OK","message":"","data":{"access_token":<32 chars>,"expires_in":<ttl>}}
//   POST {prefix}/api/v1/profile/b2b/productPurchased
//        401 missing/unknown/expired/revoked access_token, a missing or unknown tenant_hash, or a
//        token of another tenant; 403 a token created without the productPurchased resource;
//        400 no identity header, an identity header that is not a configured de-duplication
//        column, or a bad body; 409 identifiers that name different customers;
//        200 status "FAILURE" "No customer matches the given identifiers" for an unknown customer;
//        200 the page (seed 000's shape plus data.lastKey, the lastKey of the next page or null).
//   GET  /sandbox/img/<name>.png   product thumbnails (a control route: no faults, no rate limit)
// Rate limit per tenant_hash: productPurchased and token creation count in separate buckets
// (like the User Profile API's token and profile buckets); over it 429 + Retry-After.
class RcdpApi : public ApiModule
{
public:
    using BaseUrl = std::function<QUrl()>;

    RcdpApi(RcdpStore *store, TokenStore *tokens, RateLimiter *rateLimiter, SandboxStats *stats,
            RcdpOptions options, BaseUrl baseUrl);

    QString name() const override;
    void registerRoutes(HttpRouter &router) override;

    static QString prefix(const RcdpOptions &options);   // "/rcdpapi" or "" (no trailing '/')
    static QString tokenPath(const RcdpOptions &options);
    static QString productPurchasedPath(const RcdpOptions &options);
    static QStringList dedupColumns(const RcdpOptions &options);   // empty option = all four
    // The "rcdp" object of the sandbox's announcement line.
    static QJsonObject announcement(const RcdpOptions &options, bool demo);

private:
    void createToken(HttpExchange &exchange);
    void productPurchased(HttpExchange &exchange);
    void thumbnail(HttpExchange &exchange, const QString &fileName) const;

    bool admit(HttpExchange &exchange, const QString &bucket);
    bool authorize(HttpExchange &exchange, const QString &tenantHash);
    std::optional<RcdpCustomer> resolveCustomer(HttpExchange &exchange, const QString &tenantHash);
    static void fail(HttpExchange &exchange, int status, const QString &message, const HttpHeaders &headers = {});

    RcdpStore *m_store;
    TokenStore *m_tokens;
    RateLimiter *m_rateLimiter;
    SandboxStats *m_stats;
    RcdpOptions m_options;
    QStringList m_dedupColumns;
    BaseUrl m_baseUrl;
};

} // namespace cdp::sandbox
