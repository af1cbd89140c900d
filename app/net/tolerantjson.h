#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

// JSON as the vendors' documents and servers really write it. Strict QJsonDocument first; only
// when that fails, a bounded number of repairs of the known defects (VENDOR_NOTES):
//  - typographic quotes “ ” ‘ ’ „ used as JSON quotes (outside strings; kept inside strings),
//  - a missing comma between two members or array elements (seed 002's token response),
//  - no-break and other Unicode spaces as indentation (seed 002's profile sample),
//  - stray closing brackets after the document (seed 003's `]}`),
//  - a UTF-8 byte order mark.
namespace cdp::TolerantJson {

struct Result
{
    QJsonDocument document;     // null when even the repaired text did not parse
    QJsonParseError error{};    // of the strict parse when it failed unrepaired, else NoError
    bool repaired = false;      // true when a repair was needed to parse
    QStringList repairs;        // what was repaired, e.g. "inserted a missing comma at byte 26"

    bool ok() const { return !document.isNull(); }
    QString errorString() const;  // "missing value separator at byte 12" (empty when ok)
};

Result parse(const QByteArray &data);

// The individual repairs, public for tests. Each returns the input unchanged when it does not
// apply and sets *changed accordingly.
QByteArray normaliseQuotes(const QByteArray &data, bool *changed = nullptr);
QByteArray normaliseWhitespace(const QByteArray &data, bool *changed = nullptr);
// Byte offset where a comma is missing between two values, before `limit`; -1 when none.
qsizetype findMissingComma(const QByteArray &data, qsizetype limit);

// True when a body should be parsed as JSON: the content type says so (application/json,
// application/problem+json, text/json …) or the body starts with '{' or '['.
bool looksLikeJson(const QByteArray &contentType, const QByteArray &body);

} // namespace cdp::TolerantJson
