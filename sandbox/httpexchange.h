#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QTcpSocket;
QT_END_NAMESPACE

namespace cdp::sandbox {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request and the means to answer it exactly once. A copyable handle: the request data
// is copied out of the (non-copyable) QHttpServerRequest, so an answer may be sent later (added
// latency) as long as the connection is still open. Answers are written straight to the socket as
// HTTP/1.1 with Content-Length and keep-alive, which also allows dropping a connection unanswered.
class HttpExchange
{
public:
    HttpExchange(const QHttpServerRequest &request, QTcpSocket *socket);

    QByteArray method() const;                 // "GET", "POST", ...
    QStringList pathSegments() const;          // percent-decoded, empty segments removed
    QUrlQuery query() const;
    QByteArray header(const QByteArray &name) const;   // case-insensitive, trimmed
    QByteArray body() const;
    QHostAddress remoteAddress() const;

    bool isConnected() const;                  // the client is still there
    bool isAnswered() const;

    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const HttpHeaders &extraHeaders = {});
    void respondJson(int status, const QJsonObject &body, const HttpHeaders &extraHeaders = {});
    // {"error": code, "error_description": description, "status": status}
    void respondError(int status, const QString &code, const QString &description,
                      const HttpHeaders &extraHeaders = {});
    void drop();                               // abort the connection without an answer

    int answeredStatus() const;                // 0 while unanswered or when dropped

private:
    struct State;
    std::shared_ptr<State> d;
};

} // namespace cdp::sandbox
