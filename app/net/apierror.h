#pragma once

#include <QMetaType>
#include <QString>

namespace cdp {

// An error as a value: what went wrong, in words an operator can act on, plus technical detail.
// Every asynchronous call in the project ends exactly once with either a result or an ApiError.
struct ApiError
{
    enum class Kind {
        None,        // no error
        Network,     // connection refused/reset, DNS, TLS ... (Qt's error string in detail)
        Timeout,     // no complete answer within the transfer timeout
        Http,        // a non-2xx status other than those below; httpStatus + body excerpt
        Unauthorized,// 401/403 after the one allowed token renewal
        NotFound,    // 404
        RateLimited, // 429 still returned after the allowed retries
        BadJson,     // the body is not the JSON we expected (with the parser's offset)
        BadResponse, // well-formed JSON with missing/ill-typed fields
        Config,      // the connection is incomplete (no base URL, no secret ...)
        Cancelled,   // the caller aborted
    };

    Kind kind = Kind::None;
    int httpStatus = 0;   // 0 when no HTTP status was received
    QString message;      // one sentence for the operator: what happened and what to do
    QString detail;       // technical detail (redacted: never a secret, e-mail or phone)

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // "HTTP 404 — No profile exists for this user id. (detail)" style text for status bars/dialogs.
    QString toDisplayString() const;
    static QString kindName(Kind kind);

    static ApiError make(Kind kind, QString message, QString detail = {}, int httpStatus = 0);
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::ApiError)
