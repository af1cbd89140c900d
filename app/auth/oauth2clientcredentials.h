#pragma once

#include "tokenprovider.h"

#include <QJsonDocument>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace cdp {

class ApiClient;
class ApiReply;
struct ApiResponse;

// OAuth2 client-credentials grant (RFC 6749 §4.4) as the User Profile API gateway speaks it.
class OAuth2ClientCredentials : public TokenProvider
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

    using Clock = std::function<QDateTime()>;   // injectable for tests; default: current UTC

    OAuth2ClientCredentials(ApiClient *client, Config config, QObject *parent = nullptr);
    ~OAuth2ClientCredentials() override;

    void setClock(Clock clock);
    const Config &config() const { return m_config; }
    void setConfig(Config config);      // drops the current token

    QByteArray currentToken() const override;
    void requestToken(QObject *context, TokenCallback callback) override;
    void invalidate(const QByteArray &rejectedToken) override;
    QDateTime expiresAt() const override;

    // The moment renewal starts for a token obtained at `obtained` living `lifetime`.
    static QDateTime renewalTime(const QDateTime &obtained, std::chrono::milliseconds lifetime,
                                 std::chrono::milliseconds margin);
    int tokenRequestCount() const { return m_tokenRequests; }  // for tests and the status bar

    // --- additions beyond the first contract ---

    // The renewal margin actually used: `margin` when >= 0, else 10 % of the lifetime capped at
    // 5 min; never more than half the lifetime (a fresh token is always usable for a while).
    static std::chrono::milliseconds effectiveMargin(std::chrono::milliseconds lifetime,
                                                     std::chrono::milliseconds margin);
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
    // clock's now). Used by the token request itself; public for tests and stored tokens.
    void acceptToken(const QByteArray &token, std::chrono::seconds lifetime, const QDateTime &obtained = {});
    QDateTime renewAt() const { return m_renewAt; }   // invalid when there is no token
    bool isRequestInFlight() const { return m_inFlight; }

private:
    void startTokenRequest();
    void completeWaiters(const QByteArray &token, const ApiError &error);
    void onTokenReply(const ApiResponse &response, quint64 generation);
    void failTokenRequest(const ApiError &error);
    ApiError validateConfig() const;
    void armRenewTimer();
    void onRenewTimer();
    QDateTime now() const;

    struct Waiter;
    ApiClient *m_client;
    Config m_config;
    Clock m_clock;
    QByteArray m_token;
    QDateTime m_obtained;
    QDateTime m_expires;
    QDateTime m_renewAt;
    bool m_inFlight = false;
    int m_tokenRequests = 0;
    QList<Waiter *> m_waiters;
    QTimer m_renewTimer;
    QPointer<ApiReply> m_reply;         // the token request in flight
    quint64 m_generation = 0;           // answers of an older generation are ignored
    QDateTime m_requestStarted;         // lifetimes count from here (conservative)
    mutable QDateTime m_lastUse;        // currentToken() handed the token out
};

} // namespace cdp
