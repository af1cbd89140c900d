#pragma once

// Internal to the net room: one ApiClient call from start to its single end.

#include "apiclient.h"
#include "tolerantjson.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace cdp {


// Drives one request: token → client-side rate limit → attempt → classify → retry, replay or
// finish. Lives in the ApiClient's thread as its child; deletes itself after finishing.
class ApiCall : public QObject
{
public:
    ApiCall(ApiClient *client, const ApiRequest &request, ApiReply *reply);
    ~ApiCall() override;

    void start();
    void cancel();   // ends the call with ApiError::Cancelled (no-op once finished)

private:
    enum class WaitKind { RateLimit, ServerPause, Backoff };
    using Step = void (ApiCall::*)();

    void beginAttempt();
    void acquireToken();
    void reserveSlot();
    void afterSlot();
    void sendAttempt();
    void onNetworkFinished();
    void noteBodyProgress(qint64 sent);

    void handleTransportError(int networkError, const QString &errorString, ApiResponse response);
    void handleHttpStatus(ApiResponse response, const QByteArray &contentType,
                          const TolerantJson::Result *parsed);
    void retryAfterFailure(const ApiResponse &response, const QString &cause, const QByteArray &retryAfter);
    void handleRateLimited(ApiResponse response);

    void waitFor(std::chrono::milliseconds delay, WaitKind kind, const QString &text, Step next);
    void onWaitElapsed();
    void endWait();

    void logAttempt(const ApiResponse &response, const QString &outcome, const QString &message);
    void finish(ApiResponse response);
    std::chrono::milliseconds nextBackoff();
    QDateTime serverNow(const ApiResponse &response) const;
    QString waitText(WaitKind kind, std::chrono::milliseconds delay, const QString &cause = {}) const;

    ApiClient *m_client;
    ApiClient::Private *d;
    ApiRequest m_request;
    QPointer<ApiReply> m_reply;
    QPointer<TokenProvider> m_auth;
    bool m_hasAuth = false;
    bool m_idempotent = true;

    QNetworkReply *m_net = nullptr;
    QIODevice *m_upload = nullptr;      // the one-shot body of the current attempt
    qint64 m_bodySent = 0;              // of the current attempt
    qint64 m_bodySize = 0;
    QTimer m_timer;
    Step m_afterWait = nullptr;
    bool m_waiting = false;

    QByteArray m_token;
    bool m_tokenRefetched = false;
    bool m_replayed401 = false;
    int m_attempt = 0;          // attempts sent (for the log and ApiResponse::attempts)
    int m_failures = 0;         // network errors, timeouts and 5xx (against maxAttempts)
    int m_rateLimited = 0;      // 429 answers sat out
    std::chrono::milliseconds m_previousBackoff{0};
    bool m_done = false;

    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptTimer;
    QDateTime m_attemptStart;
};

} // namespace cdp
