#include "carmaapi.h"

#include "carmabatchworker.h"
#include "carmaformat.h"
#include "carmastore.h"
#include "httprouter.h"
#include "ratelimiter.h"
#include "sandboxlogging.h"
#include "sandboxstats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

const QByteArray kTokenHeader = QByteArrayLiteral("X-Carma-Authentication-Token");

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue batchIdJson(const std::optional<qint64> &batchId)
{
    return batchId ? QJsonValue(QString::number(*batchId)) : QJsonValue(QJsonValue::Null);
}

bool isLoopback(HttpExchange &exchange)
{
    if (exchange.remoteAddress().isLoopback())
        return true;
    exchange.respondError(403, u"forbidden"_s, u"Control endpoints answer loopback clients only"_s);
    return false;
}

bool isCsv(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed();
    return mediaType.compare("text/csv", Qt::CaseInsensitive) == 0;
}

QJsonValue metadataJson(const QByteArray &metadata)
{
    if (metadata.trimmed().isEmpty())
        return QJsonValue::Null;
    return QJsonDocument::fromJson(metadata).object();
}

} // namespace

CarmaApi::CarmaApi(CarmaStore *store, CarmaBatchWorker *worker, SandboxStats *stats, const CarmaOptions &options)
    : m_store(store)
    , m_worker(worker)
    , m_stats(stats)
    , m_options(options)
    , m_dropRandom(options.dropSeed)
{
}

QString CarmaApi::name() const
{
    return u"carma"_s;
}

QString CarmaApi::demoToken()
{
    return u"carma-demo-3f9b6e2a71c84d05"_s;
}

QJsonObject CarmaApi::announcement(const CarmaOptions &options)
{
    return QJsonObject{
            {u"customerId"_s, double(options.customerId)},
            {u"token"_s, demoToken()},
            {u"tokenHeader"_s, QString::fromLatin1(kTokenHeader)},
            {u"basePath"_s, u"/rest/%1/"_s.arg(options.customerId)},
            {u"importsPath"_s, u"/rest/%1/purchasehistory/{listId}/imports"_s.arg(options.customerId)},
            {u"batchPath"_s, u"/rest/%1/batches/{batchId}"_s.arg(options.customerId)},
            {u"inspectPath"_s, u"/sandbox/carma/lists/{listId}"_s},
            {u"rowsPerSecond"_s, options.rowsPerSecond},
            {u"pendingMs"_s, options.pendingMs},
            {u"dropAfterUpload"_s, options.dropAfterUploadRate},
    };
}

QJsonObject CarmaApi::batchJson(const CarmaBatch &batch)
{
    QJsonObject object{
            {u"id"_s, double(batch.id)},
            {u"type"_s, u"IMPORT"_s},
            {u"customerId"_s, double(batch.customerId)},
            {u"startTime"_s, optionalJson(batch.startMs)},
            {u"endTime"_s, optionalJson(batch.endMs)},
            {u"affected"_s, double(batch.affected)},
            {u"processed"_s, double(batch.processed)},
            {u"total"_s, double(batch.total)},
            {u"status"_s, batch.status},
    };
    if (!batch.reason.isEmpty())
        object.insert(u"reason"_s, batch.reason);
    return object;
}

void CarmaApi::registerRoutes(HttpRouter &router)
{
    router.add(QByteArrayLiteral("POST"), u"/rest/{}/purchasehistory/{}/imports"_s, RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &params) { createImport(exchange, params); });
    router.add(QByteArrayLiteral("POST"), u"/rest/{}/purchasehistory/{}/imports/{}/data"_s, RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &params) { uploadData(exchange, params); });
    router.add(QByteArrayLiteral("GET"), u"/rest/{}/purchasehistory/{}/imports/{}"_s, RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &params) { showImport(exchange, params); });
    router.add(QByteArrayLiteral("GET"), u"/rest/{}/batches/{}"_s, RouteKind::Api,
               [this](HttpExchange exchange, const QStringList &params) { showBatch(exchange, params); });
    router.add(QByteArrayLiteral("GET"), u"/sandbox/carma/lists/{}"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &params) {
                   if (isLoopback(exchange))
                       inspectList(exchange, params.at(0));
               });
    router.add(QByteArrayLiteral("GET"), u"/sandbox/carma/faults"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &) {
                   if (isLoopback(exchange))
                       faults(exchange);
               });
    router.add(QByteArrayLiteral("POST"), u"/sandbox/carma/faults"_s, RouteKind::Control,
               [this](HttpExchange exchange, const QStringList &) {
                   if (isLoopback(exchange))
                       setFaults(exchange);
               });
}

