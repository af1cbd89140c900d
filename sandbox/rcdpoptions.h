#pragma once

#include <QString>
#include <QStringList>

namespace cdp::sandbox {

// The TokenStore service name of RCDP tokens (the User Profile API's are "userprofile").
inline constexpr char16_t kRcdpService[] = u"rcdp";

// Deployment settings of the emulated Algonomy Real-time CDP (seed 000, productPurchased).
struct RcdpOptions
{
    // Path prefix of every RCDP endpoint (the seed's example URL uses /rcdpapi); "" = none.
    QString prefix = QStringLiteral("/rcdpapi");
    // The identity headers this deployment de-duplicates on; only these are accepted.
    // Empty = all four (gcrId, mobile_number, email_address, customer_code_external).
    QStringList dedupColumns;
    // Whether the demo tenant has OAuth enabled (then oauth_key_secret is required).
    bool oauthRequired = true;
    // Lifetime of RCDP access tokens. VENDOR_NOTES: 3600; cdp-sandbox's --token-ttl overrides it.
    int tokenTtlSeconds = 3600;
};

} // namespace cdp::sandbox
