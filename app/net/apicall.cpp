#include "apicall.h"

#include "apiclient_p.h"
#include "auth/tokenprovider.h"
#include "backoff.h"
#include "logging.h"
#include "oneshotdevice.h"
#include "redact.h"
#include "responsetext.h"
#include "tolerantjson.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace cdp {

namespace {

QString trc(const char *text, int n = -1)
{
    return QCoreApplication::translate("cdp::ApiClient", text, nullptr, n);
}

// Errors of the transport (no usable HTTP answer), as opposed to codes Qt derives from a status.
bool isTransportError(int error)
{
    return (error > 0 && error < 200) || error == QNetworkReply::ContentReSendError
        || error == QNetworkReply::ProtocolFailure || error == QNetworkReply::ProtocolUnknownError;
}

bool isRetriableTransportError(int error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:   // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ContentReSendError:
        return true;
    default:
        return false;
    }
}

bool isRetriableStatus(int status)
{
    return status == 408 || (status >= 500 && status <= 599 && status != 501 && status != 505);
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

// "/rruserprofile/api/v1/REDACTED/userA": the redacted path, for operator messages.
QString redactedPath(const QUrl &url)
{
    QUrl copy = url;
    copy.setQuery(QString());
    copy.setFragment(QString());
    const QUrl redacted(Redact::url(copy));
    const QString path = redacted.path(QUrl::PrettyDecoded);
    return path.isEmpty() ? Redact::url(copy) : path;
}

struct DeleteLater
{
    void operator()(QObject *object) const
    {
        if (object)
            object->deleteLater();
    }
};

} // namespace

ApiCall::ApiCall(ApiClient *client, const ApiRequest &request, ApiReply *reply)
    : QObject(client)
    , m_client(client)
    , d(client->d.get())
    , m_request(request)
    , m_reply(reply)
    , m_auth(request.auth)
    , m_hasAuth(request.auth != nullptr)
    , m_idempotent(request.isIdempotent())
    , m_previousBackoff(0)
{
    m_request.method = m_request.method.trimmed().toUpper();
    if (m_request.method.isEmpty())
        m_request.method = QByteArrayLiteral("GET");
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);   // a coarse timer may fire early: no early sends
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::onWaitElapsed);
    d->calls.insert(this);
    d->alive.insert(this);
    reply->m_abortHook = [self = QPointer<ApiCall>(this)] {
        if (self)
            self->cancel();
    };
}

ApiCall::~ApiCall()
{
    if (m_net) {
        m_net->disconnect(this);
        m_net->abort();
        m_net->deleteLater();
    }
    d->clearWait(this);
    d->calls.remove(this);
    d->alive.remove(this);
}

void ApiCall::start()
{
    if (m_done)
        return;
    m_elapsed.start();
    const QString scheme = m_request.url.scheme().toLower();
    if (!m_request.url.isValid() || m_request.url.host().isEmpty()
        || (scheme != u"http"_s && scheme != u"https"_s)) {
        ApiResponse response;
        response.error = ApiError::make(
            ApiError::Kind::Config,
            trc("The address of this connection is not a valid http(s) URL. Check the base URL in the connection settings."),
            Redact::url(m_request.url));
        finish(std::move(response));
        return;
    }
    beginAttempt();
}

void ApiCall::beginAttempt()
{
    if (m_done)
        return;
    if (m_hasAuth)
        acquireToken();
    else
        reserveSlot();
}

void ApiCall::acquireToken()
{
    if (!m_auth) {
        ApiResponse response;
        response.error = ApiError::make(ApiError::Kind::Config,
                                        trc("The credentials of this connection are no longer available."));
        finish(std::move(response));
        return;
    }
    const QByteArray current = m_auth->currentToken();
    if (!current.isEmpty()) {
        m_token = current;
        reserveSlot();
        return;
    }
    m_auth->requestToken(this, [this](const QByteArray &token, const ApiError &error) {
        if (m_done)
            return;
        if (error.isError() || token.isEmpty()) {
            ApiResponse response;
            response.error = error.isError()
                ? error
                : ApiError::make(ApiError::Kind::Unauthorized, trc("No access token could be obtained."));
            finish(std::move(response));
            return;
        }
        m_token = token;
        reserveSlot();
    });
}