void CarmaApi::fail(HttpExchange &exchange, int status, const QString &message, const HttpHeaders &headers)
{
    exchange.respondJson(status, QJsonObject{{u"error"_s, message}}, headers);
}

bool CarmaApi::authorize(HttpExchange &exchange, const QString &customerId) const
{
    const QByteArray token = exchange.header(kTokenHeader);
    if (token.isEmpty()) {
        fail(exchange, 401, u"The X-Carma-Authentication-Token header is required"_s);
        return false;
    }
    if (token != demoToken().toUtf8()) {
        fail(exchange, 401, u"Invalid authentication token"_s);
        return false;
    }
    if (customerId != QString::number(m_options.customerId)) {
        fail(exchange, 403, u"The token does not grant access to customer %1"_s.arg(customerId));
        return false;
    }
    return true;
}

void CarmaApi::createImport(HttpExchange &exchange, const QStringList &params)
{
    if (!authorize(exchange, params.at(0)))
        return;
    const QString &listId = params.at(1);
    const QByteArray metadata = exchange.body();
    if (!metadata.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(metadata, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            fail(exchange, 400, u"The import metadata must be empty or a JSON object"_s);
            return;
        }
    }
    if (const std::optional<CarmaBatch> running = m_store->unfinishedBatch(m_options.customerId, listId)) {
        const qint64 retryAfter = RateLimiter::retryAfterSeconds(m_worker->remainingMs(running->id));
        fail(exchange, 429,
             u"Batch %1 of list %2 is still %3; start a new import when it has finished"_s.arg(running->id)
                     .arg(listId, running->status),
             {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)}});
        return;
    }
    CarmaImport import{QUuid::createUuid().toString(QUuid::WithoutBraces), m_options.customerId, listId,
                       metadata, QDateTime::currentMSecsSinceEpoch(), std::nullopt};
    if (!m_store->addImport(import)) {
        fail(exchange, 500, u"The sandbox could not store the import"_s);
        return;
    }
    qCInfo(lcSandbox).noquote() << u"carma import %1 created on list %2"_s.arg(import.id, listId);
    exchange.respondJson(201, QJsonObject{{u"id"_s, import.id}});
}

void CarmaApi::uploadData(HttpExchange &exchange, const QStringList &params)
{
    if (!authorize(exchange, params.at(0)))
        return;
    const QString &listId = params.at(1);
    const std::optional<CarmaImport> import = m_store->import(params.at(2));
    if (!import || import->listId != listId) {
        fail(exchange, 404, u"No import %1 on list %2"_s.arg(params.at(2), listId));
        return;
    }
    if (import->batchId) {
        exchange.respondJson(409, QJsonObject{{u"error"_s, u"Import %1 already has its data (batch %2)"_s.arg(import->id)
                                                                   .arg(*import->batchId)},
                                              {u"batchId"_s, QString::number(*import->batchId)}});
        return;
    }
    if (!isCsv(exchange.header(QByteArrayLiteral("Content-Type")))) {
        fail(exchange, 415, u"The data must be sent as text/csv"_s);
        return;
    }

    const QByteArray body = exchange.body();
    const qint64 lines = body.count('\n') + (body.isEmpty() || body.endsWith('\n') ? 0 : 1);
    CarmaBatch batch;
    batch.id = m_store->nextBatchId();
    batch.customerId = import->customerId;
    batch.listId = listId;
    batch.importId = import->id;
    batch.status = u"PENDING"_s;
    batch.total = lines;
    if (!m_store->addBatch(batch)) {
        fail(exchange, 500, u"The sandbox could not store the batch"_s);
        return;
    }
    m_worker->enqueue(batch.id, body, carmaFormatError(body));
    qCInfo(lcSandbox).noquote() << u"carma import %1: %2 bytes, %3 lines -> batch %4"_s.arg(import->id)
                                           .arg(body.size())
                                           .arg(lines)
                                           .arg(batch.id);

    if (m_options.dropAfterUploadRate > 0 && m_dropRandom.generateDouble() < m_options.dropAfterUploadRate) {
        ++m_stats->dropped;
        qCInfo(lcSandbox).noquote() << u"carma batch %1 stored, connection dropped (dropAfterUpload)"_s.arg(batch.id);
        exchange.drop();
        return;
    }
    exchange.respondJson(200, QJsonObject{{u"batchId"_s, QString::number(batch.id)}});
}

