#include "customerkey.h"

#include "net/redact.h"

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/';
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// 8-4-4-4-12 hex digits, optionally in braces.
bool isUuid(QStringView text)
{
    if (text.size() == 38 && text.front() == u'{' && text.back() == u'}')
        text = text.sliced(1, 36);
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text.at(i) != u'-' : !isHexDigit(text.at(i)))
            return false;
    }
    return true;
}

// "1_1092": tenant number, underscore, record number.
bool isTenantRecordId(QStringView text)
{
    const qsizetype underscore = text.indexOf(u'_');
    return underscore > 0 && allDigits(text.first(underscore)) && allDigits(text.sliced(underscore + 1));
}

bool hasInnerSpace(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// local@domain.tld without spaces, one '@'.
bool looksLikeEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@') || hasInnerSpace(text))
        return false;
    const QStringView domain = text.sliced(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot > 0 && dot < domain.size() - 1;
}

struct PhoneShape
{
    bool phoneLike = false;     // only phone characters, '+' only in front
    bool international = false; // '+' or "00" in front
    bool separators = false;
    int digits = 0;             // after dropping the "00" prefix and a "(0)" trunk prefix
    QString normalised;
};

PhoneShape phoneShape(QStringView text)
{
    PhoneShape shape;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    if (text.startsWith(u'+')) {
        shape.international = true;
        out.append(u'+');
        i = 1;
    } else if (text.startsWith(u"00") && text.size() > 2) {
        shape.international = true;
        out.append(u'+');
        i = 2;
    }
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            out.append(c);
            continue;
        }
        if (c == u'(' && shape.international && text.sliced(i).startsWith(u"(0)")) {
            // "+44 (0)20 …": the national trunk prefix is not dialled after a country code.
            shape.separators = true;
            i += 2;
            continue;
        }
        if (!isPhoneSeparator(c))
            return shape;   // not phone-like
        shape.separators = true;
    }
    shape.phoneLike = true;
    shape.digits = int(out.size()) - (shape.international ? 1 : 0);
    shape.normalised = out;
    return shape;
}

QString maskId(const QString &value)
{
    if (value.size() < 6)
        return u"***"_s;
    return value.left(2) + QChar(0x2026) + value.right(2);
}

} // namespace

QString CustomerKey::normalise(Kind kind, const QString &typed, QString *problem)
{
    const QString trimmed = typed.trimmed();
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QString();
    };
    if (problem)
        problem->clear();
    if (trimmed.isEmpty() && kind != Kind::None)
        return fail(tr("Enter an identifier to look up."));

    switch (kind) {
    case Kind::None:
        return fail(tr("Choose what kind of identifier this is."));
    case Kind::Email:
        if (!looksLikeEmail(trimmed))
            return fail(tr("“%1” is not an e-mail address.").arg(Redact::text(trimmed)));
        return trimmed.toLower();
    case Kind::Mobile: {
        const PhoneShape shape = phoneShape(trimmed);
        if (!shape.phoneLike)
            return fail(tr("A mobile number may contain only digits, spaces, dashes, dots, parentheses and a leading +."));
        if (shape.digits < 5 || shape.digits > 15)
            return fail(tr("A mobile number has 5 to 15 digits; this one has %n.", nullptr, shape.digits));
        return shape.normalised;
    }
    case Kind::GcrId:
    case Kind::ExternalCode:
        return trimmed;
    }
    return QString();
}

CustomerKey CustomerKey::withKind(const QString &typed, Kind kind)
{
    CustomerKey key;
    key.m_input = typed;
    key.m_kind = kind;
    key.m_overridden = true;
    key.m_value = normalise(kind, typed, &key.m_problem);
    key.m_confidence = key.m_value.isEmpty() ? Confidence::None : Confidence::High;
    return key;
}

