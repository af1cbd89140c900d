#include "apierror.h"

#include <QCoreApplication>

namespace cdp {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::BadJson: return QStringLiteral("bad-json");
    case Kind::BadResponse: return QStringLiteral("bad-response");
    case Kind::Config: return QStringLiteral("config");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toDisplayString() const
{
    if (!isError())
        return {};
    QString text;
    if (httpStatus > 0)
        text = QCoreApplication::translate("cdp::ApiError", "HTTP %1 — ").arg(httpStatus);
    text += message;
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}

ApiError ApiError::make(Kind kind, QString message, QString detail, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.message = std::move(message);
    e.detail = std::move(detail);
    e.httpStatus = httpStatus;
    return e;
}

} // namespace cdp