void ApiCall::reserveSlot()
{
    if (m_done)
        return;
    const QString &key = m_request.rateLimitKey;
    const milliseconds now = d->limiter.now();
    const milliseconds delay = d->limiter.reserve(key, now);
    if (delay.count() <= 0) {
        afterSlot();
        return;
    }
    const std::optional<milliseconds> pause = d->limiter.pausedUntil(key, now);
    const WaitKind kind = pause && *pause >= now + delay ? WaitKind::ServerPause : WaitKind::RateLimit;
    waitFor(delay, kind, waitText(kind, delay), &ApiCall::afterSlot);
}

void ApiCall::afterSlot()
{
    if (m_done)
        return;
    // A server's 429 may have paused the key while this call waited: book a new slot.
    if (d->limiter.pausedUntil(m_request.rateLimitKey, d->limiter.now())) {
        reserveSlot();
        return;
    }
    if (m_hasAuth && m_auth) {
        const QByteArray current = m_auth->currentToken();
        if (current.isEmpty() && !m_tokenRefetched) {
            // The token entered its renewal margin during the wait: renew before sending.
            m_tokenRefetched = true;
            acquireToken();
            return;
        }
        if (!current.isEmpty())
            m_token = current;
    }
    sendAttempt();
}

void ApiCall::sendAttempt()
{
    ++m_attempt;
    QNetworkRequest request(m_request.url);
    if (m_request.timeoutMs > 0)
        request.setTransferTimeout(m_request.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    bool hasUserAgent = false;
    for (const auto &header : std::as_const(m_request.headers)) {
        request.setRawHeader(header.first, header.second);
        hasUserAgent = hasUserAgent || header.first.compare("user-agent", Qt::CaseInsensitive) == 0;
    }
    if (!hasUserAgent)
        request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("CDP-Console/0.1"));
    if (!m_request.contentType.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Content-Type"), m_request.contentType);
    if (m_hasAuth && m_auth && !m_token.isEmpty())
        request.setRawHeader(m_auth->headerName(), m_auth->headerValue(m_token));

    QNetworkAccessManager *nam = d->nam;
    const QByteArray &method = m_request.method;
    m_bodySent = 0;
    m_bodySize = 0;
    if (!m_request.bodyFile.isEmpty()) {
        // Streamed from disk, read once per attempt (also for idempotent requests: a retry opens
        // the file again rather than letting Qt buffer the whole body in memory).
        auto *file = new OneShotFileDevice(m_request.bodyFile, this);
        if (!file->open(QIODevice::ReadOnly)) {
            ApiResponse response;
            response.error = ApiError::make(
                ApiError::Kind::Config,
                trc("The file to upload cannot be read. Check that it still exists and is readable."),
                Redact::text(file->errorString()));
            delete file;
            logAttempt(response, ApiError::kindName(response.error.kind), response.error.message);
            finish(std::move(response));
            return;
        }
        m_bodySize = file->size();
        // Progress from the reads: QNetworkReply::uploadProgress is not emitted reliably for a
        // streamed body. A byte read is about to be written to the socket: counting it as sent
        // errs on the safe side (no cancel of data that may have gone out; a lost answer after
        // the last read is confirmed rather than assumed absent).
        file->setReadObserver([this](qint64 read) { noteBodyProgress(read); });
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_bodySize);
        m_upload = file;
        m_net = nam->sendCustomRequest(request, method, m_upload);
    } else if (!m_idempotent) {
        // At most once per attempt: Qt must not re-send the body behind our back.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        m_bodySize = m_request.body.size();
        m_upload = new OneShotDevice(m_request.body, this);
        m_net = nam->sendCustomRequest(request, method, m_upload);
    } else if (method == "HEAD") {
        m_net = nam->head(request);
    } else if (m_request.body.isEmpty() && (method == "GET" || method == "DELETE" || method == "OPTIONS")) {
        m_net = nam->sendCustomRequest(request, method);
    } else {
        m_net = nam->sendCustomRequest(request, method, m_request.body);
    }
    m_attemptStart = QDateTime::currentDateTimeUtc();
    m_attemptTimer.start();
    connect(m_net, &QNetworkReply::finished, this, &ApiCall::onNetworkFinished);
    if (m_upload) {
        connect(m_net, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) { noteBodyProgress(sent); });
    }
    qCDebug(lcNet).noquote() << "attempt" << m_attempt << method << Redact::url(m_request.url);
}

