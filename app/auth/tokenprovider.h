#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>

namespace cdp {

// Supplies credentials to ApiClient. Implementations: OAuth2ClientCredentials (User Profile API),
// later a static header token (Carma), Basic auth (eSputnik), the RCDP token API.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const QByteArray &token, const cdp::ApiError &error)>;

    explicit TokenProvider(QObject *parent = nullptr) : QObject(parent) {}

    // A token that is valid now and not inside the renewal margin, or empty.
    virtual QByteArray currentToken() const = 0;
    // Calls back exactly once (while context lives) with a valid token or an error.
    // Single flight: however many callers wait, at most one token request is in the air.
    virtual void requestToken(QObject *context, TokenCallback callback) = 0;
    // The server rejected this token (HTTP 401): forget it if it is still the current one.
    virtual void invalidate(const QByteArray &rejectedToken) = 0;
    // When the current token expires (invalid QDateTime when there is none).
    virtual QDateTime expiresAt() const = 0;

    // How the token travels on a request.
    virtual QByteArray headerName() const { return QByteArrayLiteral("Authorization"); }
    virtual QByteArray headerValue(const QByteArray &token) const { return QByteArrayLiteral("Bearer ") + token; }

Q_SIGNALS:
    void tokenChanged();                          // a new token arrived, or the token was dropped
    void tokenFailed(const cdp::ApiError &error); // a token request failed
};

} // namespace cdp
