#include "httpexchange.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

struct HttpExchange::State
{
    QByteArray method;
    QStringList segments;
    QUrlQuery query;
    HttpHeaders headers;
    QByteArray body;
    QHostAddress remoteAddress;
    QPointer<QTcpSocket> socket;
    bool answered = false;
    int status = 0;
};

HttpExchange::HttpExchange(const QHttpServerRequest &request, QTcpSocket *socket)
    : d(std::make_shared<State>())
{
    d->method = methodName(request.method());
    // Split the still-encoded path so that an encoded '/' inside a segment survives, then decode
    // each segment on its own: user ids may contain '@', '.', '+' and spaces.
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    const QStringList rawSegments = encodedPath.split(u'/', Qt::SkipEmptyParts);
    for (const QString &raw : rawSegments)
        d->segments.append(QUrl::fromPercentEncoding(raw.toUtf8()));
    d->query = request.query();
    d->headers = request.headers();
    d->body = request.body();
    d->remoteAddress = request.remoteAddress();
    d->socket = socket;
}

QByteArray HttpExchange::method() const
{
    return d->method;
}

QStringList HttpExchange::pathSegments() const
{
    return d->segments;
}

QUrlQuery HttpExchange::query() const
{
    return d->query;
}

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : std::as_const(d->headers)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QByteArray HttpExchange::body() const
{
    return d->body;
}

QHostAddress HttpExchange::remoteAddress() const
{
    return d->remoteAddress;
}

bool HttpExchange::isConnected() const
{
    return d->socket && d->socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpExchange::isAnswered() const
{
    return d->answered;
}

int HttpExchange::answeredStatus() const
{
    return d->status;
}

void HttpExchange::respond(int status, const QByteArray &contentType, const QByteArray &body,
                           const HttpHeaders &extraHeaders)
{
    if (d->answered)
        return;
    d->answered = true;
    d->status = status;
    if (!isConnected())
        return;

    const bool closeAfter = header(QByteArrayLiteral("Connection")).compare("close", Qt::CaseInsensitive) == 0;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += closeAfter ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    for (const auto &[name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    d->socket->write(head);
    if (d->method != "HEAD")
        d->socket->write(body);
    if (closeAfter)
        d->socket->disconnectFromHost();
}

void HttpExchange::respondJson(int status, const QJsonObject &body, const HttpHeaders &extraHeaders)
{
    respond(status, QByteArrayLiteral("application/json"),
            QJsonDocument(body).toJson(QJsonDocument::Compact), extraHeaders);
}

void HttpExchange::respondError(int status, const QString &code, const QString &description,
                                const HttpHeaders &extraHeaders)
{
    respondJson(status,
                QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}, {u"status"_s, status}},
                extraHeaders);
}

void HttpExchange::drop()
{
    if (d->answered)
        return;
    d->answered = true;
    d->status = 0;
    if (!d->socket)
        return;
    // Abort on the next turn of the event loop: the HTTP server may still be inside its read
    // handler for this socket when a handler decides to drop it.
    QPointer<QTcpSocket> socket = d->socket;
    QTimer::singleShot(0, socket, [socket] {
        if (socket)
            socket->abort();
    });
}

} // namespace cdp::sandbox
