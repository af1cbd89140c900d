#include "rcdpapi.h"

#include "httprouter.h"
#include "ratelimiter.h"
#include "rcdpdemodata.h"
#include "rcdpidentity.h"
#include "rcdpjson.h"
#include "rcdprequest.h"
#include "rcdpstore.h"
#include "rcdpthumbnail.h"
#include "sandboxlogging.h"
#include "sandboxstats.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QJsonArray>

#include <map>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

const QString kResource = u"productPurchased"_s;

QString headerText(const HttpExchange &exchange, const QString &name)
{
    return QString::fromUtf8(exchange.header(name.toLatin1()));
}

QJsonObject sampleJson(const RcdpSampleCustomer &sample)
{
    QJsonObject object{{u"key"_s, sample.key},
                       {u"label"_s, sample.label},
                       {u"customerId"_s, sample.customerId},
                       {u"hashKey"_s, sample.hashKey},
                       {u"purchases"_s, sample.purchases}};
    auto add = [&object](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    add(u"gcrId"_s, sample.gcrId);
    add(u"email"_s, sample.email);
    add(u"mobile"_s, sample.mobile);
    add(u"customerCode"_s, sample.customerCode);
    return object;
}

} // namespace

RcdpApi::RcdpApi(RcdpStore *store, TokenStore *tokens, RateLimiter *rateLimiter, SandboxStats *stats,
                 RcdpOptions options, BaseUrl baseUrl)
    : m_store(store)
    , m_tokens(tokens)
    , m_rateLimiter(rateLimiter)
    , m_stats(stats)
    , m_options(std::move(options))
    , m_dedupColumns(dedupColumns(m_options))
    , m_baseUrl(std::move(baseUrl))
{
}

QString RcdpApi::name() const
{
    return QString::fromUtf16(kRcdpService);
}

QString RcdpApi::prefix(const RcdpOptions &options)
{
    const QStringList segments = options.prefix.split(u'/', Qt::SkipEmptyParts);
    return segments.isEmpty() ? QString() : u'/' + segments.join(u'/');
}

QString RcdpApi::tokenPath(const RcdpOptions &options)
{
    return prefix(options) + u"/secureApi/token/profile/create"_s;
}

QString RcdpApi::productPurchasedPath(const RcdpOptions &options)
{
    return prefix(options) + u"/api/v1/profile/b2b/productPurchased"_s;
}

QStringList RcdpApi::dedupColumns(const RcdpOptions &options)
{
    return options.dedupColumns.isEmpty() ? RcdpIdentity::headers() : options.dedupColumns;
}

QJsonObject RcdpApi::announcement(const RcdpOptions &options, bool demo)
{
    QJsonArray samples;
    if (demo) {
        for (const RcdpSampleCustomer &sample : RcdpDemoData::sampleCustomers())
            samples.append(sampleJson(sample));
    }
    return QJsonObject{
            {u"prefix"_s, prefix(options)},
            {u"tokenPath"_s, tokenPath(options)},
            {u"productPurchasedPath"_s, productPurchasedPath(options)},
            {u"imagePath"_s, u"/sandbox/img/{productCode}.png"_s},
            {u"tenantHash"_s, RcdpDemoData::tenantHash()},
            {u"oauthKeySecret"_s, RcdpDemoData::oauthKeySecret()},
            {u"oauthRequired"_s, options.oauthRequired},
            {u"tokenTtl"_s, options.tokenTtlSeconds},
            {u"resources"_s, QJsonArray::fromStringList(RcdpRequest::knownResources())},
            {u"dedupColumns"_s, QJsonArray::fromStringList(dedupColumns(options))},
            {u"defaultPageSize"_s, RcdpPaging::kDefaultPageSize},
            {u"maxPageSize"_s, RcdpPaging::kMaxPageSize},
            {u"sampleCustomers"_s, samples},
    };
}

void RcdpApi::registerRoutes(HttpRouter &router)
{
    router.add(QByteArrayLiteral("POST"), tokenPath(m_options), RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &) { createToken(exchange); });
    router.add(QByteArrayLiteral("POST"), productPurchasedPath(m_options), RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &) { productPurchased(exchange); });
    router.add(QByteArrayLiteral("GET"), u"/sandbox/img/{}"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &params) { thumbnail(exchange, params.at(0)); });
}