void ApiCall::noteBodyProgress(qint64 sent)
{
    if (sent <= m_bodySent)
        return;
    m_bodySent = std::min(sent, m_bodySize > 0 ? m_bodySize : sent);
    if (m_reply && !m_done)
        Q_EMIT m_reply->uploadProgress(m_bodySent, m_bodySize);
}

void ApiCall::onNetworkFinished()
{
    std::unique_ptr<QNetworkReply, DeleteLater> net(std::exchange(m_net, nullptr));
    if (!net)
        return;
    net->disconnect(this);
    if (m_upload) {
        // uploadProgress may lag behind (or never come for a small body): what the network read
        // from the one-shot body counts as sent, erring on the side of "may have arrived".
        if (const auto *oneShot = dynamic_cast<const OneShotDevice *>(m_upload))
            m_bodySent = std::max(m_bodySent, oneShot->bytesRead());
        m_upload->deleteLater();
        m_upload = nullptr;
    }

    ApiResponse response;
    response.bodySize = m_bodySize;
    response.bodyBytesSent = m_bodySent;
    const QVariant status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.httpStatus = status.isValid() ? status.toInt() : 0;
    if (net->isReadable())
        response.body = net->readAll();
    response.headers = net->rawHeaderPairs();
    const QByteArray contentType = response.header(QByteArrayLiteral("Content-Type"));
    TolerantJson::Result parsed;
    const bool isJson = !response.body.isEmpty() && TolerantJson::looksLikeJson(contentType, response.body);
    if (isJson) {
        parsed = TolerantJson::parse(response.body);
        response.json = parsed.document;
    }

    const int error = net->error();
    if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError)
        response.bodyBytesSent = 0;   // no connection: nothing can have reached the server
    if (isTransportError(error) || response.httpStatus == 0) {
        handleTransportError(error, net->errorString(), std::move(response));
        return;
    }
    handleHttpStatus(std::move(response), contentType, isJson ? &parsed : nullptr);
}

void ApiCall::handleTransportError(int error, const QString &errorString, ApiResponse response)
{
    qCDebug(lcNet).noquote() << "transport error" << error << Redact::text(errorString);
    const QString host = hostOf(m_request.url);
    const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    QString message;
    QString cause;
    if (timedOut) {
        cause = trc("no answer within %1").arg(ResponseText::duration(milliseconds(m_request.timeoutMs)));
        message = trc("The server at %1 did not answer within %2.")
                      .arg(host, ResponseText::duration(milliseconds(m_request.timeoutMs)));
    } else {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            cause = trc("connection refused");
            message = trc("The server at %1 refused the connection. Check the address and that the service is running.").arg(host);
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:   // dropped, and the one-shot body cannot be re-sent
            cause = trc("the connection was dropped");
            message = trc("The server at %1 closed the connection without an answer.").arg(host);
            break;
        case QNetworkReply::HostNotFoundError:
            cause = trc("host not found");
            message = trc("The host name %1 could not be found. Check the address of the connection.").arg(m_request.url.host());
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            cause = trc("secure connection failed");
            message = trc("A secure connection to %1 could not be established.").arg(host);
            break;
        default:
            cause = trc("network error");
            message = trc("The request to %1 failed because of a network problem.").arg(host);
            break;
        }
    }
    QString detail = Redact::text(errorString);
    if (timedOut)
        detail = trc("no data for %1 ms (transfer timeout)").arg(m_request.timeoutMs);
    else if (error == QNetworkReply::ContentReSendError)
        detail = trc("connection closed before the answer; the body was not sent again");
    response.error = ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network, message,
                                    detail, response.httpStatus);
    if (isRetriableTransportError(error)) {
        retryAfterFailure(response, cause, QByteArray());
        return;
    }
    logAttempt(response, ApiError::kindName(response.error.kind), response.error.message);
    finish(std::move(response));
}

