#pragma once

#include "renewingtokenprovider.h"

#include <QJsonDocument>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

namespace cdp {

class ApiClient;
class ApiReply;
struct ApiResponse;

// OAuth2 client-credentials grant (RFC 6749 §4.4) as the User Profile API gateway speaks it.
// The token life cycle (cache, single flight, renewal margin, proactive renewal, 401) is
// RenewingTokenProvider's; this class sends the grant and reads its answer.
class OAuth2ClientCredentials : public RenewingTokenProvider
{
    Q_OBJECT
public:
    enum class ParameterStyle { FormBody, QueryString };

    struct Config {
        QUrl tokenUrl;                  // full URL, e.g. https://gateway…/rruserprofile/api/v1/oauth2/token
        QString clientId;
        QString clientSecret;           // held in memory only; comes from SecretStore
        ParameterStyle style = ParameterStyle::FormBody;
        QString rateLimitKey;           // token requests count against the same API key
        QString connectionName;
        // Renew this long before expiry; negative = automatic (10 % of the lifetime, at most 5 min).
        std::chrono::milliseconds renewMargin{-1};
    };

    OAuth2ClientCredentials(ApiClient *client, Config config, QObject *parent = nullptr);
    ~OAuth2ClientCredentials() override;

    const Config &config() const { return m_config; }
    void setConfig(Config config);      // drops the current token

    // Inherited: currentToken(), requestToken(), invalidate(), expiresAt(), setClock(),
    // renewAt(), isRequestInFlight(), tokenRequestCount(), and the static renewalTime() and
    // effectiveMargin().

    // The seed's lifetime when a token response carries no usable expires_in: 8 h.
    static constexpr std::chrono::seconds kDefaultLifetime{28800};

    struct TokenResponse {
        QByteArray accessToken;
        QString tokenType;              // "bearer" (informational)
        std::chrono::seconds expiresIn{kDefaultLifetime};
        bool expiresInAssumed = false;  // expires_in missing or unusable: kDefaultLifetime
    };
    // Reads {"access_token", "token_type", "expires_in"} (expires_in as number or string), also
    // wrapped as {"data": {...}}. Missing access_token → ApiError::BadResponse in *error.
    static TokenResponse parseTokenResponse(const QJsonDocument &document, ApiError *error);

    // Takes a token as if a token response had just delivered it (obtained = `obtained`, or the
    // clock's now); a lifetime <= 0 counts as kDefaultLifetime. Public for tests and stored tokens.
    void acceptToken(const QByteArray &token, std::chrono::seconds lifetime, const QDateTime &obtained = {});

protected:
    void fetchToken(quint64 generation) override;
    void abandonTokenRequest() override;

private:
    void onTokenReply(const ApiResponse &response, quint64 generation);
    ApiError validateConfig() const;

    ApiClient *m_client;
    Config m_config;
    QPointer<ApiReply> m_reply;         // the token request in flight
};

} // namespace cdp
