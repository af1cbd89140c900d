#include "tolerantjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cdp::TolerantJson {

namespace {

constexpr int kMaxRepairs = 32;

// Length of a typographic quote in UTF-8 at `i`, or 0: “ ” „ (double) and ‘ ’ (single).
int typographicQuote(const QByteArray &data, qsizetype i, bool *isDouble = nullptr)
{
    if (i + 2 >= data.size())
        return 0;
    if (static_cast<unsigned char>(data.at(i)) != 0xE2 || static_cast<unsigned char>(data.at(i + 1)) != 0x80)
        return 0;
    const auto third = static_cast<unsigned char>(data.at(i + 2));
    if (third == 0x9C || third == 0x9D || third == 0x9E) {
        if (isDouble)
            *isDouble = true;
        return 3;
    }
    if (third == 0x98 || third == 0x99) {
        if (isDouble)
            *isDouble = false;
        return 3;
    }
    return 0;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// After a quote at `from`: is the next non-blank character structural (or the end)?
bool closesString(const QByteArray &data, qsizetype from)
{
    qsizetype i = from;
    while (i < data.size() && isSpace(data.at(i)))
        ++i;
    if (i >= data.size())
        return true;
    const char c = data.at(i);
    return c == ':' || c == ',' || c == '}' || c == ']';
}

bool isValueStart(char c)
{
    return c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || c == 't'
        || c == 'f' || c == 'n';
}

// Removes closing brackets (and blanks) after the end of the document.
QByteArray stripTrailingClosers(const QByteArray &data, qsizetype from, bool *changed)
{
    *changed = false;
    for (qsizetype i = from; i < data.size(); ++i) {
        const char c = data.at(i);
        if (!isSpace(c) && c != ']' && c != '}')
            return data;
    }
    *changed = from < data.size();
    return data.left(from);
}

// Length of a Unicode blank in UTF-8 at `i` that JSON does not accept as whitespace: no-break
// space U+00A0, U+2000–U+200B, U+202F, U+3000 and a stray U+FEFF; 0 otherwise.
int unicodeBlank(const QByteArray &data, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return k < data.size() ? static_cast<unsigned char>(data.at(k)) : 0u; };
    const unsigned b0 = byte(i);
    if (b0 == 0xC2 && byte(i + 1) == 0xA0)
        return 2;
    if (b0 == 0xE2 && byte(i + 1) == 0x80 && ((byte(i + 2) >= 0x80 && byte(i + 2) <= 0x8B) || byte(i + 2) == 0xAF))
        return 3;
    if (b0 == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80)
        return 3;
    if (b0 == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF)
        return 3;
    return 0;
}

} // namespace

QByteArray normaliseWhitespace(const QByteArray &data, bool *changed)
{
    if (changed)
        *changed = false;
    QByteArray out;
    bool inString = false;
    bool didChange = false;
    for (qsizetype i = 0; i < data.size();) {
        const char c = data.at(i);
        if (inString) {
            if (c == '\\' && i + 1 < data.size()) {
                out += c;
                out += data.at(i + 1);
                i += 2;
                continue;
            }
            inString = c != '"';
            out += c;
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            ++i;
            continue;
        }
        if (const int len = unicodeBlank(data, i)) {
            out += ' ';
            i += len;
            didChange = true;
            continue;
        }
        out += c;
        ++i;
    }
    if (changed)
        *changed = didChange;
    return didChange ? out : data;
}

QString Result::errorString() const
{
    if (ok())
        return {};
    return QCoreApplication::translate("cdp::TolerantJson", "%1 at byte %2")
        .arg(error.errorString())
        .arg(error.offset);
}

QByteArray normaliseQuotes(const QByteArray &data, bool *changed)
{
    if (changed)
        *changed = false;
    if (!data.contains("\xE2\x80"))
        return data;

    QByteArray out;
    out.reserve(data.size());
    bool inString = false;
    bool openedTypographic = false;
    bool didChange = false;
    for (qsizetype i = 0; i < data.size();) {
        const char c = data.at(i);
        bool isDouble = false;
        const int quoteLen = typographicQuote(data, i, &isDouble);
        if (!inString) {
            if (c == '"') {
                inString = true;
                openedTypographic = false;
                out += c;
                ++i;
            } else if (quoteLen > 0) {
                inString = true;
                openedTypographic = true;
                out += '"';
                i += quoteLen;
                didChange = true;
            } else {
                out += c;
                ++i;
            }
            continue;
        }
        // inside a string
        if (c == '\\' && i + 1 < data.size()) {
            out += c;
            out += data.at(i + 1);
            i += 2;
        } else if (c == '"') {
            if (!openedTypographic || closesString(data, i + 1)) {
                inString = false;
                out += c;
            } else {
                out += "\\\"";   // an ASCII quote inside a typographically quoted string
                didChange = true;
            }
            ++i;
        } else if (quoteLen > 0 && (openedTypographic || isDouble) && closesString(data, i + quoteLen)) {
            inString = false;
            out += '"';
            i += quoteLen;
            didChange = true;
        } else if (quoteLen > 0) {
            out += data.mid(i, quoteLen);   // an apostrophe or a quotation inside the text
            i += quoteLen;
        } else {
            out += c;
            ++i;
        }
    }
    if (changed)
        *changed = didChange;
    return didChange ? out : data;
}

