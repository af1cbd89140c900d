#pragma once

#include "connectors/carmaimports.h"
#include "store/connectionprofile.h"

#include <QString>

namespace cdp {

// The settings of a Carma / Symplify purchase-history connection (seed 001, VENDOR_NOTES):
// ConnectionProfile::baseUrl is the REST base without the customer id, e.g.
// https://www3.carmamail.com/rest/ (or https://eu-proxy-1.symplifymail.com/rest/); settings keep
// the customer id. The API token (X-Carma-Authentication-Token) lives in SecretStore under the
// profile's secretKey(), never in the workspace.
namespace CarmaSettings {

QString customerId(const ConnectionProfile &profile);              // settings "customerId"
void setCustomerId(ConnectionProfile &profile, const QString &customerId);

// Base URL normalised for comparisons and the ledger (trailing slash, no query/fragment).
QString normalizedBaseUrl(const ConnectionProfile &profile);

// Checks what an import needs (vendor Carma, http(s) base URL, numeric customer id); `why` gets an
// operator sentence.
bool isComplete(const ConnectionProfile &profile, QString *why = nullptr);

CarmaImports::Config connectorConfig(const ConnectionProfile &profile, const QString &token);

} // namespace CarmaSettings
} // namespace cdp
