#include "rcdpidentity.h"

using namespace Qt::StringLiterals;

namespace cdp::sandbox::RcdpIdentity {

const QStringList &headers()
{
    static const QStringList names{QString::fromUtf16(kGcrId), QString::fromUtf16(kMobile),
                                   QString::fromUtf16(kEmail), QString::fromUtf16(kCustomerCode)};
    return names;
}

QString normalised(const QString &header, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (header == kEmail)
        return trimmed.toLower();
    if (header == kMobile) {
        QString digits;
        digits.reserve(trimmed.size());
        for (const QChar c : trimmed) {
            if (c >= u'0' && c <= u'9')
                digits.append(c);
        }
        return digits;
    }
    return trimmed;
}

bool parseColumns(const QString &text, QStringList *columns, QString *error)
{
    QStringList result;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        QString known;
        for (const QString &header : headers()) {
            if (header.compare(name, Qt::CaseInsensitive) == 0)
                known = header;
        }
        if (known.isEmpty()) {
            *error = u"unknown de-duplication column \"%1\" (known: %2)"_s.arg(name, headers().join(u", "));
            return false;
        }
        if (!result.contains(known))
            result.append(known);
    }
    if (result.isEmpty()) {
        *error = u"at least one de-duplication column is required (known: %1)"_s.arg(headers().join(u", "));
        return false;
    }
    *columns = result;
    return true;
}

} // namespace cdp::sandbox::RcdpIdentity
