#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace cdp::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP exchange as a contract test sees it: status, body, headers, time taken.
struct HttpResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;   // case-insensitive; empty when absent
    QJsonObject json(bool *valid = nullptr) const;     // *valid: the body is a JSON object
    QJsonObject data() const;                          // json()["data"] (RCDP's wrapper)
    QString message() const;                           // json()["message"]
};

// Synchronous HTTP for the sandbox's contract tests over a real socket: one
// QNetworkAccessManager, every call waits (spinning the event loop) for its reply or the timeout
// (then error = TimeoutError). Raw headers are sent exactly as given.
class HttpClient
{
public:
    explicit HttpClient(int timeoutMs = 30000) : m_timeoutMs(timeoutMs) {}

    HttpResult get(const QUrl &url, const RawHeaders &headers = {});
    HttpResult post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                    const RawHeaders &headers = {});
    // Waits for a reply sent through manager() and reads it (the reply is deleted later).
    HttpResult finish(QNetworkReply *reply);
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
    int m_timeoutMs;
};

} // namespace cdp::test
