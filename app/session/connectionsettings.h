#pragma once

#include "auth/oauth2clientcredentials.h"
#include "auth/rcdptokenprovider.h"
#include "connectors/cdppurchases.h"
#include "connectors/userprofiles.h"
#include "store/connectionprofile.h"

#include <QString>

namespace cdp {

// The settings of a User Profile API connection as ConnectionProfile::settings keeps them, and
// the auth/connector configurations built from them. Only non-secret values live here; the client
// secret is passed in from SecretStore.
namespace UserProfileSettings {

inline constexpr int DefaultRateLimitPerMinute = 1000;   // seed 002: 1000 requests/min per API key

QString apiKey(const ConnectionProfile &profile);
QString clientId(const ConnectionProfile &profile);
bool legacyTokenPath(const ConnectionProfile &profile);            // tokenPath == "v1"
OAuth2ClientCredentials::ParameterStyle parameterStyle(const ConnectionProfile &profile);  // tokenStyle
int rateLimitPerMinute(const ConnectionProfile &profile);          // rateLimit, default 1000

void setApiKey(ConnectionProfile &profile, const QString &apiKey);
void setClientId(ConnectionProfile &profile, const QString &clientId);
void setLegacyTokenPath(ConnectionProfile &profile, bool legacy);
void setParameterStyle(ConnectionProfile &profile, OAuth2ClientCredentials::ParameterStyle style);
void setRateLimitPerMinute(ConnectionProfile &profile, int perMinute);

// Checks what a token request and a lookup need; `why` gets an operator sentence.
bool isComplete(const ConnectionProfile &profile, QString *why = nullptr);

OAuth2ClientCredentials::Config tokenConfig(const ConnectionProfile &profile, const QString &clientSecret);
UserProfiles::Config connectorConfig(const ConnectionProfile &profile);

} // namespace UserProfileSettings

// The settings of an Algonomy Real-time CDP (RCDP) connection: the base URL is the B2B API URL
// including its path prefix (e.g. https://api-dev.algonomy.com/rcdpapi); settings keep the tenant
// hash and the rate limit. The OAuth key secret lives in SecretStore under the profile's secretKey().
namespace RcdpSettings {

inline constexpr int DefaultRateLimitPerMinute = 1000;

QString tenantHash(const ConnectionProfile &profile);              // tenantHash
int rateLimitPerMinute(const ConnectionProfile &profile);          // rateLimit, default 1000

void setTenantHash(ConnectionProfile &profile, const QString &tenantHash);
void setRateLimitPerMinute(ConnectionProfile &profile, int perMinute);

bool isComplete(const ConnectionProfile &profile, QString *why = nullptr);

RcdpTokenProvider::Config tokenConfig(const ConnectionProfile &profile, const QString &oauthKeySecret);
CdpPurchases::Config connectorConfig(const ConnectionProfile &profile);

} // namespace RcdpSettings
} // namespace cdp
