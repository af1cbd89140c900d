#pragma once

#include "rcdpoptions.h"

#include <QList>
#include <QString>

namespace cdp::sandbox {

class RcdpStore;
class SandboxDatabase;
class TokenStore;

// A demo customer as announced: identifiers in the form an operator would type them (the store
// keeps them normalised); an empty identifier means the customer has none of that kind.
struct RcdpSampleCustomer
{
    QString key;              // stable handle: "seed", "none", "one", "few", "big", "byEmail", …
    QString label;
    qint64 customerId = 0;
    QString hashKey;          // HK_CUSTOMER_CODE
    QString gcrId;
    QString email;
    QString mobile;
    QString customerCode;     // customer_code_external
    int purchases = 0;
};

// Deterministic Algonomy Real-time CDP demo data for one tenant: 152 products in the seed's naming
// style ("NF-PO06:NAVY:11-12 Y"), and customers with 0, 1, 2 (seed 000's own example rows),
// 347 and 100 000 purchases, plus customers that have only an e-mail, only a mobile number, only
// an external code or only a gcrId. Generated rows come from RcdpStore::generatePurchases (fixed
// salts, dates from a fixed calendar, no wall clock), so every run serves the same rows.
class RcdpDemoData
{
public:
    static QString tenantHash();
    static QString oauthKeySecret();
    static constexpr int kTenantNo = 1;

    static const QList<RcdpSampleCustomer> &sampleCustomers();

    // Registers the demo tenant (and its OAuth client in `tokens`) and, when `demo` is set and
    // the tenant has no customers yet, loads the demo data in one transaction.
    static bool install(SandboxDatabase &database, RcdpStore &store, TokenStore &tokens,
                        const RcdpOptions &options, bool demo, QString *error = nullptr);

private:
    static bool populate(RcdpStore &store, QString *error);
};

} // namespace cdp::sandbox
