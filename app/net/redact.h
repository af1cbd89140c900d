#pragma once

#include <QString>
#include <QUrl>

namespace cdp::Redact {

// Query parameters and path segments whose values are secrets, replaced by "REDACTED":
// client_secret, access_token, token, password, apikey/api_key (query), key ...
// E-mail addresses and phone numbers are masked wherever they appear (path segments are user
// ids!), and so is every value registered with addSecret().
QString url(const QUrl &url);
// Masks e-mail addresses (j***@e***.com) and phone numbers (+38*******67) and any
// "Bearer …", "client_secret=…", "access_token…" fragments inside free text.
QString text(const QString &text);
QString email(const QString &address);
QString phone(const QString &number);

// --- additions beyond the first contract ---

// True when a query parameter or field of this name carries a secret (case-insensitive).
bool isSecretName(const QString &name);
// A short, non-revealing hint of a key for status texts: "5193…" (first 4 characters of
// keys of 12+ characters), "***" for shorter ones.
QString keyHint(const QString &key);
// Values (API keys, client ids used as path segments ...) that url() and text() must replace by
// "REDACTED" wherever they appear. Values shorter than 6 characters are ignored (too likely
// to match ordinary text). Thread-safe.
void addSecret(const QString &value);
void removeSecret(const QString &value);

} // namespace cdp::Redact
