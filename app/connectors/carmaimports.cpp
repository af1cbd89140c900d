#include "carmaimports.h"

#include "jsonfields.h"
#include "net/apiclient.h"
#include "net/backoff.h"
#include "net/redact.h"

#include <QJsonDocument>
#include <QDateTime>
#include <QPointer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

const QByteArray kTokenHeader = QByteArrayLiteral("X-Carma-Authentication-Token");

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value.trimmed()));
}

// Carma's error text ({"error": "…"}, sometimes {"message": …}) when there is one, redacted.
QString serverMessage(const ApiResponse &response)
{
    const QJsonObject object = response.json.object();
    QString message = JsonFields::firstText(object, {"error"_L1, "message"_L1, "errorMessage"_L1});
    if (message.isEmpty() && !response.json.isObject() && !response.body.isEmpty() && response.body.size() < 300)
        message = QString::fromUtf8(response.body).simplified();
    return Redact::text(message.trimmed());
}

// Turns a failed response into the operator's sentence for a Carma call.
ApiError carmaError(const ApiResponse &response, const QString &what)
{
    ApiError error = response.error;
    const QString said = serverMessage(response);
    switch (response.httpStatus) {
    case 401:
        error.message = CarmaImports::tr("Carma refused the API token (HTTP 401) while %1. Check the token of this connection (X-Carma-Authentication-Token).").arg(what);
        break;
    case 403:
        error.message = CarmaImports::tr("Carma refused access (HTTP 403) while %1: the token may not use this customer id. Check the customer id of this connection.").arg(what);
        break;
    case 404:
        error.message = CarmaImports::tr("Carma found nothing at this address (HTTP 404) while %1. Check the base URL, customer id and list id.").arg(what);
        break;
    default:
        if (response.httpStatus > 0 && !said.isEmpty())
            error.message = CarmaImports::tr("Carma rejected the request (HTTP %1) while %2: %3").arg(response.httpStatus).arg(what, said);
        else if (response.httpStatus > 0)
            error.message = CarmaImports::tr("Carma rejected the request (HTTP %1) while %2.").arg(response.httpStatus).arg(what);
        else
            error.message = CarmaImports::tr("%1 (while %2)").arg(response.error.message, what);
        break;
    }
    if (!said.isEmpty() && response.httpStatus >= 400 && response.httpStatus != 400 && error.detail.isEmpty())
        error.detail = said;
    return error;
}

QDateTime epochTime(const QJsonValue &value)
{
    const std::optional<qint64> ms = JsonFields::epochMs(value);
    if (!ms || *ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

} // namespace

CarmaBatch::Status CarmaBatch::statusFromText(const QString &text)
{
    // Tolerant: blanks and typographic quotes as in the seed's example (” PENDING|…”).
    QString t = text.trimmed().toUpper();
    t.remove(QChar(0x201D));
    t.remove(QChar(0x201C));
    t.remove(u'"');
    t = t.trimmed();
    t.replace(u' ', u'_');
    t.replace(u'-', u'_');
    if (t == u"PENDING"_s)
        return Status::Pending;
    if (t == u"IN_PROGRESS"_s || t == u"INPROGRESS"_s)
        return Status::InProgress;
    if (t == u"FINISHED"_s)
        return Status::Finished;
    if (t == u"ERROR"_s || t == u"FAILED"_s)
        return Status::Error;
    return Status::Unknown;
}

QString CarmaBatch::statusKey(Status status)
{
    switch (status) {
    case Status::Pending: return u"PENDING"_s;
    case Status::InProgress: return u"IN_PROGRESS"_s;
    case Status::Finished: return u"FINISHED"_s;
    case Status::Error: return u"ERROR"_s;
    case Status::Unknown: break;
    }
    return u"UNKNOWN"_s;
}

CarmaImports::CarmaImports(ApiClient *client, Config config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(std::move(config))
{
    if (!m_config.token.isEmpty())
        Redact::addSecret(m_config.token);
}

QUrl CarmaImports::importsUrl(const QString &listId) const
{
    QUrl base = m_config.baseUrl;
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path + segment(m_config.customerId) + u"/purchasehistory/"_s + segment(listId) + u"/imports"_s,
                 QUrl::TolerantMode);
    return base;
}

QUrl CarmaImports::dataUrl(const QString &listId, const QString &importId) const
{
    QUrl url = importsUrl(listId);
    url.setPath(url.path(QUrl::FullyEncoded) + u'/' + segment(importId) + u"/data"_s, QUrl::TolerantMode);
    return url;
}

QUrl CarmaImports::batchUrl(const QString &batchId) const
{
    QUrl base = m_config.baseUrl;
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path + segment(m_config.customerId) + u"/batches/"_s + segment(batchId), QUrl::TolerantMode);
    return base;
}

