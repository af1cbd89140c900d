#include "rcdpstore.h"

#include "rcdpidentity.h"
#include "sandboxdatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

// The column of an identity header; empty for anything else (never interpolate user input).
QString identityColumn(const QString &header)
{
    if (header == RcdpIdentity::kGcrId)
        return u"gcr_id"_s;
    if (header == RcdpIdentity::kMobile)
        return u"mobile"_s;
    if (header == RcdpIdentity::kEmail)
        return u"email"_s;
    if (header == RcdpIdentity::kCustomerCode)
        return u"customer_code"_s;
    return {};
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// An integer hash of the row index i and the salt, modulo 2^32: x = i * 2654435761 + salt * 40503,
// then g = (x ^ (x >> 16)) * 0x45d9f3b. SQLite has no XOR (a + b - 2 (a & b) stands in); every
// product stays below 2^63. Written inline because a chain of CTEs costs SQLite 3× the time.
QString rowHash(const QString &i)
{
    const QString x = u"(((%1) * 2654435761 + params.salt * 40503) % 4294967296)"_s.arg(i);
    return u"((%1 + (%1 >> 16) - 2 * (%1 & (%1 >> 16))) * 73244475) % 4294967296"_s.arg(x);
}

// The generator of RcdpStore::generatePurchases: one bound parameter row (`params`) and a single
// recursive CTE yielding (i, hash). Dates are whole minutes, ascending with rk; about 1 row in 41
// has "" and 1 in 43 " " as its date.
QString generateSql()
{
    return uR"(
WITH RECURSIVE
  params(customer_id, cnt, salt, first_product, product_count, lines_per_order, start_s, step_s, euro_every)
    AS (SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?),
  mixed(i, g) AS (SELECT 1, %1 FROM params
                  UNION ALL SELECT i + 1, %2 FROM mixed, params WHERE i < params.cnt)
INSERT INTO rcdp_purchases
  (customer_id, rk, product_key, product_id, quantity, currency, money_style, order_date)
SELECT params.customer_id, i, params.cnt - i + 1,
       params.first_product + (g >> 7) % params.product_count,
       CASE (g >> 3) % 20 WHEN 0 THEN 10 WHEN 1 THEN 2 WHEN 2 THEN 2 WHEN 3 THEN 3 WHEN 4 THEN 24
                          WHEN 5 THEN 5 WHEN 6 THEN 4 ELSE 1 END,
       CASE WHEN params.euro_every > 0 AND (g >> 11) % params.euro_every = 0 THEN '€' ELSE '$' END,
       (g >> 17) % 5 % 3,
       CASE WHEN (g >> 21) % 41 = 0 THEN ''
            WHEN (g >> 21) % 43 = 1 THEN ' '
            ELSE strftime('%Y-%m-%d %H:%M:%S',
                          (params.start_s + ((i - 1) / params.lines_per_order) * params.step_s) / 60 * 60,
                          'unixepoch') END
FROM mixed, params
)"_s.arg(rowHash(u"1"_s), rowHash(u"i + 1"_s));
}

const QString kPurchaseColumns =
        u"p.rk, p.product_key, p.product_id, p.quantity, p.currency, p.money_style, p.order_date, "
        "pr.product_code, pr.name, pr.description, pr.unit_cents, pr.image"_s;

RcdpPurchase purchaseFrom(const QSqlQuery &query)
{
    RcdpPurchase purchase;
    purchase.row.dateKey = query.value(0).toLongLong();
    purchase.row.productKey = query.value(1).toLongLong();
    purchase.row.productId = query.value(2).toLongLong();
    purchase.row.quantity = query.value(3).toInt();
    purchase.row.currency = query.value(4).toString();
    purchase.row.moneyStyle = RcdpMoneyStyle(qBound(0, query.value(5).toInt(), 2));
    purchase.row.orderDate = query.value(6).toString();
    purchase.product.productId = purchase.row.productId;
    purchase.product.code = query.value(7).toString();
    purchase.product.name = query.value(8).toString();
    purchase.product.description = query.value(9).toString();
    purchase.product.unitCents = query.value(10).toLongLong();
    purchase.product.image = RcdpImage(qBound(0, query.value(11).toInt(), 2));
    return purchase;
}

} // namespace

RcdpStore::RcdpStore(SandboxDatabase *database)
    : m_database(database)
{
}