CustomerKey CustomerKey::detect(const QString &typed)
{
    CustomerKey key;
    key.m_input = typed;
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        key.m_problem = tr("Enter an e-mail address, a mobile number, a gcrId or a customer code.");
        return key;
    }

    auto result = [&key, &typed](Kind kind, Confidence confidence) {
        key.m_kind = kind;
        key.m_value = normalise(kind, typed, &key.m_problem);
        key.m_confidence = key.m_value.isEmpty() ? Confidence::None : confidence;
        return key;
    };

    if (text.contains(u'@')) {
        if (looksLikeEmail(text))
            return result(Kind::Email, Confidence::High);
        // Keep the guess but trimmed/lower-cased, so the operator sees what would be sent.
        key.m_kind = Kind::Email;
        key.m_value = hasInnerSpace(text) ? QString() : text.toLower();
        key.m_confidence = key.m_value.isEmpty() ? Confidence::None : Confidence::Low;
        if (key.m_value.isEmpty())
            key.m_problem = tr("An e-mail address contains no spaces.");
        return key;
    }
    if (isUuid(text))
        return result(Kind::GcrId, Confidence::High);
    if (isTenantRecordId(text))
        return result(Kind::GcrId, Confidence::Medium);

    const PhoneShape shape = phoneShape(text);
    if (shape.phoneLike && shape.digits >= 7 && shape.digits <= 15) {
        if (shape.international || (shape.separators && shape.digits >= 9))
            return result(Kind::Mobile, Confidence::High);
        if (shape.separators)
            return result(Kind::Mobile, Confidence::Medium);
        if (shape.digits >= 9)
            return result(Kind::Mobile, Confidence::Medium);
    }
    if (allDigits(text)) {
        if (text.size() >= 16)
            return result(Kind::GcrId, Confidence::Low);
        return result(Kind::ExternalCode, Confidence::Low);
    }
    return result(Kind::ExternalCode, hasInnerSpace(text) ? Confidence::Low : Confidence::Medium);
}

QByteArray CustomerKey::headerName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QByteArray();
    case Kind::Email: return QByteArrayLiteral("email_address");
    case Kind::Mobile: return QByteArrayLiteral("mobile_number");
    case Kind::GcrId: return QByteArrayLiteral("gcrId");
    case Kind::ExternalCode: return QByteArrayLiteral("customer_code_external");
    }
    return QByteArray();
}

QString CustomerKey::masked() const
{
    const QString shown = m_value.isEmpty() ? m_input.trimmed() : m_value;
    if (shown.isEmpty())
        return QString();
    switch (m_kind) {
    case Kind::Email: return Redact::email(shown);
    case Kind::Mobile: return Redact::phone(shown);
    case Kind::None:
    case Kind::GcrId:
    case Kind::ExternalCode:
        break;
    }
    return maskId(shown);
}

QString CustomerKey::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::None: return tr("Unknown", "kind of customer identifier");
    case Kind::Email: return tr("E-mail");
    case Kind::Mobile: return tr("Mobile number");
    case Kind::GcrId: return tr("gcrId", "golden customer record id");
    case Kind::ExternalCode: return tr("Customer code", "external customer code");
    }
    return QString();
}

QString CustomerKey::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::Email: return u"email"_s;
    case Kind::Mobile: return u"mobile"_s;
    case Kind::GcrId: return u"gcrId"_s;
    case Kind::ExternalCode: return u"customerCode"_s;
    }
    return QString();
}

bool CustomerKey::kindFromKey(const QString &key, Kind *kind)
{
    for (const Kind candidate : allKinds()) {
        if (key.compare(kindKey(candidate), Qt::CaseInsensitive) == 0) {
            if (kind)
                *kind = candidate;
            return true;
        }
    }
    return false;
}

QString CustomerKey::confidenceDisplayName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::None: return tr("not recognised");
    case Confidence::Low: return tr("a guess", "confidence of identifier detection");
    case Confidence::Medium: return tr("likely", "confidence of identifier detection");
    case Confidence::High: return tr("certain", "confidence of identifier detection");
    }
    return QString();
}

QList<CustomerKey::Kind> CustomerKey::allKinds()
{
    return {Kind::GcrId, Kind::Mobile, Kind::Email, Kind::ExternalCode};
}

} // namespace cdp
