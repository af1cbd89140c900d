#include "connectionprofile.h"

#include <QUrl>

namespace cdp {

namespace {

// "accessToken" -> {access, token}; "client_secret" -> {client, secret}; "API-Key" -> {api, key}.
QStringList keyWords(const QString &key)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty())
                words.append(word.toLower());
            word.clear();
            continue;
        }
        const bool startsWord = c.isUpper() && !word.isEmpty()
            && (word.back().isLower() || (i + 1 < key.size() && key.at(i + 1).isLower()));
        if (startsWord) {
            words.append(word.toLower());
            word.clear();
        }
        word.append(c);
    }
    if (!word.isEmpty())
        words.append(word.toLower());
    return words;
}

} // namespace

QString vendorKey(Vendor vendor)
{
    switch (vendor) {
    case Vendor::UserProfile: return QStringLiteral("userprofile");
    case Vendor::Rcdp: return QStringLiteral("rcdp");
    case Vendor::Carma: return QStringLiteral("carma");
    case Vendor::Esputnik: return QStringLiteral("esputnik");
    }
    return QString();
}

QString vendorDisplayName(Vendor vendor)
{
    switch (vendor) {
    case Vendor::UserProfile: return ConnectionProfile::tr("Algonomy User Profile API");
    case Vendor::Rcdp: return ConnectionProfile::tr("Algonomy Real-time CDP");
    case Vendor::Carma: return ConnectionProfile::tr("Carma purchase history");
    case Vendor::Esputnik: return ConnectionProfile::tr("eSputnik / Yespo");
    }
    return QString();
}

bool vendorFromKey(const QString &key, Vendor *vendor)
{
    for (const Vendor candidate : {Vendor::UserProfile, Vendor::Rcdp, Vendor::Carma, Vendor::Esputnik}) {
        if (vendorKey(candidate).compare(key, Qt::CaseInsensitive) == 0) {
            if (vendor)
                *vendor = candidate;
            return true;
        }
    }
    return false;
}

QString ConnectionProfile::setting(const QString &key, const QString &fallback) const
{
    const QString value = settings.value(key).toString();
    return value.isEmpty() ? fallback : value;
}

QString ConnectionProfile::secretKey() const
{
    return QStringLiteral("connection/") + vendorKey(vendor) + QLatin1Char('/') + name;
}

bool ConnectionProfile::isValid(QString *why) const
{
    QStringList missing;
    if (name.trimmed().isEmpty())
        missing.append(tr("a name"));
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    const bool urlOk = url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    if (!urlOk)
        missing.append(tr("a base URL starting with https:// or http://"));
    if (vendor == Vendor::UserProfile) {
        if (setting(QStringLiteral("apiKey")).trimmed().isEmpty())
            missing.append(tr("an API key"));
        if (setting(QStringLiteral("clientId")).trimmed().isEmpty())
            missing.append(tr("a client id"));
    }
    if (why) {
        why->clear();
        if (!missing.isEmpty())
            *why = tr("The connection needs %1.").arg(missing.join(tr(", ", "list separator")));
    }
    return missing.isEmpty();
}

bool ConnectionProfile::isSecretLookingKey(const QString &key)
{
    const QStringList words = keyWords(key);
    if (words.isEmpty())
        return false;
    static const QStringList anywhere = {
        QStringLiteral("secret"), QStringLiteral("secrets"), QStringLiteral("password"),
        QStringLiteral("passwords"), QStringLiteral("passwd"), QStringLiteral("pwd"),
        QStringLiteral("credential"), QStringLiteral("credentials"), QStringLiteral("private"),
        QStringLiteral("passphrase"),
    };
    for (const QString &word : words) {
        if (anywhere.contains(word))
            return true;
    }
    const QString &last = words.constLast();
    return last == QLatin1String("token") || last == QLatin1String("tokens");
}

QStringList ConnectionProfile::stripSecretLookingSettings()
{
    QStringList removed;
    for (auto it = settings.begin(); it != settings.end();) {
        if (isSecretLookingKey(it.key())) {
            removed.append(it.key());
            it = settings.erase(it);
        } else {
            ++it;
        }
    }
    return removed;
}

} // namespace cdp