bool RcdpStore::createSchema(QString *error)
{
    return m_database->execute(
            {
                    u"CREATE TABLE IF NOT EXISTS rcdp_tenants ("
                    "  tenant_hash TEXT PRIMARY KEY,"
                    "  tenant_no INTEGER NOT NULL,"
                    "  name TEXT NOT NULL,"
                    "  oauth_required INTEGER NOT NULL)"_s,
                    u"CREATE TABLE IF NOT EXISTS rcdp_products ("
                    "  product_id INTEGER PRIMARY KEY,"
                    "  product_code TEXT NOT NULL,"
                    "  name TEXT NOT NULL,"
                    "  description TEXT NOT NULL,"
                    "  unit_cents INTEGER NOT NULL,"
                    "  image INTEGER NOT NULL)"_s,
                    u"CREATE TABLE IF NOT EXISTS rcdp_customers ("
                    "  customer_id INTEGER PRIMARY KEY,"
                    "  tenant_hash TEXT NOT NULL REFERENCES rcdp_tenants(tenant_hash),"
                    "  hash_key TEXT NOT NULL,"
                    "  gcr_id TEXT,"
                    "  email TEXT,"
                    "  mobile TEXT,"
                    "  customer_code TEXT)"_s,
                    u"CREATE INDEX IF NOT EXISTS rcdp_customers_gcr ON rcdp_customers (tenant_hash, gcr_id)"_s,
                    u"CREATE INDEX IF NOT EXISTS rcdp_customers_email ON rcdp_customers (tenant_hash, email)"_s,
                    u"CREATE INDEX IF NOT EXISTS rcdp_customers_mobile ON rcdp_customers (tenant_hash, mobile)"_s,
                    u"CREATE INDEX IF NOT EXISTS rcdp_customers_code ON rcdp_customers (tenant_hash, customer_code)"_s,
                    u"CREATE TABLE IF NOT EXISTS rcdp_purchases ("
                    "  customer_id INTEGER NOT NULL,"
                    "  rk INTEGER NOT NULL,"
                    "  product_key INTEGER NOT NULL,"
                    "  product_id INTEGER NOT NULL,"
                    "  quantity INTEGER NOT NULL,"
                    "  currency TEXT NOT NULL,"
                    "  money_style INTEGER NOT NULL,"
                    "  order_date TEXT NOT NULL,"
                    "  PRIMARY KEY (customer_id, rk)) WITHOUT ROWID"_s,
                    u"CREATE TABLE IF NOT EXISTS rcdp_token_resources ("
                    "  token TEXT PRIMARY KEY,"
                    "  resources TEXT NOT NULL)"_s,
            },
            error);
}

bool RcdpStore::addTenant(const RcdpTenant &tenant)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT OR REPLACE INTO rcdp_tenants (tenant_hash, tenant_no, name, oauth_required) "
                  "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(tenant.tenantHash);
    query.addBindValue(tenant.tenantNo);
    query.addBindValue(tenant.name);
    query.addBindValue(tenant.oauthRequired ? 1 : 0);
    return SandboxDatabase::exec(query);
}

std::optional<RcdpTenant> RcdpStore::tenant(const QString &tenantHash) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT tenant_no, name, oauth_required FROM rcdp_tenants WHERE tenant_hash = ?"_s);
    query.addBindValue(tenantHash);
    if (!SandboxDatabase::exec(query) || !query.next())
        return std::nullopt;
    return RcdpTenant{tenantHash, query.value(0).toInt(), query.value(1).toString(), query.value(2).toInt() != 0};
}

bool RcdpStore::addProduct(const RcdpProduct &product)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT OR REPLACE INTO rcdp_products "
                  "(product_id, product_code, name, description, unit_cents, image) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(product.productId);
    query.addBindValue(product.code);
    query.addBindValue(product.name);
    query.addBindValue(product.description);
    query.addBindValue(product.unitCents);
    query.addBindValue(int(product.image));
    return SandboxDatabase::exec(query);
}

bool RcdpStore::addCustomer(const RcdpCustomer &customer)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT INTO rcdp_customers "
                  "(customer_id, tenant_hash, hash_key, gcr_id, email, mobile, customer_code) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(customer.customerId);
    query.addBindValue(customer.tenantHash);
    query.addBindValue(customer.hashKey);
    query.addBindValue(nullIfEmpty(RcdpIdentity::normalised(QString::fromUtf16(RcdpIdentity::kGcrId), customer.gcrId)));
    query.addBindValue(nullIfEmpty(RcdpIdentity::normalised(QString::fromUtf16(RcdpIdentity::kEmail), customer.email)));
    query.addBindValue(nullIfEmpty(RcdpIdentity::normalised(QString::fromUtf16(RcdpIdentity::kMobile), customer.mobile)));
    query.addBindValue(nullIfEmpty(
            RcdpIdentity::normalised(QString::fromUtf16(RcdpIdentity::kCustomerCode), customer.customerCode)));
    return SandboxDatabase::exec(query);
}

