#pragma once

#include "connectors/esputnikevents.h"
#include "store/connectionprofile.h"

#include <QString>

namespace cdp {

// The settings of an eSputnik (Yespo) connection as ConnectionProfile::settings keeps them. The
// base URL is the API root including "/api" (https://esputnik.com/api/ or https://yespo.io/api/);
// the API key is the Basic-auth password and lives in SecretStore under the profile's secretKey(),
// never in settings. Settings: rateLimit (requests per minute, default 500), userName (the Basic
// user name, any value; default "cdp-console").
namespace EsputnikSettings {

inline constexpr int DefaultRateLimitPerMinute = 500;

int rateLimitPerMinute(const ConnectionProfile &profile);
QString userName(const ConnectionProfile &profile);

void setRateLimitPerMinute(ConnectionProfile &profile, int perMinute);
void setUserName(ConnectionProfile &profile, const QString &userName);

// Checks the base URL (http/https with a host); `why` gets an operator sentence.
bool isComplete(const ConnectionProfile &profile, QString *why = nullptr);

EsputnikEvents::Config connectorConfig(const ConnectionProfile &profile);

} // namespace EsputnikSettings
} // namespace cdp
