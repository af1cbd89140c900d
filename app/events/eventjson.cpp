#include "eventjson_p.h"

#include "eventcomposer.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace cdp::EventJson {

void appendString(QByteArray *out, const QString &text)
{
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\b': out->append("\\b"); break;
        case '\f': out->append("\\f"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        default:
            if (u < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(u));
                out->append(buffer);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

QByteArray jsonNumber(const QString &decimal)
{
    const QString text = decimal.trimmed();
    if (!EventComposer::isDecimal(text))
        return {};
    QByteArray bytes = text.toLatin1();
    const bool negative = bytes.startsWith('-');
    if (negative)
        bytes.remove(0, 1);
    qsizetype zeros = 0;
    while (zeros + 1 < bytes.size() && bytes.at(zeros) == '0' && bytes.at(zeros + 1) != '.')
        ++zeros;
    bytes.remove(0, zeros);
    return negative ? '-' + bytes : bytes;
}

ObjectWriter::ObjectWriter(QByteArray *out)
    : m_out(out)
{
    m_out->append('{');
}

void ObjectWriter::key(const char *key)
{
    if (!m_first)
        m_out->append(',');
    m_first = false;
    m_out->append('"').append(key).append("\":");
}

void ObjectWriter::string(const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    key(name);
    appendString(m_out, value);
}

void ObjectWriter::number(const char *name, const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return;
    key(name);
    const QByteArray number = jsonNumber(text);
    if (number.isEmpty())
        appendString(m_out, value);
    else
        m_out->append(number);
}

void ObjectWriter::close()
{
    m_out->append('}');
}

std::optional<qsizetype> endOfFirstValue(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i >= text.size())
        return std::nullopt;
    const QChar first = text.at(i);
    if (first != u'{' && first != u'[') {
        // A scalar: a string or a bare word/number up to the next delimiter.
        if (first == u'"') {
            for (qsizetype j = i + 1; j < text.size(); ++j) {
                if (text.at(j) == u'\\')
                    ++j;
                else if (text.at(j) == u'"')
                    return j + 1;
            }
            return std::nullopt;
        }
        qsizetype j = i;
        while (j < text.size() && !text.at(j).isSpace() && text.at(j) != u',' && text.at(j) != u']' && text.at(j) != u'}')
            ++j;
        return j;
    }
    int depth = 0;
    bool inString = false;
    for (qsizetype j = i; j < text.size(); ++j) {
        const QChar c = text.at(j);
        if (inString) {
            if (c == u'\\')
                ++j;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return j + 1;
        }
    }
    return std::nullopt;
}

QString position(const QString &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == u'\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return EventComposer::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

QString jsonProblem(const QString &text, bool wantObject, bool wantArray)
{
    if (text.trimmed().isEmpty())
        return EventComposer::tr("empty; JSON was expected.");
    for (const QChar quote : {QChar(0x201C), QChar(0x201D), QChar(0x2018), QChar(0x2019), QChar(0x201E)}) {
        const qsizetype at = text.indexOf(quote);
        if (at >= 0) {
            QJsonParseError probe{};
            QJsonDocument::fromJson(text.toUtf8(), &probe);
            if (probe.error != QJsonParseError::NoError)
                return EventComposer::tr("not valid JSON: it contains the typographic quote “%1” at %2; "
                                         "use straight quotes (\").")
                    .arg(quote)
                    .arg(position(text, at));
        }
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // Extra characters after a complete value: name them (seed 003's productViewed "…]}").
        const std::optional<qsizetype> end = endOfFirstValue(text);
        if (end && *end < text.size()) {
            QString before = text.left(*end);
            QString trailing = text.mid(*end).trimmed();
            const QJsonDocument head = QJsonDocument::fromJson(before.toUtf8());
            if (!head.isNull() && !trailing.isEmpty()) {
                if (trailing.size() > 20)
                    trailing = trailing.left(20) + u'…';
                const QString what = head.isObject() ? EventComposer::tr("object") : EventComposer::tr("array");
                return EventComposer::tr("not valid JSON: unexpected “%1” after the end of the %2 at %3; "
                                         "remove the extra characters.")
                    .arg(trailing, what, position(text, *end));
            }
        }
        // Qt's offsets count UTF-8 bytes; map to characters.
        const qsizetype charOffset = QString::fromUtf8(text.toUtf8().left(error.offset)).size();
        return EventComposer::tr("not valid JSON (%1 at %2).").arg(error.errorString(), position(text, charOffset));
    }
    if (wantObject && !doc.isObject())
        return EventComposer::tr("not a JSON object ({…}).");
    if (wantArray && !doc.isArray())
        return EventComposer::tr("not a JSON array ([…]).");
    return {};
}

std::optional<Decimal> parseDecimal(const QString &input)
{
    const QString text = input.trimmed();
    if (!EventComposer::isDecimal(text))
        return std::nullopt;
    const bool negative = text.startsWith(u'-');
    const QString body = negative ? text.mid(1) : text;
    const qsizetype dot = body.indexOf(u'.');
    QString whole = dot < 0 ? body : body.left(dot);
    QString fraction = dot < 0 ? QString() : body.mid(dot + 1);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (whole.size() > 12 || fraction.size() > 9)
        return std::nullopt;
    Int128 units = 0;
    for (const QChar c : whole)
        units = units * 10 + (c.unicode() - u'0');
    for (int i = 0; i < 9; ++i)
        units = units * 10 + (i < fraction.size() ? fraction.at(i).unicode() - u'0' : 0);
    return Decimal{negative ? -units : units};
}

std::optional<Decimal> multiply(Decimal a, Decimal b)
{
    constexpr Int128 scale = 1000000000;
    constexpr Int128 limit = Int128(1000000000000000000LL);   // 10^18 units = 10^9: no overflow below
    if (a.units >= limit || a.units <= -limit || b.units >= limit || b.units <= -limit)
        return std::nullopt;
    const Int128 product = a.units * b.units;
    const Int128 half = scale / 2;
    const Int128 rounded = product >= 0 ? (product + half) / scale : (product - half) / scale;
    return Decimal{rounded};
}

QString formatDecimal(Decimal value)
{
    Int128 units = value.units;
    const bool negative = units < 0;
    if (negative)
        units = -units;
    const Int128 whole = units / 1000000000;
    qint64 fraction = qint64(units % 1000000000);
    QString wholeText;
    Int128 w = whole;
    do {
        wholeText.prepend(QChar(u'0' + int(w % 10)));
        w /= 10;
    } while (w > 0);
    QString text = negative ? u"-"_s + wholeText : wholeText;
    if (fraction != 0) {
        QString f = u"%1"_s.arg(fraction, 9, 10, QChar(u'0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        text += u'.' + f;
    }
    return text;
}

} // namespace cdp::EventJson
