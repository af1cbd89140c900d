#include "redact.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cdp::Redact {

namespace {

const QString kRedacted = u"REDACTED"_s;

// QRegularExpression is reentrant, not thread-safe: one instance per thread.
const QRegularExpression &emailPattern()
{
    thread_local const QRegularExpression re(
        uR"((?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9\-]))"_s);
    return re;
}

// 7+ digits with an optional leading +, single spaces or dashes between digits, not glued to
// words, decimals or other digits.
const QRegularExpression &phonePattern()
{
    thread_local const QRegularExpression re(
        uR"((?<![\w.+\-])\+?\d(?:[ \-]?\d){6,}(?!\w|[.\-]\d))"_s);
    return re;
}

const QRegularExpression &isoDatePrefix()
{
    thread_local const QRegularExpression re(uR"(^\d{4}-\d{2}-\d{2}(?:$|[ T]))"_s);
    return re;
}

const QRegularExpression &authSchemePattern()
{
    thread_local const QRegularExpression re(
        uR"(\b(Bearer|Basic)\s+(?!REDACTED\b)[A-Za-z0-9\-._~+/]+=*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// name = value / "name": "value" / name: value, for the secret names.
const QRegularExpression &namedSecretPattern()
{
    thread_local const QRegularExpression re(
        uR"(\b(client_secret|access_token|refresh_token|id_token|token|password|passwd|apikey|api_key|api-key|key|secret|oauth_key_secret)("?\s*[=:]\s*)("[^"]*"|[^\s"&,;}'<>]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QReadWriteLock &secretsLock()
{
    static QReadWriteLock lock;
    return lock;
}

QSet<QString> &secrets()
{
    static QSet<QString> values;
    return values;
}

QString replaceSecrets(QString value)
{
    QReadLocker locker(&secretsLock());
    if (secrets().isEmpty())
        return value;
    // Longest first, so that a secret containing another one is replaced whole.
    QStringList list(secrets().cbegin(), secrets().cend());
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &s : std::as_const(list))
        value.replace(s, kRedacted);
    return value;
}

bool isWholeEmail(const QString &value)
{
    const QRegularExpressionMatch m = emailPattern().match(value);
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == value.size();
}

bool isWholePhone(const QString &value)
{
    const QString trimmed = value.trimmed();
    int digits = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit())
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return false;
    }
    return digits >= 7 && !isoDatePrefix().match(trimmed).hasMatch();
}

// A path segment, query value or fragment: masked whole when it is an e-mail address, a
// phone number or a registered secret, otherwise scrubbed as free text.
QString redactValue(const QString &value)
{
    if (value.isEmpty())
        return value;
    if (isWholeEmail(value))
        return email(value);
    if (isWholePhone(value))
        return phone(value);
    return text(value);
}

QString redactQuery(const QString &query)
{
    QStringList parts;
    const QStringList pairs = query.split(u'&');
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString rawName = eq < 0 ? pair : pair.left(eq);
        const QString name = QUrl::fromPercentEncoding(rawName.toUtf8()).replace(u'+', u' ');
        if (eq < 0) {
            parts << QString::fromLatin1(QUrl::toPercentEncoding(redactValue(name), "*@"));
            continue;
        }
        const QString value = QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
        const QString redacted = isSecretName(name) ? kRedacted : redactValue(value);
        parts << QString::fromLatin1(QUrl::toPercentEncoding(name, "*@") + '='
                                     + QUrl::toPercentEncoding(redacted, "*@+"));
    }
    return parts.join(u'&');
}

} // namespace

bool isSecretName(const QString &name)
{
    static const QSet<QString> names{
        u"client_secret"_s, u"access_token"_s, u"refresh_token"_s, u"id_token"_s, u"token"_s,
        u"password"_s, u"passwd"_s, u"pwd"_s, u"apikey"_s, u"api_key"_s, u"api-key"_s, u"x-api-key"_s,
        u"key"_s, u"secret"_s, u"oauth_key_secret"_s, u"authorization"_s, u"signature"_s,
    };
    return names.contains(name.trimmed().toLower());
}

