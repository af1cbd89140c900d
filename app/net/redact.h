#pragma once

#include <QString>
#include <QUrl>

namespace cdp::Redact {

// Query parameters and path segments whose values are secrets, replaced by "REDACTED":
// client_secret, access_token, token, password, apikey/api_key (query), key ...
QString url(const QUrl &url);
// Masks e-mail addresses (j***@e***.com) and phone numbers (+38*******67) and any
// "Bearer …", "client_secret=…", "access_token…" fragments inside free text.
QString text(const QString &text);
QString email(const QString &address);
QString phone(const QString &number);

} // namespace cdp::Redact