bool RcdpStore::addPurchase(qint64 customerId, const RcdpPurchaseRow &row)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT INTO rcdp_purchases "
                  "(customer_id, rk, product_key, product_id, quantity, currency, money_style, order_date) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(customerId);
    query.addBindValue(row.dateKey);
    query.addBindValue(row.productKey);
    query.addBindValue(row.productId);
    query.addBindValue(row.quantity);
    query.addBindValue(row.currency);
    query.addBindValue(int(row.moneyStyle));
    query.addBindValue(row.orderDate.isNull() ? u""_s : row.orderDate);   // "", never NULL
    return SandboxDatabase::exec(query);
}

bool RcdpStore::generatePurchases(qint64 customerId, const RcdpGeneration &generation)
{
    if (generation.count <= 0)
        return true;
    if (generation.productCount <= 0 || generation.linesPerOrder <= 0 || generation.euroEvery < 0)
        return false;
    QSqlQuery query(m_database->database());
    query.prepare(generateSql());
    query.addBindValue(customerId);
    query.addBindValue(generation.count);
    query.addBindValue(qint64(generation.salt));
    query.addBindValue(generation.firstProductId);
    query.addBindValue(generation.productCount);
    query.addBindValue(generation.linesPerOrder);
    query.addBindValue(generation.startEpochSeconds);
    query.addBindValue(generation.stepSeconds);
    query.addBindValue(generation.euroEvery);
    return SandboxDatabase::exec(query);
}

int RcdpStore::customerCount(const QString &tenantHash) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT COUNT(*) FROM rcdp_customers WHERE tenant_hash = ?"_s);
    query.addBindValue(tenantHash);
    if (!SandboxDatabase::exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<qint64> RcdpStore::findCustomers(const QString &tenantHash, const QString &header, const QString &value) const
{
    const QString column = identityColumn(header);
    if (column.isEmpty() || value.isEmpty())
        return {};
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT customer_id FROM rcdp_customers WHERE tenant_hash = ? AND %1 = ? ORDER BY customer_id"_s
                          .arg(column));
    query.addBindValue(tenantHash);
    query.addBindValue(value);
    QList<qint64> ids;
    if (!SandboxDatabase::exec(query))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<RcdpCustomer> RcdpStore::customer(qint64 customerId) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT tenant_hash, hash_key, gcr_id, email, mobile, customer_code "
                  "FROM rcdp_customers WHERE customer_id = ?"_s);
    query.addBindValue(customerId);
    if (!SandboxDatabase::exec(query) || !query.next())
        return std::nullopt;
    return RcdpCustomer{customerId,
                        query.value(0).toString(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        query.value(3).toString(),
                        query.value(4).toString(),
                        query.value(5).toString()};
}

qint64 RcdpStore::purchaseCount(qint64 customerId) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT COUNT(*) FROM rcdp_purchases WHERE customer_id = ?"_s);
    query.addBindValue(customerId);
    if (!SandboxDatabase::exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 RcdpStore::purchasesFrom(qint64 customerId, qint64 dateKey) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT COUNT(*) FROM rcdp_purchases WHERE customer_id = ? AND rk >= ?"_s);
    query.addBindValue(customerId);
    query.addBindValue(dateKey);
    if (!SandboxDatabase::exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<RcdpPurchase> RcdpStore::purchases(qint64 customerId, std::optional<qint64> beforeDateKey, qint64 offset,
                                         int limit) const
{
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM rcdp_purchases p JOIN rcdp_products pr ON pr.product_id = p.product_id "
                  "WHERE p.customer_id = ? AND p.rk < ? ORDER BY p.rk DESC LIMIT ? OFFSET ?"_s
                          .arg(kPurchaseColumns));
    query.addBindValue(customerId);
    query.addBindValue(beforeDateKey.value_or(std::numeric_limits<qint64>::max()));
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<RcdpPurchase> result;
    if (!SandboxDatabase::exec(query))
        return result;
    result.reserve(limit);
    while (query.next())
        result.append(purchaseFrom(query));
    return result;
}

bool RcdpStore::setTokenResources(const QString &token, const QStringList &resources)
{
    QSqlQuery query(m_database->database());
    query.prepare(u"INSERT OR REPLACE INTO rcdp_token_resources (token, resources) VALUES (?, ?)"_s);
    query.addBindValue(token);
    query.addBindValue(resources.join(u','));
    return SandboxDatabase::exec(query);
}

QStringList RcdpStore::tokenResources(const QString &token) const
{
    QSqlQuery query(m_database->database());
    query.prepare(u"SELECT resources FROM rcdp_token_resources WHERE token = ?"_s);
    query.addBindValue(token);
    if (!SandboxDatabase::exec(query) || !query.next())
        return {};
    return query.value(0).toString().split(u',', Qt::SkipEmptyParts);
}

} // namespace cdp::sandbox
