#include "apiclient.h"

#include "apicall.h"
#include "apiclient_p.h"
#include "ratelimiter.h"

#include <QMetaObject>
#include <QNetworkAccessManager>

#include <algorithm>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace cdp {

bool ApiRequest::isIdempotent() const
{
    if (idempotent.has_value())
        return *idempotent;
    const QByteArray m = method.trimmed().toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS" || m == "TRACE";
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

// --- ApiReply ---

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{
}

ApiReply::~ApiReply()
{
    if (!m_finished) {
        // Destroyed while running: stop the call quietly (nobody is left to tell).
        m_finished = true;
        if (auto hook = std::exchange(m_abortHook, nullptr))
            hook();
    }
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    if (auto hook = std::exchange(m_abortHook, nullptr)) {
        hook();
    }
    if (!m_finished) {
        ApiResponse response;
        response.error = ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled."));
        finish(std::move(response));
    }
}

void ApiReply::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abortHook = nullptr;
    m_response = std::move(response);
    Q_EMIT finished();
    deleteLater();
}

// --- ApiClient::Private ---

ApiClient::Private::Private(ApiClient *client)
    : q(client)
{
}

void ApiClient::Private::setWait(const ApiCall *call, Wait wait)
{
    waits.insert(call, std::move(wait));
    scheduleStatusUpdate();
}

void ApiClient::Private::clearWait(const ApiCall *call)
{
    if (waits.remove(call) > 0)
        scheduleStatusUpdate();
}

QString ApiClient::Private::composeStatus() const
{
    // One text per group (a key's rate limit, a host's back-off): the wait that ends last.
    QMap<QString, Wait> byGroup;
    for (const Wait &wait : waits) {
        const auto it = byGroup.find(wait.group);
        if (it == byGroup.end() || it->until < wait.until)
            byGroup.insert(wait.group, wait);
    }
    QStringList texts;
    for (const Wait &wait : std::as_const(byGroup))
        texts << wait.text;
    return texts.join(u"; "_s);
}

void ApiClient::Private::scheduleStatusUpdate()
{
    // Coalesced: a wait that ends and the next that starts in the same turn emit once.
    if (statusUpdateQueued)
        return;
    statusUpdateQueued = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            statusUpdateQueued = false;
            const QString status = composeStatus();
            if (status != lastStatus) {
                lastStatus = status;
                Q_EMIT q->waitStatusChanged(status);
            }
        },
        Qt::QueuedConnection);
}

// --- ApiClient ---

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    qRegisterMetaType<cdp::RequestLogEntry>();
    qRegisterMetaType<cdp::ApiError>();
    d->nam = new QNetworkAccessManager(this);
}

ApiClient::~ApiClient()
{
    // Every call still running ends now (Cancelled), before the state it uses goes away.
    d->destroying = true;
    const QSet<ApiCall *> running = d->calls;
    for (ApiCall *call : running)
        call->cancel();
    const QSet<ApiCall *> remaining = d->alive;
    qDeleteAll(remaining);
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply();
    if (d->destroying) {
        // Sent from a finished() handler while the client goes away: ends once, later.
        QMetaObject::invokeMethod(
            reply,
            [reply] {
                ApiResponse response;
                response.error = ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled."));
                reply->finish(std::move(response));
            },
            Qt::QueuedConnection);
        return reply;
    }
    auto *call = new ApiCall(this, request, reply);
    // Started from the event loop: finished() never fires before the caller could connect.
    QMetaObject::invokeMethod(call, [call] { call->start(); }, Qt::QueuedConnection);
    return reply;
}

void ApiClient::send(const ApiRequest &request, QObject *context, std::function<void(const ApiResponse &)> callback)
{
    ApiReply *reply = send(request);
    connect(reply, &ApiReply::finished, context ? context : reply,
            [reply, callback = std::move(callback)] {
                if (callback)
                    callback(reply->response());
            });
}

void ApiClient::setRateLimit(const QString &key, int requests, milliseconds window)
{
    const milliseconds margin = milliseconds(100) + window / 50;
    d->limiter.setLimit(key, requests, window, margin);
}

RateLimiter &ApiClient::rateLimiter()
{
    return d->limiter;
}

void ApiClient::setBackoff(milliseconds base, milliseconds cap)
{
    d->backoffBase = std::max(milliseconds(1), base);
    d->backoffCap = std::max(d->backoffBase, cap);
}

milliseconds ApiClient::backoffBase() const
{
    return d->backoffBase;
}

milliseconds ApiClient::backoffCap() const
{
    return d->backoffCap;
}

void ApiClient::setRandomSource(std::function<double()> random)
{
    d->random = std::move(random);
}

void ApiClient::setMaxRetryAfterWait(milliseconds limit)
{
    d->maxRetryAfterWait = std::max(milliseconds(0), limit);
}

milliseconds ApiClient::maxRetryAfterWait() const
{
    return d->maxRetryAfterWait;
}

void ApiClient::setMaxRateLimitRetries(int retries)
{
    d->maxRateLimitRetries = std::max(0, retries);
}

int ApiClient::maxRateLimitRetries() const
{
    return d->maxRateLimitRetries;
}

QNetworkAccessManager *ApiClient::networkAccessManager() const
{
    return d->nam;
}

QString ApiClient::waitStatus() const
{
    return d->composeStatus();
}

int ApiClient::activeCallCount() const
{
    return static_cast<int>(d->calls.size());
}

} // namespace cdp
