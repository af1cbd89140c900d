#pragma once

#include "tokenprovider.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace cdp {

// The token life cycle shared by providers that fetch a token with one HTTP call: the cached
// token and its renewal moment, single flight (however many callers wait, one request is in the
// air), proactive renewal of a token in use shortly before its renewal moment, and invalidation
// after a 401. The renewal margin is effectiveMargin() (10 % of the lifetime, at most 5 min, never
// more than half of it, unless set explicitly).
//
// A subclass implements fetchToken(): send the request, then call completeTokenRequest() or
// failTokenRequest() exactly once with the generation it was given (answers of an older
// generation, e.g. after resetToken(), are ignored). Subclasses: OAuth2ClientCredentials (User
// Profile API), RcdpTokenProvider (Algonomy Real-time CDP).
class RenewingTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;   // injectable for tests; default: current UTC

    explicit RenewingTokenProvider(QObject *parent = nullptr);
    ~RenewingTokenProvider() override;

    QByteArray currentToken() const override;
    void requestToken(QObject *context, TokenCallback callback) override;
    void invalidate(const QByteArray &rejectedToken) override;
    QDateTime expiresAt() const override;

    void setClock(Clock clock);

    // The renewal margin actually used: `margin` when >= 0, else 10 % of the lifetime capped at
    // 5 min; never more than half the lifetime (a fresh token is always usable for a while).
    static std::chrono::milliseconds effectiveMargin(std::chrono::milliseconds lifetime,
                                                     std::chrono::milliseconds margin);
    // The moment renewal starts for a token obtained at `obtained` living `lifetime`.
    static QDateTime renewalTime(const QDateTime &obtained, std::chrono::milliseconds lifetime,
                                 std::chrono::milliseconds margin);
    // Renew this long before expiry; negative = automatic (see above).
    void setRenewMargin(std::chrono::milliseconds margin);
    std::chrono::milliseconds renewMargin() const { return m_margin; }

    // Takes a token as if a token response had just delivered it (obtained = `obtained`, or now).
    void acceptToken(const QByteArray &token, std::chrono::milliseconds lifetime, const QDateTime &obtained = {});
    QDateTime renewAt() const { return m_renewAt; }   // invalid when there is no token
    bool isRequestInFlight() const { return m_inFlight; }
    int tokenRequestCount() const { return m_tokenRequests; }

protected:
    // Start one token request; report with completeTokenRequest()/failTokenRequest(generation…).
    virtual void fetchToken(quint64 generation) = 0;
    // Called before a new request starts and when the provider is reset or destroyed while one is
    // in flight: drop (abort) the request of an older generation. Default: nothing.
    virtual void abandonTokenRequest() {}

    void completeTokenRequest(quint64 generation, const QByteArray &token, std::chrono::milliseconds lifetime);
    void failTokenRequest(quint64 generation, const ApiError &error);
    // Forget the token (e.g. the configuration changed). A request in flight is abandoned and,
    // when callers wait, started again.
    void resetToken();
    // Ends every waiter with `error` (the destructor of a subclass calls this with Cancelled
    // before its members go away).
    void cancelWaiters(const ApiError &error);
    QDateTime now() const;
    QDateTime requestStarted() const { return m_requestStarted; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        TokenCallback callback;
    };

    void startTokenRequest();
    void completeWaiters(const QByteArray &token, const ApiError &error);
    void dropToken();
    void armRenewTimer();
    void onRenewTimer();
    std::chrono::milliseconds renewLead() const;

    Clock m_clock;
    std::chrono::milliseconds m_margin{-1};
    QByteArray m_token;
    QDateTime m_obtained;
    QDateTime m_expires;
    QDateTime m_renewAt;
    QDateTime m_requestStarted;         // lifetimes count from here (conservative)
    mutable QDateTime m_lastUse;        // currentToken() handed the token out
    bool m_inFlight = false;
    int m_tokenRequests = 0;
    quint64 m_generation = 0;
    QList<Waiter> m_waiters;
    QTimer m_renewTimer;
};

} // namespace cdp