void CarmaApi::showImport(HttpExchange &exchange, const QStringList &params)
{
    if (!authorize(exchange, params.at(0)))
        return;
    const std::optional<CarmaImport> import = m_store->import(params.at(2));
    if (!import || import->listId != params.at(1)) {
        fail(exchange, 404, u"No import %1 on list %2"_s.arg(params.at(2), params.at(1)));
        return;
    }
    exchange.respondJson(200, QJsonObject{{u"id"_s, import->id},
                                          {u"listId"_s, import->listId},
                                          {u"created"_s, double(import->createdMs)},
                                          {u"metadata"_s, metadataJson(import->metadata)},
                                          {u"batchId"_s, batchIdJson(import->batchId)}});
}

void CarmaApi::showBatch(HttpExchange &exchange, const QStringList &params)
{
    if (!authorize(exchange, params.at(0)))
        return;
    bool ok = false;
    const qint64 id = params.at(1).toLongLong(&ok);
    const std::optional<CarmaBatch> batch = ok ? m_store->batch(id) : std::nullopt;
    if (!batch || batch->customerId != m_options.customerId) {
        fail(exchange, 404, u"No batch %1"_s.arg(params.at(1)));
        return;
    }
    exchange.respondJson(200, batchJson(*batch));
}

void CarmaApi::inspectList(HttpExchange &exchange, const QString &listId) const
{
    const int rowLimit = qBound(0, exchange.query().queryItemValue(u"rows"_s).toInt(), 10000);
    QJsonArray imports;
    for (const CarmaImport &import : m_store->imports(listId)) {
        QJsonObject object{{u"id"_s, import.id},
                           {u"created"_s, double(import.createdMs)},
                           {u"metadata"_s, metadataJson(import.metadata)},
                           {u"batchId"_s, batchIdJson(import.batchId)}};
        if (import.batchId) {
            if (const std::optional<CarmaBatch> batch = m_store->batch(*import.batchId))
                object.insert(u"batch"_s, batchJson(*batch));
        }
        imports.append(object);
    }
    QJsonArray rows;
    for (const CarmaRow &row : m_store->rows(listId, rowLimit)) {
        rows.append(QJsonObject{{u"batchId"_s, QString::number(row.batchId)},
                                {u"line"_s, double(row.line)},
                                {u"originalId"_s, row.originalId},
                                {u"sku"_s, row.sku},
                                {u"itemPrice"_s, row.itemPrice},
                                {u"raw"_s, row.raw}});
    }
    exchange.respondJson(200, QJsonObject{{u"listId"_s, listId},
                                          {u"rowCount"_s, double(m_store->rowCount(listId))},
                                          {u"imports"_s, imports},
                                          {u"rows"_s, rows}});
}

void CarmaApi::faults(HttpExchange &exchange)
{
    exchange.respondJson(200, QJsonObject{{u"dropAfterUpload"_s, m_options.dropAfterUploadRate},
                                          {u"seed"_s, double(m_options.dropSeed)}});
}

void CarmaApi::setFaults(HttpExchange &exchange)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body(), &parseError);
    const QJsonObject object = document.object();
    const QJsonValue drop = object.value(u"dropAfterUpload"_s);
    const QJsonValue seed = object.value(u"seed"_s);
    const bool dropValid = drop.isUndefined() || drop.isBool() || (drop.isDouble() && drop.toDouble() >= 0 && drop.toDouble() <= 1);
    const bool seedValid = seed.isUndefined() || (seed.isDouble() && seed.toDouble() >= 0 && seed.toDouble() <= 4294967295.0);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !dropValid || !seedValid) {
        exchange.respondError(400, u"invalid_request"_s,
                              u"Expected {\"dropAfterUpload\": true|false|0..1, \"seed\": 0..2^32-1}"_s);
        return;
    }
    if (drop.isBool())
        m_options.dropAfterUploadRate = drop.toBool() ? 1.0 : 0.0;
    else if (drop.isDouble())
        m_options.dropAfterUploadRate = drop.toDouble();
    if (!seed.isUndefined())
        m_options.dropSeed = quint32(seed.toDouble());
    m_dropRandom.seed(m_options.dropSeed);
    faults(exchange);
}

} // namespace cdp::sandbox
