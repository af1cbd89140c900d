#pragma once

#include "domain/customerkey.h"
#include "domain/purchaseline.h"
#include "net/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace cdp {

class ApiClient;
class ApiReply;
class TokenProvider;

// Algonomy Real-time CDP productPurchased (seed 000): POST {base}/api/v1/profile/b2b/productPurchased
// with the headers access_token (from the TokenProvider, normally an RcdpTokenProvider),
// tenant_hash and one header per identifier (gcrId, mobile_number, email_address,
// customer_code_external). Speaks domain types only.
//
// Paging: the first page is sent with {"pageSize":N} (or no body when pageSize <= 0); later pages
// with {"lastKey":{…},"page":n,"pageSize":N} as the seed's example body, lastKey passed back
// exactly as the server sent it. The call is a POST but only reads: it is marked idempotent, so
// network errors and 5xx are retried with back-off.
//
// Answers (see parsePage for the tolerant reading):
//  - 200 status "OK"                         → the page
//  - 200 status other than "OK"              → NotFound when the message says no customer
//                                              matches (the sandbox's answer for an unknown
//                                              customer), else BadResponse with the message
//  - 4xx/5xx with {"status","message"}       → the ApiClient error, its message replaced by the
//                                              server's (redacted) message where there is one
//  - an HTML page, a body without data, …    → BadResponse naming what was wrong
class CdpPurchases : public QObject
{
    Q_OBJECT
public:
    struct Config {
        QUrl baseUrl;            // B2B_API_URL, e.g. https://api-dev.algonomy.com/rcdpapi
        QString tenantHash;      // also the rate-limit key of productPurchased calls
        QString connectionName;
        int timeoutMs = 30000;
        int maxAttempts = 4;
    };

    static constexpr int kDefaultPageSize = 100;

    CdpPurchases(ApiClient *client, TokenProvider *tokens, Config config, QObject *parent = nullptr);

    const Config &config() const { return m_config; }
    void setConfig(Config config) { m_config = std::move(config); }
    QUrl productPurchasedUrl() const;
    static QUrl productPurchasedUrl(const QUrl &baseUrl);

    using PageCallback = std::function<void(const cdp::PurchasePage &page, const cdp::ApiError &error)>;

    // Calls back exactly once while context lives, with a page or an error (never both). Returns
    // the reply so the caller may abort() it (the callback then gets ApiError::Kind::Cancelled);
    // nullptr when nothing was sent (incomplete config, no valid identifier): the callback still
    // runs once, queued, with ApiError::Kind::Config. Several keys of the same kind: the last wins.
    ApiReply *fetchPage(const QList<CustomerKey> &keys, const PurchaseCursor &cursor, int pageSize,
                        QObject *context, PageCallback callback);
    ApiReply *fetchPage(const CustomerKey &key, const PurchaseCursor &cursor, int pageSize,
                        QObject *context, PageCallback callback);

    // The request body for a cursor: empty for the first page without a page size.
    static QByteArray requestBody(const PurchaseCursor &cursor, int pageSize);

    // Reads a productPurchased answer. status != "OK" → error with the server's message; data or
    // dataList missing → BadResponse. Fields are read tolerantly: customerId number or string;
    // counts as numbers or numeric strings; money strings through Money::parse ("$100.30",
    // "$1000.0", "$ 55.9"); productQty number or string; orderDate "", " " or a date in several
    // formats (PurchaseLine::parseOrderDate); blank productImgUrl → empty. Unreadable fields are
    // counted in malformedFields (the line is kept). `requestedPageSize` (> 0) is used when the
    // answer has no pageSize.
    static PurchasePage parsePage(const QJsonDocument &document, ApiError *error, int requestedPageSize = 0);
    // A line of dataList (public for tests). Problems are appended to *warnings when given.
    static PurchaseLine parseLine(const QJsonObject &object, int *malformedFields = nullptr,
                                  QStringList *warnings = nullptr);

private:
    ApiError checkConfig(const QList<CustomerKey> &keys) const;

    ApiClient *m_client;
    TokenProvider *m_tokens;
    Config m_config;
};

} // namespace cdp
