#include "connectionsettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace cdp::UserProfileSettings {

namespace {
const QString kApiKey = QStringLiteral("apiKey");
const QString kClientId = QStringLiteral("clientId");
const QString kTokenPath = QStringLiteral("tokenPath");
const QString kTokenStyle = QStringLiteral("tokenStyle");
const QString kRateLimit = QStringLiteral("rateLimit");
} // namespace

QString apiKey(const ConnectionProfile &profile) { return profile.setting(kApiKey).trimmed(); }
QString clientId(const ConnectionProfile &profile) { return profile.setting(kClientId).trimmed(); }

bool legacyTokenPath(const ConnectionProfile &profile)
{
    return profile.setting(kTokenPath) == QLatin1String("v1");
}

OAuth2ClientCredentials::ParameterStyle parameterStyle(const ConnectionProfile &profile)
{
    return profile.setting(kTokenStyle) == QLatin1String("query")
        ? OAuth2ClientCredentials::ParameterStyle::QueryString
        : OAuth2ClientCredentials::ParameterStyle::FormBody;
}

int rateLimitPerMinute(const ConnectionProfile &profile)
{
    bool ok = false;
    const int value = profile.settings.value(kRateLimit).toInt(&ok);
    return ok && value > 0 ? value : DefaultRateLimitPerMinute;
}

void setApiKey(ConnectionProfile &profile, const QString &value) { profile.settings.insert(kApiKey, value.trimmed()); }
void setClientId(ConnectionProfile &profile, const QString &value) { profile.settings.insert(kClientId, value.trimmed()); }

void setLegacyTokenPath(ConnectionProfile &profile, bool legacy)
{
    profile.settings.insert(kTokenPath, legacy ? QStringLiteral("v1") : QStringLiteral("api/v1"));
}

void setParameterStyle(ConnectionProfile &profile, OAuth2ClientCredentials::ParameterStyle style)
{
    profile.settings.insert(kTokenStyle, style == OAuth2ClientCredentials::ParameterStyle::QueryString
                                             ? QStringLiteral("query") : QStringLiteral("form"));
}

void setRateLimitPerMinute(ConnectionProfile &profile, int perMinute)
{
    profile.settings.insert(kRateLimit, perMinute > 0 ? perMinute : DefaultRateLimitPerMinute);
}

bool isComplete(const ConnectionProfile &profile, QString *why)
{
    QString reason;
    const QUrl base(profile.baseUrl.trimmed());
    if (profile.name.trimmed().isEmpty())
        reason = QCoreApplication::translate("cdp::UserProfileSettings", "The connection has no name.");
    else if (!base.isValid() || base.scheme().isEmpty() || base.host().isEmpty())
        reason = QCoreApplication::translate("cdp::UserProfileSettings", "The base URL is missing or invalid; enter e.g. https://gateway.richrelevance.com/.");
    else if (apiKey(profile).isEmpty())
        reason = QCoreApplication::translate("cdp::UserProfileSettings", "The API key is missing.");
    else if (clientId(profile).isEmpty())
        reason = QCoreApplication::translate("cdp::UserProfileSettings", "The client id is missing.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

OAuth2ClientCredentials::Config tokenConfig(const ConnectionProfile &profile, const QString &clientSecret)
{
    OAuth2ClientCredentials::Config config;
    config.tokenUrl = UserProfiles::defaultTokenUrl(QUrl(profile.baseUrl.trimmed()), legacyTokenPath(profile));
    config.clientId = clientId(profile);
    config.clientSecret = clientSecret;
    config.style = parameterStyle(profile);
    config.rateLimitKey = apiKey(profile);
    config.connectionName = profile.name;
    return config;
}

UserProfiles::Config connectorConfig(const ConnectionProfile &profile)
{
    UserProfiles::Config config;
    config.baseUrl = QUrl(profile.baseUrl.trimmed());
    config.apiKey = apiKey(profile);
    config.connectionName = profile.name;
    return config;
}

} // namespace cdp::UserProfileSettings

namespace cdp::RcdpSettings {

namespace {
const QString kTenantHash = QStringLiteral("tenantHash");
const QString kRcdpRateLimit = QStringLiteral("rateLimit");
} // namespace

QString tenantHash(const ConnectionProfile &profile) { return profile.setting(kTenantHash).trimmed(); }

int rateLimitPerMinute(const ConnectionProfile &profile)
{
    bool ok = false;
    const int value = profile.settings.value(kRcdpRateLimit).toInt(&ok);
    return ok && value > 0 ? value : DefaultRateLimitPerMinute;
}

void setTenantHash(ConnectionProfile &profile, const QString &value) { profile.settings.insert(kTenantHash, value.trimmed()); }

void setRateLimitPerMinute(ConnectionProfile &profile, int perMinute)
{
    profile.settings.insert(kRcdpRateLimit, perMinute > 0 ? perMinute : DefaultRateLimitPerMinute);
}

bool isComplete(const ConnectionProfile &profile, QString *why)
{
    QString reason;
    const QUrl base(profile.baseUrl.trimmed());
    if (profile.name.trimmed().isEmpty())
        reason = QCoreApplication::translate("cdp::RcdpSettings", "The connection has no name.");
    else if (!base.isValid() || base.scheme().isEmpty() || base.host().isEmpty())
        reason = QCoreApplication::translate("cdp::RcdpSettings", "The base URL is missing or invalid; enter the B2B API URL with its prefix, e.g. https://api-dev.algonomy.com/rcdpapi.");
    else if (tenantHash(profile).isEmpty())
        reason = QCoreApplication::translate("cdp::RcdpSettings", "The tenant hash is missing.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

RcdpTokenProvider::Config tokenConfig(const ConnectionProfile &profile, const QString &oauthKeySecret)
{
    RcdpTokenProvider::Config config;
    config.baseUrl = QUrl(profile.baseUrl.trimmed());
    config.tenantHash = tenantHash(profile);
    config.oauthKeySecret = oauthKeySecret;
    config.connectionName = profile.name;
    return config;
}

CdpPurchases::Config connectorConfig(const ConnectionProfile &profile)
{
    CdpPurchases::Config config;
    config.baseUrl = QUrl(profile.baseUrl.trimmed());
    config.tenantHash = tenantHash(profile);
    config.connectionName = profile.name;
    return config;
}

} // namespace cdp::RcdpSettings
