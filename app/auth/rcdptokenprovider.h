#pragma once

#include "renewingtokenprovider.h"

#include <QJsonDocument>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace cdp {

class ApiClient;
class ApiReply;
struct ApiResponse;

// The Algonomy Real-time CDP token API (VENDOR_NOTES): POST {base}/secureApi/token/profile/create
// with headers tenant_hash and oauth_key_secret and the JSON body {"resource":["productPurchased"]}.
// The token travels as the bare header `access_token: <token>` (no "Bearer"); a 401 on a profile
// call means "expired": ApiClient then invalidates it, this provider creates a new one, and the
// call is replayed once.
class RcdpTokenProvider : public RenewingTokenProvider
{
    Q_OBJECT
public:
    struct Config {
        QUrl baseUrl;                   // B2B_API_URL, e.g. https://api-dev.algonomy.com/rcdpapi
        QString tenantHash;
        QString oauthKeySecret;         // held in memory only; comes from SecretStore; may be empty
                                        // when the tenant has no OAuth (the header is then omitted)
        QStringList resources{QStringLiteral("productPurchased")};
        QString rateLimitKey;           // token requests' own limiter key; default "<tenantHash>/token"
        QString connectionName;
        int timeoutMs = 30000;
        std::chrono::milliseconds renewMargin{-1};   // negative = automatic
    };

    // The token lifetime is not documented: without a usable expires_in we assume one hour.
    static constexpr std::chrono::seconds kDefaultLifetime{3600};

    RcdpTokenProvider(ApiClient *client, Config config, QObject *parent = nullptr);
    ~RcdpTokenProvider() override;

    const Config &config() const { return m_config; }
    void setConfig(Config config);      // drops the current token

    QByteArray headerName() const override { return QByteArrayLiteral("access_token"); }
    QByteArray headerValue(const QByteArray &token) const override { return token; }

    static QUrl tokenUrl(const QUrl &baseUrl);   // base + /secureApi/token/profile/create

    struct TokenResponse {
        QByteArray accessToken;
        std::chrono::seconds expiresIn{kDefaultLifetime};
        bool expiresInAssumed = false;
    };
    // Reads {"status":"OK","message":"","data":{"access_token","expires_in"}} and a bare
    // {"access_token","expires_in"}; expires_in a number or numeric string. A status other than
    // "OK", or no access_token → *error (BadResponse, with the server's message).
    static TokenResponse parseTokenResponse(const QJsonDocument &document, ApiError *error);

protected:
    void fetchToken(quint64 generation) override;
    void abandonTokenRequest() override;

private:
    ApiError validateConfig() const;
    void onTokenReply(const ApiResponse &response, quint64 generation);
    QString limiterKey() const;

    ApiClient *m_client;
    Config m_config;
    QPointer<ApiReply> m_reply;
};

} // namespace cdp
