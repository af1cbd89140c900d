#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace cdp {

class ApiClient;
class ApiReply;

// A Carma batch as GET batches/<id> describes it (seed 001). `id` comes as a number from the batch
// resource and as a string from the upload answer (VENDOR_NOTES): kept as text.
struct CarmaBatch
{
    enum class Status { Pending, InProgress, Finished, Error, Unknown };

    QString id;
    QString type;                 // "IMPORT"
    QString customerId;
    QDateTime startTime;          // UTC; invalid while PENDING (null or absent)
    QDateTime endTime;            // UTC; invalid until FINISHED/ERROR
    qint64 affected = -1;         // -1 when absent
    qint64 processed = -1;
    qint64 total = -1;
    Status status = Status::Unknown;
    QString statusText;           // as sent, trimmed ("PENDING" …)
    QString reason;               // ERROR only (not in the seed; the sandbox and some deployments send it)

    bool isTerminal() const { return status == Status::Finished || status == Status::Error; }
    static Status statusFromText(const QString &text);    // case-insensitive, trimmed
    static QString statusKey(Status status);              // "PENDING", "IN_PROGRESS", …
};

// The Carma purchase-history import API (seed 001): create an import, upload its data (streamed
// from disk, sent once), read a batch. Authentication: the X-Carma-Authentication-Token header.
// Speaks domain types only; every call ends exactly once (callback while context lives).
//
//   POST {base}{customerId}/purchasehistory/{listId}/imports          → {"id": "<uuid>"}
//   POST {base}{customerId}/purchasehistory/{listId}/imports/{id}/data (text/csv) → {"batchId": "<n>"}
//   GET  {base}{customerId}/batches/{batchId}                         → the batch object
//
// Non-idempotent POSTs are never retried on network errors (a dropped upload is reported as
// such: see UploadResult::bodySent). 429 + Retry-After on import creation is waited out by the
// ApiClient up to its maxRetryAfterWait (ApiReply::waiting() reports it); a longer one ends the
// call with ApiError::Kind::RateLimited and CreateResult::retryAfterSeconds.
class CarmaImports : public QObject
{
    Q_OBJECT
public:
    struct Config {
        QUrl baseUrl;              // REST base ending in "/rest/" (customer id is appended)
        QString customerId;
        QString token;             // X-Carma-Authentication-Token (from SecretStore; never logged)
        QString connectionName;    // for the request log
        int timeoutMs = 60000;     // transfer timeout per request (an upload: without progress)
        int maxAttempts = 4;       // GET batches retries on network errors / 5xx
    };

    CarmaImports(ApiClient *client, Config config, QObject *parent = nullptr);

    const Config &config() const { return m_config; }
    QUrl importsUrl(const QString &listId) const;
    QUrl dataUrl(const QString &listId, const QString &importId) const;
    QUrl batchUrl(const QString &batchId) const;

    // The undocumented metadata body (VENDOR_NOTES: as the sibling list import).
    static QByteArray defaultMetadata();   // {"delimiter":"59","encoding":"UTF8","type":"ADD"}

    struct CreateResult
    {
        ApiError error;              // Kind::None when importId is set
        QString importId;
        qint64 retryAfterSeconds = -1; // 429 that was not waited out: Carma's Retry-After (-1: none)
    };
    using CreateCallback = std::function<void(const cdp::CarmaImports::CreateResult &result)>;
    // metadata empty → empty body. Never retried on network errors (an import without data is
    // harmless, but a second one is noise in Carma).
    ApiReply *createImport(const QString &listId, const QByteArray &metadata, QObject *context,
                           CreateCallback callback);

    struct UploadResult
    {
        ApiError error;              // Kind::None when the batch id is known
        QString batchId;
        bool alreadyUploaded = false; // 409: Carma says this import already has data (batchId = that batch)
        bool bodySent = false;       // every byte of the body was handed to the network
        int httpStatus = 0;
    };
    using UploadCallback = std::function<void(const cdp::CarmaImports::UploadResult &result)>;
    using ProgressCallback = std::function<void(qint64 sent, qint64 total)>;
    // Streams `filePath` (never read into memory) as text/csv; sent once (no automatic re-send).
    ApiReply *uploadData(const QString &listId, const QString &importId, const QString &filePath,
                         QObject *context, UploadCallback callback, ProgressCallback progress = {});

    using BatchCallback = std::function<void(const cdp::CarmaBatch &batch, const cdp::ApiError &error)>;
    ApiReply *fetchBatch(const QString &batchId, QObject *context, BatchCallback callback);

    // Tolerant readers (typographic quotes, id as number or string, status with blanks).
    static bool parseBatch(const QJsonObject &object, CarmaBatch *batch, QString *why);
    static QString idText(const QJsonValue &value);     // string or integral number → text

private:
    ApiClient *m_client;
    Config m_config;
};

} // namespace cdp
