#include "responsetext.h"

#include "redact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cdp::ResponseText {

namespace {

QString collapse(const QString &text)
{
    return text.simplified();
}

QString truncate(const QString &text)
{
    if (text.size() <= kExcerptMax)
        return text;
    return text.left(kExcerptMax - 1) + QChar(0x2026);
}

QString decodeEntities(QString text)
{
    text.replace(u"&nbsp;"_s, u" "_s);
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

QString firstElementText(const QString &html, const QString &tag)
{
    const QRegularExpression re(u"<%1[^>]*>(.*?)</%1\\s*>"_s.arg(tag),
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(html);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString inner = m.captured(1);
    inner.remove(tags);
    return collapse(decodeEntities(inner));
}

QString htmlSummary(const QByteArray &body)
{
    const QString html = QString::fromUtf8(body);
    const QString title = firstElementText(html, u"title"_s);
    const QString heading = firstElementText(html, u"h1"_s);
    QString summary;
    if (!title.isEmpty() && !heading.isEmpty() && !title.contains(heading) && !heading.contains(title))
        summary = title + u": "_s + heading;
    else
        summary = !title.isEmpty() ? title : heading;
    if (summary.isEmpty())
        return QCoreApplication::translate("cdp::ResponseText", "an HTML page (%n bytes)", nullptr,
                                           static_cast<int>(body.size()));
    return QCoreApplication::translate("cdp::ResponseText", "HTML page: %1").arg(summary);
}

QString jsonMessage(const QJsonDocument &json)
{
    if (!json.isObject())
        return {};
    QJsonObject object = json.object();
    // Some vendors wrap errors: {"status":"ERROR","message":"…"} or {"error":{"message":"…"}}
    if (object.value(u"error"_s).isObject())
        object = object.value(u"error"_s).toObject();
    QStringList parts;
    for (const QString &field : {u"error"_s, u"error_description"_s, u"message"_s, u"detail"_s,
                                 u"title"_s, u"errorMessage"_s}) {
        const QJsonValue value = object.value(field);
        QString text;
        if (value.isString())
            text = value.toString().trimmed();
        else if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isString())
            text = value.toArray().first().toString().trimmed();
        if (!text.isEmpty() && !parts.contains(text))
            parts << text;
    }
    return parts.join(u" — "_s);
}

} // namespace

bool isHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body");
}

QString bodyExcerpt(const QByteArray &body, const QByteArray &contentType, const QJsonDocument &json)
{
    if (body.trimmed().isEmpty())
        return {};
    QString text;
    if (isHtml(body, contentType))
        text = htmlSummary(body);
    else
        text = jsonMessage(json);
    if (text.isEmpty())
        text = collapse(QString::fromUtf8(body.left(4 * kExcerptMax)));
    return truncate(Redact::text(text));
}

QString duration(std::chrono::milliseconds ms)
{
    const qint64 v = std::max<qint64>(0, ms.count());
    if (v < 1000) {
        const qint64 tenths = std::max<qint64>(1, (v + 99) / 100);
        if (tenths < 10)
            return QCoreApplication::translate("cdp::ResponseText", "0.%1 s").arg(tenths);
        return QCoreApplication::translate("cdp::ResponseText", "1 s");
    }
    const qint64 seconds = (v + 999) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("cdp::ResponseText", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    const qint64 rest = seconds % 60;
    if (minutes < 60) {
        if (rest == 0)
            return QCoreApplication::translate("cdp::ResponseText", "%1 min").arg(minutes);
        return QCoreApplication::translate("cdp::ResponseText", "%1 min %2 s").arg(minutes).arg(rest);
    }
    return QCoreApplication::translate("cdp::ResponseText", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString reasonPhrase(int httpStatus)
{
    switch (httpStatus) {
    case 400: return u"Bad Request"_s;
    case 401: return u"Unauthorized"_s;
    case 403: return u"Forbidden"_s;
    case 404: return u"Not Found"_s;
    case 405: return u"Method Not Allowed"_s;
    case 408: return u"Request Timeout"_s;
    case 409: return u"Conflict"_s;
    case 410: return u"Gone"_s;
    case 413: return u"Payload Too Large"_s;
    case 415: return u"Unsupported Media Type"_s;
    case 422: return u"Unprocessable Entity"_s;
    case 429: return u"Too Many Requests"_s;
    case 500: return u"Internal Server Error"_s;
    case 501: return u"Not Implemented"_s;
    case 502: return u"Bad Gateway"_s;
    case 503: return u"Service Unavailable"_s;
    case 504: return u"Gateway Timeout"_s;
    default: return {};
    }
}

} // namespace cdp::ResponseText
