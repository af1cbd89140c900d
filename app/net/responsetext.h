#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <chrono>

// Operator-facing words for HTTP answers: short, redacted excerpts of bodies and durations.
namespace cdp::ResponseText {

inline constexpr int kExcerptMax = 300;

// A one-line, redacted excerpt of at most kExcerptMax characters: the "message"/"error"/
// "error_description"/"detail" fields of a JSON error body, the title and first heading of an
// HTML page (never the page itself), or the collapsed text otherwise. Empty for empty bodies.
QString bodyExcerpt(const QByteArray &body, const QByteArray &contentType,
                    const QJsonDocument &json = QJsonDocument());

bool isHtml(const QByteArray &body, const QByteArray &contentType);

// "3 s", "0.4 s", "2 min 5 s": a wait as a person reads it (rounded up).
QString duration(std::chrono::milliseconds ms);

// The reason phrase of common statuses ("Service Unavailable"), empty when unknown.
QString reasonPhrase(int httpStatus);

} // namespace cdp::ResponseText
