#pragma once

// Internal to app/events: a small JSON writer that keeps numbers exactly as typed, JSON error
// wording with line/column, and exact decimal arithmetic for the items total.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cdp::EventJson {

// Appends `text` as a JSON string literal (quotes included), UTF-8, as QJsonDocument escapes it.
void appendString(QByteArray *out, const QString &text);

// Normalises decimal text for JSON ("007.50" → "7.50", "-0" stays); empty when not a decimal.
QByteArray jsonNumber(const QString &decimal);

// Writes one object; empty values are left out. Number fields that are not decimals are written
// as strings (validation reports them).
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray *out);
    void string(const char *key, const QString &value);
    void number(const char *key, const QString &value);
    void close();

private:
    void key(const char *key);
    QByteArray *m_out;
    bool m_first = true;
};

// Where the first complete JSON value in `text` ends (index just after it, skipping nothing
// after it), by bracket matching outside strings; nullopt when the value never closes.
std::optional<qsizetype> endOfFirstValue(const QString &text);

// "line 3, column 14" for a character offset into `text`.
QString position(const QString &text, qsizetype offset);

// Why `text` is not valid JSON of the wanted shape, as the end of a sentence "… is <this>": "not
// valid JSON: unexpected “]}” after the end of the object at line 1, column 88; …", typographic
// quotes, or Qt's error with the position. Empty when it parses. `wantObject`/`wantArray` restrict the top-level shape (both
// false: any).
QString jsonProblem(const QString &text, bool wantObject, bool wantArray);

// Exact decimals at 10^-9 (no binary floating point). nullopt for non-decimals or more than 12
// integer digits / 9 decimals.
__extension__ using Int128 = __int128;
struct Decimal
{
    Int128 units = 0;   // value × 10^9
};
std::optional<Decimal> parseDecimal(const QString &text);
std::optional<Decimal> multiply(Decimal a, Decimal b);   // rounded half away from zero to 10^-9; nullopt beyond 10^9 each
QString formatDecimal(Decimal value);     // shortest exact text: "258", "258.5"

} // namespace cdp::EventJson

namespace cdp {
struct EventDraft;
struct EventParam;
// The parameters the body carries: the draft's params without empty values, `items`/`products`
// generated from the items table at the position of a parameter of that name (or appended).
QList<EventParam> effectiveParams(const EventDraft &draft);
} // namespace cdp