void ApiCall::handleHttpStatus(ApiResponse response, const QByteArray &contentType,
                               const TolerantJson::Result *parsed)
{
    const int status = response.httpStatus;
    const QString excerpt = ResponseText::bodyExcerpt(response.body, contentType, response.json);
    const QString reason = ResponseText::reasonPhrase(status);
    const QString statusText = reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;

    if (status >= 200 && status < 300) {
        QString note;
        if (parsed) {
            if (!parsed->ok() && contentType.toLower().contains("json")) {
                response.error = ApiError::make(
                    ApiError::Kind::BadJson,
                    trc("The server's answer is not valid JSON (%1).").arg(parsed->errorString()),
                    excerpt, status);
                logAttempt(response, ApiError::kindName(response.error.kind), response.error.message);
                finish(std::move(response));
                return;
            }
            if (parsed->repaired)
                note = trc("JSON repaired: %1").arg(parsed->repairs.join(u"; "_s));
        }
        logAttempt(response, u"ok"_s, note);
        finish(std::move(response));
        return;
    }

    if (status == 401 && m_hasAuth && m_auth && !m_replayed401) {
        m_replayed401 = true;
        response.error = ApiError::make(ApiError::Kind::Unauthorized, trc("The server rejected the access token."),
                                        excerpt, status);
        logAttempt(response, ApiError::kindName(ApiError::Kind::Unauthorized),
                   trc("token rejected; renewing it once and repeating the request"));
        m_auth->invalidate(m_token);
        m_token.clear();
        beginAttempt();
        return;
    }

    if (status == 429) {
        handleRateLimited(std::move(response));
        return;
    }

    if (isRetriableStatus(status)) {
        response.error = ApiError::make(
            ApiError::Kind::Http,
            trc("The server at %1 had a problem answering (%2). Try again later.").arg(hostOf(m_request.url), statusText),
            excerpt, status);
        retryAfterFailure(response, u"HTTP "_s + statusText, response.header(QByteArrayLiteral("Retry-After")));
        return;
    }

    if (status == 401) {
        response.error = ApiError::make(
            ApiError::Kind::Unauthorized,
            m_hasAuth ? trc("The server rejected the credentials even after a fresh token. Check the client id and secret of this connection.")
                      : trc("The server requires valid credentials. Check the credentials of this connection."),
            excerpt, status);
    } else if (status == 403) {
        response.error = ApiError::make(
            ApiError::Kind::Unauthorized,
            trc("The server refused access: the credentials are not allowed to use %1.").arg(redactedPath(m_request.url)),
            excerpt, status);
    } else if (status == 404) {
        response.error = ApiError::make(ApiError::Kind::NotFound,
                                        trc("Nothing exists at %1.").arg(redactedPath(m_request.url)), excerpt, status);
    } else if (status >= 400 && status < 500) {
        response.error = ApiError::make(ApiError::Kind::Http,
                                        trc("The server rejected the request (%1).").arg(statusText), excerpt, status);
    } else {
        response.error = ApiError::make(ApiError::Kind::Http,
                                        trc("The server gave an unexpected answer (%1).").arg(statusText), excerpt, status);
    }
    logAttempt(response, ApiError::kindName(response.error.kind), response.error.message);
    finish(std::move(response));
}

