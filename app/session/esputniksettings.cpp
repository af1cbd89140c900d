#include "esputniksettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace cdp::EsputnikSettings {

namespace {
const QString kRateLimit = QStringLiteral("rateLimit");
const QString kUserName = QStringLiteral("userName");
const QString kDefaultUserName = QStringLiteral("cdp-console");
} // namespace

int rateLimitPerMinute(const ConnectionProfile &profile)
{
    bool ok = false;
    const int value = profile.settings.value(kRateLimit).toInt(&ok);
    return ok && value > 0 ? value : DefaultRateLimitPerMinute;
}

QString userName(const ConnectionProfile &profile)
{
    const QString name = profile.setting(kUserName).trimmed();
    return name.isEmpty() ? kDefaultUserName : name;
}

void setRateLimitPerMinute(ConnectionProfile &profile, int perMinute)
{
    profile.settings.insert(kRateLimit, perMinute > 0 ? perMinute : DefaultRateLimitPerMinute);
}

void setUserName(ConnectionProfile &profile, const QString &name)
{
    profile.settings.insert(kUserName, name.trimmed());
}

bool isComplete(const ConnectionProfile &profile, QString *why)
{
    QString reason;
    const QUrl base(profile.baseUrl.trimmed());
    if (profile.vendor != Vendor::Esputnik)
        reason = QCoreApplication::translate("cdp::EsputnikSettings", "The connection “%1” is not an eSputnik connection.")
                     .arg(profile.name);
    else if (!base.isValid() || base.host().isEmpty() || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")))
        reason = QCoreApplication::translate("cdp::EsputnikSettings",
                                             "The connection “%1” needs the eSputnik API address, such as https://esputnik.com/api/.")
                     .arg(profile.name);
    if (why)
        *why = reason;
    return reason.isEmpty();
}

EsputnikEvents::Config connectorConfig(const ConnectionProfile &profile)
{
    EsputnikEvents::Config config;
    config.baseUrl = QUrl(profile.baseUrl.trimmed());
    config.userName = userName(profile);
    config.connectionName = profile.name;
    config.rateLimitPerMinute = rateLimitPerMinute(profile);
    return config;
}

} // namespace cdp::EsputnikSettings
