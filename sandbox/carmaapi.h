#pragma once

#include "apimodule.h"
#include "carmaoptions.h"
#include "httpexchange.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <memory>

namespace cdp::sandbox {

class CarmaBatchWorker;
class CarmaStore;
struct CarmaBatch;
struct SandboxStats;

// Carma / Symplify purchase-history import (seed 001 + VENDOR_NOTES). Every endpoint needs the
// header X-Carma-Authentication-Token (missing or wrong: 401); a path customer id other than the
// token's customer: 403. Errors are {"error": <sentence>}.
//   POST /rest/<customerId>/purchasehistory/<listId>/imports
//        empty body or a JSON object of metadata (stored as sent; a non-object is a 400);
//        429 + Retry-After while a batch of the list is PENDING or IN_PROGRESS;
//        201 {"id": <uuid>}
//   POST /rest/<customerId>/purchasehistory/<listId>/imports/<id>/data   (Content-Type text/csv, else 415)
//        404 unknown import (or one of another list); 409 {"error","batchId"} when the import already
//        has data (a retried upload never imports twice); 200 {"batchId": "<n>"} (a string).
//        The file is checked with cdpcsv's CarmaValidator: any error makes the batch ERROR.
//        Fault: with dropAfterUpload the body is stored and its batch created, then the
//        connection is dropped without an answer.
//   GET  /rest/<customerId>/purchasehistory/<listId>/imports/<id>
//        sandbox convenience (upstream documents none): {"id","listId","created","metadata","batchId"}
//        with batchId null until data was uploaded.
//   GET  /rest/<customerId>/batches/<batchId>
//        {"id": n, "type":"IMPORT", "customerId", "startTime", "endTime", "affected", "processed",
//         "total", "status"} (+ "reason" when ERROR); startTime/endTime null until known.
// Control (loopback only): GET /sandbox/carma/lists/<listId>[?rows=N], GET/POST /sandbox/carma/faults.
class CarmaApi : public ApiModule
{
public:
    CarmaApi(CarmaStore *store, CarmaBatchWorker *worker, SandboxStats *stats, const CarmaOptions &options);

    QString name() const override;
    void registerRoutes(HttpRouter &router) override;

    static QString demoToken();
    static QJsonObject announcement(const CarmaOptions &options);
    static QJsonObject batchJson(const CarmaBatch &batch);

private:
    bool authorize(HttpExchange &exchange, const QString &customerId) const;
    void createImport(HttpExchange &exchange, const QStringList &params);
    void uploadData(HttpExchange &exchange, const QStringList &params);
    void showImport(HttpExchange &exchange, const QStringList &params);
    void showBatch(HttpExchange &exchange, const QStringList &params);
    void inspectList(HttpExchange &exchange, const QString &listId) const;
    void faults(HttpExchange &exchange);
    void setFaults(HttpExchange &exchange);
    static void fail(HttpExchange &exchange, int status, const QString &message, const HttpHeaders &headers = {});

    CarmaStore *m_store;
    CarmaBatchWorker *m_worker;
    SandboxStats *m_stats;
    CarmaOptions m_options;
    QRandomGenerator m_dropRandom;
};

} // namespace cdp::sandbox