void ApiCall::retryAfterFailure(const ApiResponse &response, const QString &cause, const QByteArray &retryAfter)
{
    ++m_failures;
    const int maxAttempts = std::max(1, m_request.maxAttempts);
    if (!m_idempotent || m_failures >= maxAttempts) {
        ApiResponse final = response;
        if (!m_idempotent) {
            final.error.message += u' '
                + trc("The request was not repeated automatically because the server may already have processed it.");
        } else if (m_failures > 1) {
            final.error.message += u' ' + trc("Gave up after %n attempts.", m_failures);
        }
        logAttempt(final, ApiError::kindName(final.error.kind), final.error.message);
        finish(std::move(final));
        return;
    }
    milliseconds delay = nextBackoff();
    if (!retryAfter.isEmpty()) {
        if (const auto hinted = Backoff::parseRetryAfter(retryAfter, serverNow(response)))
            delay = std::max(delay, std::min(*hinted, d->maxRetryAfterWait));
    }
    logAttempt(response, ApiError::kindName(response.error.kind),
               trc("%1; retry %2 of %3 in %4")
                   .arg(cause)
                   .arg(m_failures + 1)
                   .arg(maxAttempts)
                   .arg(ResponseText::duration(delay)));
    waitFor(delay, WaitKind::Backoff, waitText(WaitKind::Backoff, delay, cause), &ApiCall::beginAttempt);
}

void ApiCall::handleRateLimited(ApiResponse response)
{
    ++m_rateLimited;
    const std::optional<milliseconds> hinted =
        Backoff::parseRetryAfter(response.header(QByteArrayLiteral("Retry-After")), serverNow(response));
    const milliseconds delay = hinted ? *hinted : nextBackoff();
    const QString &key = m_request.rateLimitKey;
    const milliseconds now = d->limiter.now();
    if (!key.isEmpty())
        d->limiter.pauseUntil(key, now + delay);   // holds back every request of this key

    const QString excerpt = ResponseText::bodyExcerpt(response.body, response.header(QByteArrayLiteral("Content-Type")), response.json);
    if (delay > d->maxRetryAfterWait || m_rateLimited > d->maxRateLimitRetries) {
        response.error = ApiError::make(
            ApiError::Kind::RateLimited,
            delay > d->maxRetryAfterWait
                ? trc("The server's rate limit is exhausted and it asks to wait %1; try again later.").arg(ResponseText::duration(delay))
                : trc("The server's rate limit stayed exhausted after %n waits; try again later.", m_rateLimited - 1),
            excerpt, response.httpStatus);
        logAttempt(response, ApiError::kindName(response.error.kind), response.error.message);
        finish(std::move(response));
        return;
    }
    response.error = ApiError::make(ApiError::Kind::RateLimited, trc("Too many requests."), excerpt, response.httpStatus);
    logAttempt(response, ApiError::kindName(ApiError::Kind::RateLimited),
               trc("HTTP 429; waiting %1 (%2)")
                   .arg(ResponseText::duration(delay), hinted ? trc("Retry-After") : trc("back-off")));
    if (key.isEmpty())
        waitFor(delay, WaitKind::ServerPause, waitText(WaitKind::ServerPause, delay), &ApiCall::beginAttempt);
    else
        beginAttempt();   // the limiter now holds the call until the pause ends
}

void ApiCall::waitFor(milliseconds delay, WaitKind kind, const QString &text, Step next)
{
    m_afterWait = next;
    m_waiting = true;
    const QString group = kind == WaitKind::Backoff
        ? u"2-backoff:"_s + m_request.url.host()
        : (kind == WaitKind::ServerPause ? u"0-pause:"_s : u"1-limit:"_s) + m_request.rateLimitKey;
    d->setWait(this, ApiClient::Private::Wait{group, text, d->limiter.now() + delay});
    if (m_reply)
        Q_EMIT m_reply->waiting(text, delay.count());
    qCDebug(lcNet).noquote() << Redact::text(text);
    m_timer.start(static_cast<int>(std::clamp<qint64>(delay.count(), 0, std::numeric_limits<int>::max())));
}

void ApiCall::onWaitElapsed()
{
    const Step next = std::exchange(m_afterWait, nullptr);
    endWait();
    if (next && !m_done)
        (this->*next)();
}

void ApiCall::endWait()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    d->clearWait(this);
    if (m_reply && !m_done)
        Q_EMIT m_reply->waiting(QString(), 0);
}

