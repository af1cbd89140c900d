#include "carmasettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace cdp::CarmaSettings {

namespace {
const QString kCustomerId = QStringLiteral("customerId");

QString trc(const char *text)
{
    return QCoreApplication::translate("cdp::CarmaSettings", text);
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

QString customerId(const ConnectionProfile &profile)
{
    return profile.setting(kCustomerId).trimmed();
}

void setCustomerId(ConnectionProfile &profile, const QString &value)
{
    profile.settings.insert(kCustomerId, value.trimmed());
}

QString normalizedBaseUrl(const ConnectionProfile &profile)
{
    QUrl url(profile.baseUrl.trimmed());
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    url.setHost(url.host().toLower());
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

bool isComplete(const ConnectionProfile &profile, QString *why)
{
    QString reason;
    const QUrl base(profile.baseUrl.trimmed(), QUrl::StrictMode);
    const bool urlOk = base.isValid() && !base.host().isEmpty()
        && (base.scheme() == QLatin1String("https") || base.scheme() == QLatin1String("http"));
    if (profile.vendor != Vendor::Carma)
        reason = trc("The connection “%1” is not a Carma connection.").arg(profile.name);
    else if (!urlOk)
        reason = trc("The connection “%1” needs a REST base URL such as https://www3.carmamail.com/rest/.").arg(profile.name);
    else if (!isDigits(customerId(profile)))
        reason = trc("The connection “%1” needs the numeric Carma customer id (the number after /rest/ in the API address).").arg(profile.name);
    if (why)
        *why = reason;
    return reason.isEmpty();
}

CarmaImports::Config connectorConfig(const ConnectionProfile &profile, const QString &token)
{
    CarmaImports::Config config;
    config.baseUrl = QUrl(normalizedBaseUrl(profile));
    config.customerId = customerId(profile);
    config.token = token;
    config.connectionName = profile.name;
    return config;
}

} // namespace cdp::CarmaSettings
