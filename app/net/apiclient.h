#pragma once

#include "apierror.h"
#include "requestlogentry.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cdp {

class TokenProvider;
class RateLimiter;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;                 // extra headers; their values are never logged
    QByteArray body;
    // When set, the body is streamed from this file instead of `body` (which must be empty): opened
    // for each attempt, read sequentially in small chunks (never held in memory), and never
    // rewindable, so Qt cannot re-send it behind our back (OneShotFileDevice). A file that cannot
    // be read ends the call with ApiError::Kind::Config naming it. ApiReply::uploadProgress reports.
    QString bodyFile;
    QByteArray contentType;             // "application/json", "application/x-www-form-urlencoded" ...
    std::optional<bool> idempotent;     // default: true for GET/HEAD/PUT/DELETE/OPTIONS
    int timeoutMs = 30000;              // transfer timeout per attempt
    int maxAttempts = 4;                // network errors/5xx retried only when idempotent; 429 always
    QString rateLimitKey;               // requests with the same key share one client-side limiter
    TokenProvider *auth = nullptr;      // adds credentials; on 401 renews once and replays
    QString connectionName;             // shown in the request log

    bool isIdempotent() const;
};

struct ApiResponse
{
    ApiError error;                     // Kind::None on success (2xx)
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json;                 // the body parsed tolerantly when it is JSON, else null
    HeaderList headers;
    int attempts = 0;
    qint64 elapsedMs = 0;
    // Request body of the last attempt: bytes handed to the network and the body's size. For a
    // non-idempotent request that failed without an answer, bodyBytesSent == bodySize > 0 means
    // the server may have received the whole body (find out before sending it again).
    qint64 bodyBytesSent = 0;
    qint64 bodySize = 0;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const;  // case-insensitive
};

// One call in flight. Emits finished() exactly once (success, error or abort), then deletes
// itself with deleteLater(); connect with a context object.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;
    const ApiResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    void abort();                       // ends the call with ApiError::Kind::Cancelled

Q_SIGNALS:
    void finished();
    // The call is waiting before its next attempt: rate limiter, Retry-After or back-off.
    // Emitted again with an empty reason and 0 ms when that wait ends.
    void waiting(const QString &reason, qint64 ms);
    // Request body bytes handed to the network during the current attempt (bodyFile or body).
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);

private:
    friend class ApiClient;
    friend class ApiCall;
    explicit ApiReply(QObject *parent = nullptr);
    void finish(ApiResponse response);  // guarded: the second call is ignored

    ApiResponse m_response;
    bool m_finished = false;
    std::function<void()> m_abortHook;
};

// The one HTTP client of a thread: one QNetworkAccessManager, JSON, timeouts, typed errors,
// retries with exponential back-off and jitter, 429 + Retry-After, client-side rate limiting,
// credentials from a TokenProvider and a redacted log of every attempt.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    ApiReply *send(const ApiRequest &request);
    // Convenience: callback runs exactly once, only while context is alive.
    void send(const ApiRequest &request, QObject *context,
              std::function<void(const ApiResponse &)> callback);

    // Client-side limit for requests sharing rateLimitKey (default for unknown keys: none).
    // The limiter keeps a small safety margin (100 ms + 2 % of the window) on top of the window,
    // so that network and timer jitter never push a request into the server's previous window.
    // requests <= 0 removes the limit.
    void setRateLimit(const QString &key, int requests,
                      std::chrono::milliseconds window = std::chrono::minutes(1));
    RateLimiter &rateLimiter();

    // Back-off base and cap (tests shorten them). Jitter is always applied (decorrelated).
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
    std::chrono::milliseconds backoffBase() const;
    std::chrono::milliseconds backoffCap() const;
    // Uniform random numbers in [0, 1) for the jitter; empty = QRandomGenerator (tests inject).
    void setRandomSource(std::function<double()> random);

    // A 429 (or 503) whose Retry-After asks for a longer wait than this ends the call with
    // ApiError::RateLimited instead of waiting (default 2 min). The key stays paused.
    void setMaxRetryAfterWait(std::chrono::milliseconds limit);
    std::chrono::milliseconds maxRetryAfterWait() const;
    // How many 429 answers one call sits out before it gives up (default 8; separate from
    // ApiRequest::maxAttempts, which counts network errors and 5xx).
    void setMaxRateLimitRetries(int retries);
    int maxRateLimitRetries() const;

    QNetworkAccessManager *networkAccessManager() const;

    // Human text of the current waits ("Waiting 3 s: rate limit of …"); empty when none.
    QString waitStatus() const;
    int activeCallCount() const;        // calls started and not yet finished

Q_SIGNALS:
    void requestLogged(const cdp::RequestLogEntry &entry);   // one per attempt
    void waitStatusChanged(const QString &status);

private:
    friend class ApiCall;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cdp