void ApiCall::cancel()
{
    if (m_done)
        return;
    m_timer.stop();
    m_afterWait = nullptr;
    endWait();
    ApiResponse response;
    response.error = ApiError::make(ApiError::Kind::Cancelled, trc("The request was cancelled."));
    response.bodySize = m_bodySize;
    response.bodyBytesSent = m_bodySent;
    if (m_net) {
        QNetworkReply *net = std::exchange(m_net, nullptr);
        net->disconnect(this);
        net->abort();
        net->deleteLater();
        logAttempt(response, ApiError::kindName(ApiError::Kind::Cancelled), response.error.message);
    }
    finish(std::move(response));
}

void ApiCall::logAttempt(const ApiResponse &response, const QString &outcome, const QString &message)
{
    RequestLogEntry entry;
    entry.time = m_attemptStart.isValid() ? m_attemptStart : QDateTime::currentDateTimeUtc();
    entry.connection = m_request.connectionName;
    entry.method = m_request.method;
    entry.url = Redact::url(m_request.url);
    entry.httpStatus = response.httpStatus;
    entry.durationMs = m_attemptTimer.isValid() ? m_attemptTimer.elapsed() : 0;
    entry.attempt = std::max(1, m_attempt);
    entry.bytesReceived = response.body.size();
    entry.outcome = Redact::text(outcome);
    entry.message = Redact::text(message);
    qCDebug(lcNet).noquote() << entry.method << entry.url << entry.httpStatus << entry.outcome
                             << entry.durationMs << "ms" << entry.message;
    Q_EMIT m_client->requestLogged(entry);
}

void ApiCall::finish(ApiResponse response)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_afterWait = nullptr;
    endWait();
    response.attempts = m_attempt;
    response.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (response.error.isError() && response.error.kind != ApiError::Kind::Cancelled) {
        qCInfo(lcNet).noquote() << m_request.method << Redact::url(m_request.url) << "failed:"
                                << Redact::text(response.error.toDisplayString());
    }
    d->calls.remove(this);
    if (m_reply)
        m_reply->finish(std::move(response));
    deleteLater();
}

milliseconds ApiCall::nextBackoff()
{
    m_previousBackoff = Backoff::decorrelatedJitter(m_previousBackoff, d->backoffBase, d->backoffCap, d->random);
    return m_previousBackoff;
}

QDateTime ApiCall::serverNow(const ApiResponse &response) const
{
    // Retry-After dates are the server's clock: compare them with its Date header.
    const QDateTime date = Backoff::parseHttpDate(response.header(QByteArrayLiteral("Date")));
    return date.isValid() ? date : QDateTime::currentDateTimeUtc();
}

QString ApiCall::waitText(WaitKind kind, milliseconds delay, const QString &cause) const
{
    const QString when = ResponseText::duration(delay);
    const QString &key = m_request.rateLimitKey;
    switch (kind) {
    case WaitKind::RateLimit: {
        const std::optional<RateLimiter::Limit> limit = d->limiter.limit(key);
        QString rate;
        if (!limit)
            rate = trc("the rate limit");
        else if (limit->window == std::chrono::minutes(1))
            rate = trc("rate limit of %1 requests/min").arg(limit->requests);
        else if (limit->window == std::chrono::seconds(1))
            rate = trc("rate limit of %1 requests/s").arg(limit->requests);
        else
            rate = trc("rate limit of %1 requests per %2").arg(limit->requests).arg(ResponseText::duration(limit->window));
        return trc("Waiting %1: %2 for API key %3").arg(when, rate, Redact::keyHint(key));
    }
    case WaitKind::ServerPause:
        if (key.isEmpty())
            return trc("Waiting %1: the server asked to slow down (HTTP 429)").arg(when);
        return trc("Waiting %1: the server's rate limit was reached (HTTP 429) for API key %2")
            .arg(when, Redact::keyHint(key));
    case WaitKind::Backoff:
        return trc("Waiting %1 before retry %2 of %3: %4")
            .arg(when)
            .arg(m_failures + 1)
            .arg(std::max(1, m_request.maxAttempts))
            .arg(cause);
    }
    return {};
}

} // namespace cdp