QString email(const QString &address)
{
    const QString a = address.trimmed();
    const qsizetype at = a.lastIndexOf(u'@');
    if (at < 0)
        return u"***"_s;
    const QString local = a.left(at);
    const QString domain = a.mid(at + 1);
    QString out = local.left(1) + u"***@"_s;
    const qsizetype dot = domain.lastIndexOf(u'.');
    if (dot > 0)
        out += domain.left(1) + u"***"_s + domain.mid(dot);
    else
        out += domain.left(1) + u"***"_s;
    return out;
}

QString phone(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    const bool plus = number.trimmed().startsWith(u'+');
    const qsizetype keep = digits.size() > 4 ? 2 : 0;
    return (plus ? u"+"_s : QString()) + QString(digits.size() - keep, u'*') + digits.right(keep);
}

QString text(const QString &input)
{
    if (input.isEmpty())
        return input;
    QString out = replaceSecrets(input);

    out.replace(authSchemePattern(), u"\\1 REDACTED"_s);

    {
        QString result;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = namedSecretPattern().globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString value = m.captured(3);
            if (value == kRedacted || value == u"\"REDACTED\""_s)
                continue;
            result += QStringView(out).mid(last, m.capturedStart(3) - last);
            result += value.startsWith(u'"') ? u"\"REDACTED\""_s : kRedacted;
            last = m.capturedEnd(3);
        }
        result += QStringView(out).mid(last);
        out = result;
    }

    {
        QString result;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = emailPattern().globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            result += QStringView(out).mid(last, m.capturedStart() - last);
            result += email(m.captured());
            last = m.capturedEnd();
        }
        result += QStringView(out).mid(last);
        out = result;
    }

    {
        QString result;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = phonePattern().globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (isoDatePrefix().match(m.captured()).hasMatch())
                continue;
            result += QStringView(out).mid(last, m.capturedStart() - last);
            result += phone(m.captured());
            last = m.capturedEnd();
        }
        result += QStringView(out).mid(last);
        out = result;
    }
    return out;
}

QString url(const QUrl &input)
{
    if (input.isEmpty())
        return {};
    if (!input.isValid())
        return text(input.toString());

    QUrl u = input;
    if (!u.password().isEmpty())
        u.setPassword(kRedacted);
    if (!u.userName().isEmpty())
        u.setUserName(redactValue(u.userName(QUrl::FullyDecoded)), QUrl::DecodedMode);

    const QStringList rawSegments = u.path(QUrl::FullyEncoded).split(u'/');
    QStringList segments;
    segments.reserve(rawSegments.size());
    for (const QString &raw : rawSegments) {
        const QString decoded = QUrl::fromPercentEncoding(raw.toUtf8());
        const QString redacted = redactValue(decoded);
        segments << (redacted == decoded ? raw
                                         : QString::fromLatin1(QUrl::toPercentEncoding(redacted, "*@+")));
    }
    u.setPath(segments.join(u'/'), QUrl::TolerantMode);

    if (u.hasQuery())
        u.setQuery(redactQuery(u.query(QUrl::FullyEncoded)), QUrl::TolerantMode);
    if (u.hasFragment()) {
        const QString fragment = u.fragment(QUrl::FullyEncoded);
        u.setFragment(fragment.contains(u'=') ? redactQuery(fragment)
                                              : QString::fromLatin1(QUrl::toPercentEncoding(
                                                    redactValue(QUrl::fromPercentEncoding(fragment.toUtf8())), "*@+")),
                      QUrl::TolerantMode);
    }
    return u.toString();
}

QString keyHint(const QString &key)
{
    if (key.size() >= 12)
        return key.left(4) + QChar(0x2026);
    return u"***"_s;
}

void addSecret(const QString &value)
{
    if (value.size() < 6)
        return;
    QWriteLocker locker(&secretsLock());
    secrets().insert(value);
}

void removeSecret(const QString &value)
{
    QWriteLocker locker(&secretsLock());
    secrets().remove(value);
}

} // namespace cdp::Redact
