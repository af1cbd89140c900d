#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cdp::sandbox {

class SandboxDatabase;

struct RcdpTenant
{
    QString tenantHash;
    int tenantNo = 1;             // the number in front of HK_CUSTOMER_CODE ("1_1092")
    QString name;
    bool oauthRequired = true;    // oauth_key_secret needed to create a token
};

// How a product's productImgUrl is written.
enum class RcdpImage { Blank = 0, Empty = 1, Sandbox = 2 };   // " ", "", {base}/sandbox/img/<code>.png

struct RcdpProduct
{
    qint64 productId = 0;
    QString code;
    QString name;
    QString description;
    qint64 unitCents = 0;
    RcdpImage image = RcdpImage::Blank;
};

// A golden customer record; identifiers are stored normalised (see RcdpIdentity), empty = none.
struct RcdpCustomer
{
    qint64 customerId = 0;
    QString tenantHash;
    QString hashKey;              // HK_CUSTOMER_CODE of its purchase rows
    QString gcrId;
    QString email;
    QString mobile;
    QString customerCode;
};

// Money display styles, as upstream varies them: "$100.30", "$1000.0" / "$100.3", "$ 55.9".
enum class RcdpMoneyStyle { TwoDecimals = 0, Shortest = 1, SpacedShortest = 2 };

// One purchase row as stored (rk = RK_DATE_KEY).
struct RcdpPurchaseRow
{
    qint64 dateKey = 0;
    qint64 productKey = 0;
    qint64 productId = 0;
    int quantity = 1;
    QString currency;             // "$", "€"
    RcdpMoneyStyle moneyStyle = RcdpMoneyStyle::TwoDecimals;
    QString orderDate;            // "yyyy-MM-dd HH:mm:ss", "" or " "
};

// One purchase row as served: the row joined with its product.
struct RcdpPurchase
{
    RcdpPurchaseRow row;
    RcdpProduct product;
};

// Parameters of generated purchase rows (see RcdpStore::generatePurchases).
struct RcdpGeneration
{
    int count = 0;
    quint32 salt = 1;             // varies products, quantities, styles and blanks per customer
    qint64 firstProductId = 1;    // products are drawn from [firstProductId, +productCount)
    int productCount = 1;
    int linesPerOrder = 1;        // consecutive rows share an order date
    qint64 startEpochSeconds = 0; // date of the oldest order
    qint64 stepSeconds = 86400;   // between orders
    int euroEvery = 0;            // about one row in euroEvery is in euro; 0 = dollars only
};

// Algonomy Real-time CDP data in SQLite: rcdp_tenants, rcdp_products, rcdp_customers,
// rcdp_purchases (customer_id, rk) WITHOUT ROWID, and rcdp_token_resources (the resources a token
// was created for; the tokens themselves live in TokenStore under the service "rcdp").
// Pages are newest first: ORDER BY rk DESC, so a page starts strictly below the previous page's
// last RK_DATE_KEY and rows are neither skipped nor repeated.
class RcdpStore
{
public:
    explicit RcdpStore(SandboxDatabase *database);

    bool createSchema(QString *error = nullptr);

    bool addTenant(const RcdpTenant &tenant);
    std::optional<RcdpTenant> tenant(const QString &tenantHash) const;

    bool addProduct(const RcdpProduct &product);
    bool addCustomer(const RcdpCustomer &customer);
    bool addPurchase(qint64 customerId, const RcdpPurchaseRow &row);
    // Inserts generation.count rows for the customer in one INSERT … SELECT over a recursive CTE
    // (rk 1…count oldest to newest, productKey = count - rk + 1, i.e. 1 for the newest row), so
    // even 100 000 rows take a fraction of a second. Deterministic for the same parameters.
    bool generatePurchases(qint64 customerId, const RcdpGeneration &generation);
    int customerCount(const QString &tenantHash) const;

    // Customer ids of the tenant whose identifier `header` (an RcdpIdentity header) equals the
    // normalised value.
    QList<qint64> findCustomers(const QString &tenantHash, const QString &header, const QString &value) const;
    std::optional<RcdpCustomer> customer(qint64 customerId) const;

    qint64 purchaseCount(qint64 customerId) const;
    qint64 purchasesFrom(qint64 customerId, qint64 dateKey) const;   // rows with rk >= dateKey
    // Newest first; rows with rk < beforeDateKey when given, then skipping `offset` rows.
    QList<RcdpPurchase> purchases(qint64 customerId, std::optional<qint64> beforeDateKey, qint64 offset,
                                  int limit) const;

    bool setTokenResources(const QString &token, const QStringList &resources);
    QStringList tokenResources(const QString &token) const;

private:
    SandboxDatabase *m_database;
};

} // namespace cdp::sandbox