QByteArray CarmaImports::defaultMetadata()
{
    return QByteArrayLiteral(R"({"delimiter":"59","encoding":"UTF8","type":"ADD"})");
}

QString CarmaImports::idText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return {};
    }
    if (value.isString())
        return value.toString().trimmed();
    return {};
}

bool CarmaImports::parseBatch(const QJsonObject &object, CarmaBatch *batch, QString *why)
{
    CarmaBatch b;
    b.id = idText(object.value(u"id"_s));
    if (b.id.isEmpty())
        b.id = idText(object.value(u"batchId"_s));
    b.type = JsonFields::text(object.value(u"type"_s)).trimmed();
    b.customerId = JsonFields::text(object.value(u"customerId"_s)).trimmed();
    b.startTime = epochTime(object.value(u"startTime"_s));
    b.endTime = epochTime(object.value(u"endTime"_s));
    b.affected = JsonFields::integer(object.value(u"affected"_s), -1);
    b.processed = JsonFields::integer(object.value(u"processed"_s), -1);
    b.total = JsonFields::integer(object.value(u"total"_s), -1);
    b.statusText = JsonFields::text(object.value(u"status"_s)).trimmed();
    b.status = CarmaBatch::statusFromText(b.statusText);
    b.reason = Redact::text(JsonFields::firstText(object, {"reason"_L1, "error"_L1, "message"_L1}));
    if (!object.contains(u"status"_s)) {
        if (why)
            *why = CarmaImports::tr("The batch has no status.");
        return false;
    }
    if (b.status == CarmaBatch::Status::Unknown) {
        if (why)
            *why = CarmaImports::tr("The batch status “%1” is not one of PENDING, IN_PROGRESS, FINISHED, ERROR.").arg(b.statusText.left(40));
        return false;
    }
    *batch = b;
    return true;
}

ApiReply *CarmaImports::createImport(const QString &listId, const QByteArray &metadata, QObject *context,
                                     CreateCallback callback)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = importsUrl(listId);
    request.headers = {{kTokenHeader, m_config.token.toUtf8()}, {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = metadata;
    if (!metadata.isEmpty())
        request.contentType = QByteArrayLiteral("application/json");
    request.idempotent = false;
    request.maxAttempts = 1;
    request.timeoutMs = m_config.timeoutMs;
    // One key per list: Carma's 429 ("previous batch not finished") concerns this list only.
    request.rateLimitKey = u"carma-import:"_s + m_config.baseUrl.host() + u'/' + m_config.customerId + u'/' + listId.trimmed();
    request.connectionName = m_config.connectionName;

    ApiReply *reply = m_client->send(request);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &ApiReply::finished, this, [reply, guard, hadContext, callback = std::move(callback)] {
        if (hadContext && !guard)
            return;
        const ApiResponse &response = reply->response();
        CreateResult result;
        if (!response.ok()) {
            result.error = carmaError(response, CarmaImports::tr("creating the import"));
            if (response.httpStatus == 429) {
                result.error.kind = ApiError::Kind::RateLimited;
                if (const auto wait = Backoff::parseRetryAfter(response.header(QByteArrayLiteral("Retry-After")),
                                                               QDateTime::currentDateTimeUtc()))
                    result.retryAfterSeconds = std::max<qint64>(1, (wait->count() + 999) / 1000);
                const QString said = serverMessage(response);
                result.error.message = said.isEmpty()
                    ? CarmaImports::tr("Carma does not accept a new import on this list yet (HTTP 429).")
                    : CarmaImports::tr("Carma does not accept a new import on this list yet (HTTP 429): %1").arg(said);
            }
            callback(result);
            return;
        }
        result.importId = CarmaImports::idText(response.json.object().value(u"id"_s));
        if (result.importId.isEmpty()) {
            result.error = ApiError::make(ApiError::Kind::BadResponse,
                                          CarmaImports::tr("Carma created the import but its answer has no import id."),
                                          Redact::text(QString::fromUtf8(response.body.left(200)).simplified()),
                                          response.httpStatus);
        }
        callback(result);
    });
    return reply;
}

