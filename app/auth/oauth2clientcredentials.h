#pragma once

#include "tokenprovider.h"

#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace cdp {

class ApiClient;

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

private:
    void startTokenRequest();
    void completeWaiters(const QByteArray &token, const ApiError &error);

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
};

} // namespace cdp