void RcdpApi::fail(HttpExchange &exchange, int status, const QString &message, const HttpHeaders &headers)
{
    exchange.respondJson(status, RcdpJson::failure(message), headers);
}

bool RcdpApi::admit(HttpExchange &exchange, const QString &bucket)
{
    const qint64 waitMs = m_rateLimiter->acquire(bucket);
    if (waitMs == 0)
        return true;
    const qint64 retryAfter = RateLimiter::retryAfterSeconds(waitMs);
    fail(exchange, 429,
         u"Rate limit of %1 requests per %2 ms exceeded"_s.arg(m_rateLimiter->limit()).arg(m_rateLimiter->windowMs()),
         {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)}});
    return false;
}

void RcdpApi::createToken(HttpExchange &exchange)
{
    const QString tenantHash = headerText(exchange, u"tenant_hash"_s);
    const QString bucket = u"rcdp-token:"_s + (tenantHash.isEmpty() ? exchange.remoteAddress().toString() : tenantHash);
    if (!admit(exchange, bucket))
        return;

    if (tenantHash.isEmpty()) {
        fail(exchange, 401, u"The tenant_hash header is required"_s);
        return;
    }
    const std::optional<RcdpTenant> tenant = m_store->tenant(tenantHash);
    if (!tenant) {
        fail(exchange, 401, u"Unknown tenant_hash"_s);
        return;
    }
    const QString service = name();
    OAuthClient client{service, tenantHash, QString(), tenantHash};
    if (tenant->oauthRequired) {
        const QString secret = headerText(exchange, u"oauth_key_secret"_s);
        if (secret.isEmpty()) {
            fail(exchange, 401, u"The oauth_key_secret header is required: OAuth is enabled for this tenant"_s);
            return;
        }
        const std::optional<OAuthClient> authenticated = m_tokens->authenticate(service, tenantHash, secret);
        if (!authenticated) {
            fail(exchange, 401, u"Invalid oauth_key_secret"_s);
            return;
        }
        client = *authenticated;
    }

    QStringList resources;
    QString error;
    if (!RcdpRequest::resources(exchange.body(), &resources, &error)) {
        fail(exchange, 400, error);
        return;
    }
    const QString token = m_tokens->issue(client, m_options.tokenTtlSeconds, QDateTime::currentMSecsSinceEpoch());
    if (token.isEmpty() || !m_store->setTokenResources(token, resources)) {
        fail(exchange, 500, u"Could not store the access token"_s);
        return;
    }
    ++m_stats->tokensIssued;
    exchange.respondJson(200,
                         RcdpJson::ok(QJsonObject{{u"access_token"_s, token},
                                                  {u"expires_in"_s, m_options.tokenTtlSeconds}}),
                         {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

bool RcdpApi::authorize(HttpExchange &exchange, const QString &tenantHash)
{
    const QString token = headerText(exchange, u"access_token"_s);
    if (token.isEmpty()) {
        fail(exchange, 401, u"The access_token header is required"_s);
        return false;
    }
    if (tenantHash.isEmpty()) {
        fail(exchange, 401, u"The tenant_hash header is required"_s);
        return false;
    }
    if (!m_store->tenant(tenantHash)) {
        fail(exchange, 401, u"Unknown tenant_hash"_s);
        return false;
    }
    const TokenStore::Check check = m_tokens->check(name(), token, QDateTime::currentMSecsSinceEpoch());
    switch (check.status) {
    case TokenStore::Status::Valid:
        break;
    case TokenStore::Status::Unknown:
        fail(exchange, 401, u"Invalid access_token"_s);
        return false;
    case TokenStore::Status::Expired:
        fail(exchange, 401, u"The access_token has expired"_s);
        return false;
    case TokenStore::Status::Revoked:
        fail(exchange, 401, u"The access_token has been revoked"_s);
        return false;
    }
    if (check.apiKey != tenantHash) {
        fail(exchange, 401, u"The access_token was not issued for this tenant_hash"_s);
        return false;
    }
    if (!m_store->tokenResources(token).contains(kResource)) {
        fail(exchange, 403, u"The access_token was not created for the productPurchased resource"_s);
        return false;
    }
    return true;
}

std::optional<RcdpCustomer> RcdpApi::resolveCustomer(HttpExchange &exchange, const QString &tenantHash)
{
    QStringList given;
    for (const QString &header : RcdpIdentity::headers()) {
        if (!headerText(exchange, header).trimmed().isEmpty())
            given.append(header);
    }
    if (given.isEmpty()) {
        fail(exchange, 400,
             u"At least one identity header is required: %1"_s.arg(m_dedupColumns.join(u", ")));
        return std::nullopt;
    }
    for (const QString &header : std::as_const(given)) {
        if (!m_dedupColumns.contains(header)) {
            fail(exchange, 400,
                 u"%1 is not a de-duplication column of this deployment (supported: %2)"_s.arg(
                         header, m_dedupColumns.join(u", ")));
            return std::nullopt;
        }
    }

    // Identifiers that match nobody do not veto the ones that match; those must agree.
    std::map<qint64, QStringList> matches;   // customer id -> headers naming it
    for (const QString &header : std::as_const(given)) {
        const QString value = RcdpIdentity::normalised(header, headerText(exchange, header));
        const QList<qint64> ids = m_store->findCustomers(tenantHash, header, value);
        for (const qint64 id : ids)
            matches[id].append(header);
    }
    if (matches.size() > 1) {
        QStringList parts;
        for (const auto &[id, headers] : matches)
            parts.append(u"%1 %2 customer %3"_s.arg(headers.join(u" and "), headers.size() == 1 ? u"names"_s : u"name"_s)
                                 .arg(id));
        fail(exchange, 409, u"The identifiers point to different customers: %1"_s.arg(parts.join(u"; ")));
        return std::nullopt;
    }
    const std::optional<RcdpCustomer> customer =
            matches.empty() ? std::nullopt : m_store->customer(matches.begin()->first);
    if (!customer) {
        exchange.respondJson(200, RcdpJson::failure(u"No customer matches the given identifiers"_s));
        return std::nullopt;
    }
    return customer;
}

void RcdpApi::productPurchased(HttpExchange &exchange)
{
    const QString tenantHash = headerText(exchange, u"tenant_hash"_s);
    if (!admit(exchange, u"rcdp:"_s + (tenantHash.isEmpty() ? exchange.remoteAddress().toString() : tenantHash)))
        return;
    if (!authorize(exchange, tenantHash))
        return;

    RcdpPaging paging;
    QString error;
    if (!RcdpRequest::paging(exchange.body(), &paging, &error)) {
        fail(exchange, 400, error);
        return;
    }
    const std::optional<RcdpCustomer> customer = resolveCustomer(exchange, tenantHash);
    if (!customer)
        return;

    RcdpPage page;
    page.customerId = customer->customerId;
    page.pageSize = paging.pageSize;
    page.totalCount = m_store->purchaseCount(customer->customerId);
    qint64 start = 0;   // rows of the customer before this page
    if (paging.lastKey) {
        if (paging.lastKey->hashKey != customer->hashKey) {
            fail(exchange, 400,
                 u"lastKey.HK_CUSTOMER_CODE \"%1\" does not belong to the requested customer"_s.arg(
                         paging.lastKey->hashKey));
            return;
        }
        start = m_store->purchasesFrom(customer->customerId, paging.lastKey->dateKey);
        page.currentPage = start / paging.pageSize + 1;
        page.rows = m_store->purchases(customer->customerId, paging.lastKey->dateKey, 0, paging.pageSize);
    } else {
        page.currentPage = paging.page.value_or(1);
        start = (page.currentPage - 1) * qint64(paging.pageSize);
        page.rows = m_store->purchases(customer->customerId, std::nullopt, start, paging.pageSize);
    }
    if (!page.rows.isEmpty() && start + page.rows.size() < page.totalCount)
        page.nextLastKey = RcdpLastKey{customer->hashKey, page.rows.constLast().row.dateKey};

    exchange.respondJson(200, RcdpJson::ok(RcdpJson::page(page, m_baseUrl())));
}

void RcdpApi::thumbnail(HttpExchange &exchange, const QString &fileName) const
{
    if (!RcdpThumbnail::isValidName(fileName)) {
        exchange.respondError(404, u"not_found"_s, u"No such image"_s);
        return;
    }
    exchange.respond(200, QByteArrayLiteral("image/png"), RcdpThumbnail::png(fileName),
                     {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400")}});
}

} // namespace cdp::sandbox