ApiReply *CarmaImports::uploadData(const QString &listId, const QString &importId, const QString &filePath,
                                   QObject *context, UploadCallback callback, ProgressCallback progress)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = dataUrl(listId, importId);
    request.headers = {{kTokenHeader, m_config.token.toUtf8()}, {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.bodyFile = filePath;
    request.contentType = QByteArrayLiteral("text/csv");   // exactly as seed 001
    request.idempotent = false;
    request.maxAttempts = 1;
    request.timeoutMs = m_config.timeoutMs;
    request.connectionName = m_config.connectionName;

    ApiReply *reply = m_client->send(request);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    if (progress) {
        connect(reply, &ApiReply::uploadProgress, this, [guard, hadContext, progress](qint64 sent, qint64 total) {
            if (!hadContext || guard)
                progress(sent, total);
        });
    }
    connect(reply, &ApiReply::finished, this, [reply, guard, hadContext, callback = std::move(callback)] {
        if (hadContext && !guard)
            return;
        const ApiResponse &response = reply->response();
        UploadResult result;
        result.httpStatus = response.httpStatus;
        result.bodySent = response.bodySize > 0 && response.bodyBytesSent >= response.bodySize;
        const QString batchId = CarmaImports::idText(response.json.object().value(u"batchId"_s));
        if (response.ok()) {
            result.bodySent = true;
            result.batchId = batchId;
            if (batchId.isEmpty()) {
                result.error = ApiError::make(ApiError::Kind::BadResponse,
                                              CarmaImports::tr("Carma accepted the data but its answer has no batch id."),
                                              Redact::text(QString::fromUtf8(response.body.left(200)).simplified()),
                                              response.httpStatus);
            }
            callback(result);
            return;
        }
        if (response.httpStatus == 409 && !batchId.isEmpty()) {
            // This import already has its data: Carma names the batch instead of importing again.
            result.alreadyUploaded = true;
            result.batchId = batchId;
            callback(result);
            return;
        }
        result.error = carmaError(response, CarmaImports::tr("uploading the data"));
        if (response.httpStatus == 415)
            result.error.message += u' ' + CarmaImports::tr("The upload is sent as text/csv as the vendor documents; a proxy may have changed it.");
        callback(result);
    });
    return reply;
}

ApiReply *CarmaImports::fetchBatch(const QString &batchId, QObject *context, BatchCallback callback)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = batchUrl(batchId);
    request.headers = {{kTokenHeader, m_config.token.toUtf8()}, {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.timeoutMs = std::min(m_config.timeoutMs, 30000);
    request.maxAttempts = std::max(1, m_config.maxAttempts);
    request.connectionName = m_config.connectionName;

    ApiReply *reply = m_client->send(request);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &ApiReply::finished, this, [reply, guard, hadContext, batchId, callback = std::move(callback)] {
        if (hadContext && !guard)
            return;
        const ApiResponse &response = reply->response();
        CarmaBatch batch;
        if (!response.ok()) {
            ApiError error = carmaError(response, CarmaImports::tr("reading batch %1").arg(batchId));
            if (response.httpStatus == 404)
                error.message = CarmaImports::tr("Carma knows no batch %1 for this customer (HTTP 404).").arg(batchId);
            callback(batch, error);
            return;
        }
        QString why;
        if (!response.json.isObject() || !CarmaImports::parseBatch(response.json.object(), &batch, &why)) {
            if (why.isEmpty())
                why = CarmaImports::tr("The answer is not a JSON object.");
            callback(CarmaBatch{},
                     ApiError::make(ApiError::Kind::BadResponse,
                                    CarmaImports::tr("Carma's answer for batch %1 cannot be read: %2").arg(batchId, why),
                                    Redact::text(QString::fromUtf8(response.body.left(200)).simplified()),
                                    response.httpStatus));
            return;
        }
        if (batch.id.isEmpty())
            batch.id = batchId;
        callback(batch, ApiError{});
    });
    return reply;
}

} // namespace cdp