qsizetype findMissingComma(const QByteArray &data, qsizetype limit)
{
    // A small JSON scanner: containers on a stack, and whether a value just ended (so the
    // next thing must be ',' or a closer). A value start right after a value is the gap.
    QByteArray stack;
    bool afterValue = false;
    bool expectKey = false;     // inside an object, before a member name
    qsizetype valueEnd = -1;
    const qsizetype end = std::min(limit, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = data.at(i);
        if (isSpace(c))
            continue;
        if (afterValue && isValueStart(c))
            return valueEnd;
        switch (c) {
        case '{':
        case '[':
            stack += c;
            afterValue = false;
            expectKey = (c == '{');
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.chop(1);
            afterValue = true;
            expectKey = false;
            valueEnd = i + 1;
            break;
        case ',':
            afterValue = false;
            expectKey = !stack.isEmpty() && stack.back() == '{';
            break;
        case ':':
            afterValue = false;
            expectKey = false;
            break;
        case '"': {
            qsizetype j = i + 1;
            while (j < data.size() && data.at(j) != '"') {
                if (data.at(j) == '\\')
                    ++j;
                ++j;
            }
            i = j;   // on the closing quote
            if (expectKey) {
                expectKey = false;   // a member name: ':' follows, not a separator
                afterValue = false;
            } else {
                afterValue = true;
                valueEnd = i + 1;
            }
            break;
        }
        default: {
            // number or literal
            qsizetype j = i;
            while (j < data.size() && !isSpace(data.at(j)) && data.at(j) != ',' && data.at(j) != '}'
                   && data.at(j) != ']' && data.at(j) != ':')
                ++j;
            i = j - 1;
            afterValue = true;
            expectKey = false;
            valueEnd = j;
            break;
        }
        }
    }
    return -1;
}

bool looksLikeJson(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return true;
    for (const char c : body) {
        if (isSpace(c))
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

Result parse(const QByteArray &data)
{
    Result result;
    result.document = QJsonDocument::fromJson(data, &result.error);
    if (result.error.error == QJsonParseError::NoError)
        return result;

    const QJsonParseError strictError = result.error;
    QByteArray text = data;
    QStringList repairs;

    if (text.startsWith("\xEF\xBB\xBF")) {
        text.remove(0, 3);
        repairs << u"removed a byte order mark"_s;
    }
    bool changed = false;
    text = normaliseQuotes(text, &changed);
    if (changed)
        repairs << u"replaced typographic quotes"_s;
    text = normaliseWhitespace(text, &changed);
    if (changed)
        repairs << u"replaced non-breaking spaces"_s;

    for (int round = 0; round < kMaxRepairs; ++round) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error == QJsonParseError::NoError) {
            result.document = doc;
            result.error = QJsonParseError{};
            result.repaired = true;
            result.repairs = repairs;
            return result;
        }
        if (error.error == QJsonParseError::UnterminatedObject
            || error.error == QJsonParseError::UnterminatedArray
            || error.error == QJsonParseError::MissingValueSeparator) {
            const qsizetype at = findMissingComma(text, error.offset + 1);
            if (at < 0)
                break;
            text.insert(at, ',');
            repairs << u"inserted a missing comma at byte %1"_s.arg(at);
            continue;
        }
        if (error.error == QJsonParseError::GarbageAtEnd) {
            text = stripTrailingClosers(text, error.offset, &changed);
            if (!changed)
                break;
            repairs << u"removed stray closing brackets at byte %1"_s.arg(error.offset);
            continue;
        }
        break;
    }
    result.document = QJsonDocument();
    result.error = strictError;
    return result;
}

} // namespace cdp::TolerantJson
