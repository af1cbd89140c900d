#pragma once

#include "carmaoptions.h"
#include "rcdpoptions.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace cdp::sandbox {

struct Faults
{
    int latencyMs = 0;          // added before every answer
    double errorRate = 0.0;     // share of API requests answered 503 (0..1)
    double dropRate = 0.0;      // share of API requests whose connection is closed without an answer
    quint32 seed = 1;           // deterministic fault sequence
};

struct Options
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                 // 0 = any free port
    QString databasePath;             // empty = in-memory SQLite
    bool demo = true;                 // load deterministic demo data
    int tokenTtlSeconds = 28800;      // OAuth2 token lifetime (seed: 8 h)
    int rateLimitPerMinute = 1000;    // per API key (seed: 1000/min)
    int rateWindowMs = 60000;         // window of the limit; tests shorten it
    Faults faults;
    RcdpOptions rcdp;                 // Algonomy Real-time CDP deployment (prefix, dedup columns, …)
    CarmaOptions carma;               // Carma purchase-history import (customer, batch pace, faults)
};

struct Credentials
{
    QString clientId;
    QString clientSecret;
    QString apiKey;
};

// cdp-sandbox: a local emulator of the vendor APIs over real HTTP on loopback, SQLite-backed.
// Lives in the thread that created it. Endpoints (User Profile API, seed 002):
//   POST /rruserprofile/api/v1/oauth2/token and POST /rruserprofile/v1/oauth2/token
//        (grant_type, client_id, client_secret as form body or query string)
//   GET  /rruserprofile/api/v1/<apiKey>/<userId>   (Authorization: Bearer <token>)
//        401 missing/unknown/expired/revoked token, 403 unknown API key, 404 unknown user,
//        429 + Retry-After over the rate limit (see userprofileapi.h and README.md)
// Algonomy Real-time CDP (seed 000), see rcdpapi.h:
//   POST /rcdpapi/secureApi/token/profile/create, POST /rcdpapi/api/v1/profile/b2b/productPurchased,
//   GET  /sandbox/img/<productCode>.png (product thumbnails)
// Carma purchase-history import (seed 001), see carmaapi.h:
//   POST /rest/<customerId>/purchasehistory/<listId>/imports[/<id>/data], GET /rest/<customerId>/batches/<id>
// eSputnik (seed 003), see esputnikapi.h: POST /api/v1/event, /api/v1/contacts, /api/v1/orders
// Sandbox-only control endpoints (no auth, loopback only):
//   GET  /sandbox/health    POST /sandbox/faults {latencyMs,errorRate,dropRate,seed}
//   GET  /sandbox/stats     {requests, tokensIssued, rateLimited, dropped, ...}
//   POST /sandbox/revoke-tokens   every issued token becomes invalid (next call answers 401)
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(const Options &options, QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const;                 // http://127.0.0.1:<port>/
    Credentials credentials() const;      // the demo credentials
    QStringList sampleUserIds() const;    // a few demo user ids (first one has every event kind)
    QJsonObject announcement() const;     // the JSON line printed on start
    void setFaults(const Faults &faults);
    Faults faults() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Runs a SandboxServer in its own thread (for cdp-console --demo): the GUI thread never serves.
class SandboxThread : public QObject
{
    Q_OBJECT
public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override;            // stops the server and joins the thread

    bool start(const Options &options, QString *error = nullptr);   // blocks until listening
    QUrl baseUrl() const;
    Credentials credentials() const;
    QStringList sampleUserIds() const;
    QJsonObject announcement() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cdp::sandbox
