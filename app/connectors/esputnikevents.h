#pragma once

// eSputnik (Yespo) API (seed 003 + VENDOR_NOTES): POST v1/event, v1/contacts (bulk ≤ 3000),
// v1/orders (≤ 1000). HTTP Basic, any user name, the API key as password. Errors are 4xx with
// free text (not JSON). Every request here is a non-idempotent POST: ApiClient sends its body
// through a read-once device and never repeats it after a network error or 5xx; it only sits out
// 429 answers (the server did not process those). Retrying after a transit failure is the
// caller's decision (the outbox's).

#include "net/apierror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace cdp {

class ApiClient;
class ApiReply;
struct ApiResponse;

// One contact for v1/contacts. Empty fields are left out of the body.
struct EsputnikContact
{
    QString firstName;
    QString lastName;
    QString email;                 // channel "email"
    QString phone;                 // channel "sms"
    QString externalCustomerId;
    QString contactKey;
    friend bool operator==(const EsputnikContact &a, const EsputnikContact &b)
    {
        return a.firstName == b.firstName && a.lastName == b.lastName && a.email == b.email && a.phone == b.phone
            && a.externalCustomerId == b.externalCustomerId && a.contactKey == b.contactKey;
    }
};

class EsputnikEvents : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxContactsPerRequest = 3000;
    static constexpr int MaxOrdersPerRequest = 1000;

    struct Config
    {
        QUrl baseUrl;               // API root, e.g. https://esputnik.com/api/ (v1/event is appended)
        QString userName = QStringLiteral("cdp-console");
        QString apiKey;             // from SecretStore; memory only, never logged
        QString connectionName;
        int timeoutMs = 30000;
        int rateLimitPerMinute = 500;
    };

    // How one request ended, in the outbox's terms.
    enum class Outcome {
        Delivered,        // 2xx
        Rejected,         // 4xx other than 429 (400 validation, 401/403 credentials, 404, 413 …): do not repeat
        FailedInTransit,  // 5xx, 429 after the client's waits, or no answer before the whole body went out: may be retried
        MayHaveArrived,   // no answer after the whole body was handed to the network (timeout, dropped
                          // connection): eSputnik may have saved it; repeating could duplicate it
        Cancelled,        // aborted by the caller (shutdown, pause of a bulk upload)
    };

    struct Result
    {
        Outcome outcome = Outcome::FailedInTransit;
        int httpStatus = 0;
        QString serverText;         // the server's body as text (redacted, at most 2000 chars); else our error text
        ApiError error;             // Kind::None when Delivered
        int attempts = 0;
        qint64 elapsedMs = 0;
        bool delivered() const { return outcome == Outcome::Delivered; }
    };
    using Callback = std::function<void(const cdp::EsputnikEvents::Result &result)>;

    EsputnikEvents(ApiClient *client, Config config, QObject *parent = nullptr);

    const Config &config() const { return m_config; }
    void setConfig(Config config);  // also (re)applies the rate limit on the client

    QUrl eventUrl() const;          // {base}v1/event
    QUrl contactsUrl() const;       // {base}v1/contacts
    QUrl ordersUrl() const;         // {base}v1/orders
    // "esputnik/<first 12 hex of SHA-256(apiKey)>": shared by every request of one API key,
    // without putting the key into wait texts or logs.
    QString rateLimitKey() const;
    QString problem() const;        // empty when requests can be sent (base URL and API key present)

    // POST v1/event with `body` exactly as given. Callback once while `context` lives. Returns the
    // reply (abort() → Cancelled) or null when nothing was sent (incomplete config: the callback
    // still runs, queued, with Rejected + ApiError::Config).
    ApiReply *sendEvent(const QByteArray &body, QObject *context, Callback callback);
    // POST v1/contacts {"contacts":[…]} (≤ MaxContactsPerRequest; more → Rejected without sending).
    ApiReply *uploadContacts(const QList<EsputnikContact> &contacts, QObject *context, Callback callback);
    // POST v1/orders {"orders":[…]} (≤ MaxOrdersPerRequest; objects as the caller built them).
    ApiReply *uploadOrders(const QJsonArray &orders, QObject *context, Callback callback);

    static QByteArray contactsBody(const QList<EsputnikContact> &contacts);
    static QByteArray basicAuthorization(const QString &userName, const QString &apiKey);   // "Basic …"
    // Maps an ApiClient response to an outcome (public for tests).
    static Result classify(const ApiResponse &response);

private:
    ApiReply *post(const QUrl &url, const QByteArray &body, int timeoutMs, QObject *context, Callback callback);

    ApiClient *m_client;
    Config m_config;
};

} // namespace cdp
