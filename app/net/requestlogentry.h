#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace cdp {

// One HTTP attempt as the request log keeps it. Every text field is already redacted:
// no secret, token, e-mail address or phone number may reach this struct in clear.
struct RequestLogEntry
{
    qint64 id = 0;             // store row id (0 until stored)
    QDateTime time;            // UTC, when the attempt started
    QString connection;        // connection name, e.g. "Sandbox"
    QByteArray method;         // GET, POST ...
    QString url;               // Redact::url() of the request URL
    int httpStatus = 0;        // 0 when no status arrived
    qint64 durationMs = 0;
    int attempt = 1;           // 1 for the first try, 2.. for retries/replays
    qint64 bytesReceived = 0;
    QString outcome;           // "ok", or ApiError::kindName(); Redact::text() applied
    QString message;           // short redacted text (error message, "retry in 2 s" ...)
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::RequestLogEntry)
