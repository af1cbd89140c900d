#include "importservice.h"

#include "connectors/carmaimports.h"
#include "csv/carmavalidator.h"
#include "csv/sha256.h"
#include "net/apiclient.h"
#include "net/logging.h"
#include "net/redact.h"
#include "session/carmasettings.h"
#include "session/consolesession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMetaObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace cdp {

namespace {

QString trc(const char *text, int n = -1)
{
    return QCoreApplication::translate("cdp::ImportService", text, nullptr, n);
}

int clampSeconds(int seconds)
{
    return std::clamp(seconds, ImportService::MinimumPollIntervalSeconds, ImportService::MaximumPollIntervalSeconds);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

constexpr int kMaxConsecutiveNotFound = 5;

} // namespace

// ---------------------------------------------------------------------------------------------

QString FileAssessment::sha256Hex() const
{
    return QString::fromLatin1(sha256.toHex());
}

QString importStageDisplayName(ImportStage stage)
{
    switch (stage) {
    case ImportStage::Checking: return trc("Checking the file");
    case ImportStage::Journalled: return trc("Recorded in the ledger");
    case ImportStage::WaitingToCreate: return trc("Waiting for Carma (HTTP 429)");
    case ImportStage::CreatingImport: return trc("Creating the import");
    case ImportStage::Uploading: return trc("Uploading");
    case ImportStage::Polling: return trc("Waiting for the batch");
    case ImportStage::Finished: return trc("Finished");
    case ImportStage::Failed: return trc("Failed");
    case ImportStage::Cancelled: return trc("Cancelled");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// ImportJob state and the runner that drives it
// ---------------------------------------------------------------------------------------------

struct ImportJob::Private
{
    ImportService *service = nullptr;
    ImportRequest request;
    ImportLedgerEntry entry;
    ImportStage stage = ImportStage::Checking;
    Failure failure = Failure::None;
    QString errorText;
    bool resumed = false;
    bool dying = false;
    ConnectionProfile profile;
    CarmaImports *connector = nullptr;
    QPointer<ApiReply> reply;
    std::shared_ptr<std::atomic<bool>> checkCancel = std::make_shared<std::atomic<bool>>(false);
    QTimer timer;                 // polls, 429 waits, confirmation delays
    QDateTime nextPollAt;
    QElapsedTimer sinceLastPoll;
    qint64 uploadSent = 0;
    qint64 uploadTotal = 0;
    bool uploadComplete = false;  // every byte handed to the network (no honest cancel any more)
    int notFoundPolls = 0;
    std::optional<FileAssessment> assessment;
};

// Friend of ImportJob and ImportService: the steps of one import.
class ImportJobRunner
{
public:
    static void begin(ImportJob *job);
    static void resume(ImportJob *job);

    static void afterAssessment(ImportJob *job, const FileAssessment &assessment);
    static void withToken(ImportJob *job, std::function<void()> next);
    static void journal(ImportJob *job);
    static void createImport(ImportJob *job);
    static void upload(ImportJob *job);
    static void onUploaded(ImportJob *job, const CarmaImports::UploadResult &result);
    static void outcomeUnknown(ImportJob *job, const QString &why);
    static void startPolling(ImportJob *job, bool pollAtOnce);
    static void schedulePoll(ImportJob *job, milliseconds delay);
    static void poll(ImportJob *job);

    static bool save(ImportJob *job);
    static void setStage(ImportJob *job, ImportStage stage);
    static void fail(ImportJob *job, ImportJob::Failure failure, const QString &text,
                     std::optional<ImportState> ledgerState);
    static void finishCancelled(ImportJob *job, const QString &text);
    static bool fileUnchanged(ImportJob *job, QString *why);
};

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->timer.setSingleShot(true);
    d->timer.setTimerType(Qt::PreciseTimer);
}

ImportJob::~ImportJob()
{
    d->dying = true;
    d->checkCancel->store(true);
    d->timer.stop();
    // An aborted upload stays journalled as Uploading: the next start confirms it, never re-imports.
    if (d->reply && !d->reply->isFinished())
        d->reply->abort();
}

qint64 ImportJob::entryId() const { return d->entry.id; }
ImportLedgerEntry ImportJob::entry() const { return d->entry; }
ImportStage ImportJob::stage() const { return d->stage; }
ImportJob::Failure ImportJob::failure() const { return d->failure; }
QString ImportJob::errorText() const { return d->errorText; }
bool ImportJob::isResumed() const { return d->resumed; }

bool ImportJob::isDone() const
{
    return d->stage == ImportStage::Finished || d->stage == ImportStage::Failed || d->stage == ImportStage::Cancelled;
}

bool ImportJob::canCancel() const
{
    switch (d->stage) {
    case ImportStage::Checking:
    case ImportStage::Journalled:
    case ImportStage::WaitingToCreate:
    case ImportStage::CreatingImport:
        return true;
    case ImportStage::Uploading:
        return !d->uploadComplete;
    default:
        return false;
    }
}

bool ImportJob::cancel(QString *why)
{
    if (!canCancel()) {
        if (why) {
            *why = isDone() ? tr("The import has already ended.")
                            : tr("The data has already been sent to Carma, which imports it whatever the console does; "
                                 "the console keeps following the batch.");
        }
        return false;
    }
    d->checkCancel->store(true);
    d->timer.stop();
    const ImportStage stage = d->stage;
    if (d->reply && !d->reply->isFinished()) {
        // The callback sees Cancelled and ends the job (for an upload: before the last byte).
        d->reply->abort();
        if (isDone())
            return true;
    }
    QString text;
    if (stage == ImportStage::Uploading)
        text = tr("Cancelled during the upload, before all data was sent; Carma discards an incomplete upload.");
    else
        text = tr("Cancelled before any data was sent.");
    ImportJobRunner::finishCancelled(this, text);
    return true;
}

int ImportJob::pollIntervalSeconds() const { return d->entry.pollIntervalSeconds; }

void ImportJob::setPollIntervalSeconds(int seconds)
{
    const int clamped = clampSeconds(seconds);
    if (clamped == d->entry.pollIntervalSeconds)
        return;
    d->entry.pollIntervalSeconds = clamped;
    if (d->entry.id != 0)
        ImportJobRunner::save(this);
    if (d->stage == ImportStage::Polling && d->timer.isActive()) {
        const milliseconds interval = d->service->effectivePollInterval(clamped);
        const qint64 since = d->sinceLastPoll.isValid() ? d->sinceLastPoll.elapsed() : interval.count();
        ImportJobRunner::schedulePoll(this, milliseconds(std::max<qint64>(0, interval.count() - since)));
    }
    Q_EMIT entryChanged(d->entry);
}

QDateTime ImportJob::nextPollAt() const
{
    return d->stage == ImportStage::Polling ? d->nextPollAt : QDateTime();
}

void ImportJob::pollNow()
{
    if (d->stage != ImportStage::Polling || (d->reply && !d->reply->isFinished()))
        return;
    const qint64 floor = d->service->pollFloor().count();
    const qint64 since = d->sinceLastPoll.isValid() ? d->sinceLastPoll.elapsed() : floor;
    ImportJobRunner::schedulePoll(this, milliseconds(std::max<qint64>(0, floor - since)));
}

// ---------------------------------------------------------------------------------------------

struct ImportService::Private
{
    ConsoleSession *session = nullptr;
    std::unique_ptr<ImportLedger> ledger;
    QList<QPointer<ImportJob>> jobs;
    int defaultPollSeconds = DefaultPollIntervalSeconds;
    milliseconds pollFloor{MinimumPollIntervalSeconds * 1000};
    std::chrono::seconds maxRetryAfterWait{2 * 3600};
    QHash<QString, QString> tokenOverrides;   // connection name (lower case) -> token, memory only
};

bool ImportJobRunner::save(ImportJob *job)
{
    ImportJob::Private &d = *job->d;
    QString error;
    const bool inserted = d.entry.id == 0;
    if (!d.service->d->ledger->save(d.entry, &error)) {
        qCWarning(lcStore).noquote() << "Import ledger:" << error;
        return false;
    }
    Q_EMIT job->entryChanged(d.entry);
    Q_EMIT d.service->ledgerChanged(d.entry.id);
    Q_UNUSED(inserted)
    return true;
}

void ImportJobRunner::setStage(ImportJob *job, ImportStage stage)
{
    if (job->d->stage == stage)
        return;
    job->d->stage = stage;
    Q_EMIT job->stageChanged(stage);
}

void ImportJobRunner::fail(ImportJob *job, ImportJob::Failure failure, const QString &text,
                           std::optional<ImportState> ledgerState)
{
    ImportJob::Private &d = *job->d;
    if (job->isDone())
        return;
    d.timer.stop();
    d.failure = failure;
    d.errorText = text;
    if (ledgerState && d.entry.id != 0) {
        d.entry.state = *ledgerState;
        d.entry.errorText = text;
        if (!isActiveImportState(*ledgerState))
            d.entry.finishedAt = QDateTime::currentDateTimeUtc();
        save(job);
    }
    qCInfo(lcNet).noquote() << "Carma import" << d.entry.id << "failed:" << Redact::text(text);
    setStage(job, ImportStage::Failed);
    Q_EMIT job->failed(failure, text);
}

void ImportJobRunner::finishCancelled(ImportJob *job, const QString &text)
{
    ImportJob::Private &d = *job->d;
    if (job->isDone())
        return;
    d.timer.stop();
    if (d.entry.id != 0) {
        d.entry.state = ImportState::Cancelled;
        d.entry.errorText = text;
        d.entry.finishedAt = QDateTime::currentDateTimeUtc();
        save(job);
    }
    d.errorText = text;
    setStage(job, ImportStage::Cancelled);
    Q_EMIT job->cancelled();
}

bool ImportJobRunner::fileUnchanged(ImportJob *job, QString *why)
{
    const ImportLedgerEntry &e = job->d->entry;
    const QFileInfo info(e.filePath);
    if (!info.exists()) {
        *why = trc("The file %1 no longer exists.").arg(QDir::toNativeSeparators(e.filePath));
        return false;
    }
    if (info.size() != e.fileSize) {
        *why = trc("The file %1 changed after it was checked (%2 bytes instead of %3). Check it again.")
                   .arg(QDir::toNativeSeparators(e.filePath))
                   .arg(info.size())
                   .arg(e.fileSize);
        return false;
    }
    if (job->d->assessment && job->d->assessment->lastModified.isValid()
        && info.lastModified().toUTC() != job->d->assessment->lastModified) {
        *why = trc("The file %1 was modified after it was checked. Check it again.").arg(QDir::toNativeSeparators(e.filePath));
        return false;
    }
    return true;
}

void ImportJobRunner::begin(ImportJob *job)
{
    ImportJob::Private &d = *job->d;
    ImportService *service = d.service;
    if (d.checkCancel->load())
        return;   // cancelled before it began (finishCancelled ran)

    QString why = service->connectionProblem(d.request.connectionName);
    if (!why.isEmpty()) {
        fail(job, ImportJob::Failure::Config, why, std::nullopt);
        return;
    }
    d.profile = *service->carmaConnection(d.request.connectionName);
    const QString listId = d.request.listId.trimmed();
    if (listId.isEmpty() || listId.contains(u'/') || listId.contains(u'?') || listId.contains(u'#')) {
        fail(job, ImportJob::Failure::Config,
             trc("The list id “%1” is not valid: give the id of the Carma list (a number).").arg(listId), std::nullopt);
        return;
    }
    const QFileInfo info(d.request.filePath);
    if (!info.isFile() || !info.isReadable()) {
        fail(job, ImportJob::Failure::Config,
             trc("The file %1 does not exist or cannot be read.").arg(QDir::toNativeSeparators(d.request.filePath)),
             std::nullopt);
        return;
    }
    const QString absolute = info.absoluteFilePath();
    if (d.request.assessment && QFileInfo(d.request.assessment->filePath).absoluteFilePath() == absolute
        && d.request.assessment->fileSize == info.size()
        && d.request.assessment->lastModified == info.lastModified().toUTC()
        && d.request.assessment->outcome == FileAssessment::Outcome::Completed) {
        afterAssessment(job, *d.request.assessment);
        return;
    }
    QPointer<ImportJob> guard(job);
    service->assessFileAsync(
        absolute, job,
        [job](const FileAssessment &assessment) { afterAssessment(job, assessment); },
        [guard](qint64 done, qint64 total) {
            if (guard && guard->d->stage == ImportStage::Checking)
                Q_EMIT guard->checkProgress(done, total);
        },
        d.checkCancel);
}

void ImportJobRunner::afterAssessment(ImportJob *job, const FileAssessment &assessment)
{
    ImportJob::Private &d = *job->d;
    if (job->isDone())
        return;
    if (assessment.outcome == FileAssessment::Outcome::Cancelled) {
        finishCancelled(job, trc("Cancelled while checking the file; nothing was sent."));
        return;
    }
    if (assessment.outcome == FileAssessment::Outcome::Failed) {
        fail(job, ImportJob::Failure::Config, assessment.errorString, std::nullopt);
        return;
    }
    if (assessment.rows == 0) {
        fail(job, ImportJob::Failure::Validation,
             trc("The file %1 holds no rows; there is nothing to import.").arg(QDir::toNativeSeparators(assessment.filePath)),
             std::nullopt);
        return;
    }
    if (!assessment.isAcceptable()) {
        fail(job, ImportJob::Failure::Validation,
             trc("The file has %n error(s) and Carma would reject all of it; nothing was sent. First: %1", int(std::min<qint64>(assessment.errorCount, INT_MAX)))
                 .arg(assessment.firstError),
             std::nullopt);
        return;
    }
    d.assessment = assessment;

    // Another job of this session with the same content and target that has not journalled yet.
    if (!d.request.overrideDuplicate) {
        for (const QPointer<ImportJob> &other : d.service->d->jobs) {
            if (!other || other == job || other->isDone() || !other->d->assessment)
                continue;
            if (other->d->assessment->sha256 == assessment.sha256
                && other->d->request.listId.trimmed() == d.request.listId.trimmed()
                && other->d->request.connectionName.compare(d.request.connectionName, Qt::CaseInsensitive) == 0) {
                fail(job, ImportJob::Failure::DuplicateBlocked,
                     trc("The same content is being imported to list %1 right now; Carma appends, so a second import would double the rows.")
                         .arg(d.request.listId.trimmed()),
                     std::nullopt);
                return;
            }
        }
    }
    const DuplicateVerdict verdict = d.service->duplicateVerdict(assessment.sha256, d.request.connectionName, d.request.listId);
    if (verdict.duplicate && !d.request.overrideDuplicate) {
        fail(job, ImportJob::Failure::DuplicateBlocked,
             verdict.text + u' ' + trc("Confirm the override to import it again."), std::nullopt);
        return;
    }

    ImportLedgerEntry &e = d.entry;
    e.filePath = assessment.filePath;
    const QString source = d.request.sourcePath.isEmpty() ? QString() : QFileInfo(d.request.sourcePath).absoluteFilePath();
    e.sourcePath = source == e.filePath ? QString() : source;
    e.fileName = QFileInfo(e.sourcePath.isEmpty() ? e.filePath : e.sourcePath).fileName();
    e.fileSize = assessment.fileSize;
    e.sha256 = assessment.sha256;
    e.rows = assessment.rows;
    e.totalValue = assessment.totalValue;
    e.connectionId = d.profile.id;
    e.connectionName = d.profile.name;
    e.baseUrl = CarmaSettings::normalizedBaseUrl(d.profile);
    e.customerId = CarmaSettings::customerId(d.profile);
    e.listId = d.request.listId.trimmed();
    if (verdict.duplicate) {
        e.overriddenEntryId = verdict.earlier.value(0).id;
        e.overrideNote = d.request.overrideNote.trimmed().isEmpty()
            ? trc("Imported again on purpose although the ledger had the same content for this list (entry %1).").arg(e.overriddenEntryId)
            : d.request.overrideNote.trimmed();
    }
    withToken(job, [job] { journal(job); });
}

void ImportJobRunner::withToken(ImportJob *job, std::function<void()> next)
{
    ImportJob::Private &d = *job->d;
    SecretStore &secrets = d.service->d->session->secretStore();
    const ConnectionProfile profile = d.profile;
    const QString override = d.service->d->tokenOverrides.value(profile.name.toLower());
    secrets.read(profile.secretKey(), job,
                 [job, profile, override, next = std::move(next)](bool found, QString secret, const QString &error) {
                     ImportJob::Private &jd = *job->d;
                     if (job->isDone())
                         return;
                     if ((!found || secret.isEmpty()) && !override.isEmpty()) {
                         found = true;
                         secret = override;
                     }
                     if (!found || secret.isEmpty()) {
                         const QString text = error.isEmpty()
                             ? trc("No API token is stored for the connection “%1”. Enter it in Connections (it is kept in the keyring, never in the workspace).").arg(profile.name)
                             : trc("The API token of the connection “%1” could not be read from the keyring: %2").arg(profile.name, error);
                         fail(job, ImportJob::Failure::Config, text, std::nullopt);
                         return;
                     }
                     delete jd.connector;
                     jd.connector = new CarmaImports(&jd.service->d->session->apiClient(),
                                                     CarmaSettings::connectorConfig(profile, secret), job);
                     next();
                 });
}

void ImportJobRunner::journal(ImportJob *job)
{
    ImportJob::Private &d = *job->d;
    d.entry.state = ImportState::Journalled;
    if (!save(job)) {
        fail(job, ImportJob::Failure::Storage,
             trc("The import could not be recorded in the workspace's ledger; nothing was sent."), std::nullopt);
        return;
    }
    setStage(job, ImportStage::Journalled);
    createImport(job);
}

void ImportJobRunner::createImport(ImportJob *job)
{
    ImportJob::Private &d = *job->d;
    if (job->isDone())
        return;
    d.entry.state = ImportState::CreatingImport;
    d.entry.errorText.clear();
    if (!save(job)) {   // journalled before the request is sent
        fail(job, ImportJob::Failure::Storage,
             trc("The import could not be recorded in the workspace's ledger; nothing was sent."), std::nullopt);
        return;
    }
    setStage(job, ImportStage::CreatingImport);
    const QByteArray metadata = d.request.sendMetadata ? CarmaImports::defaultMetadata() : QByteArray();
    ApiReply *reply = d.connector->createImport(d.entry.listId, metadata, job, [job](const CarmaImports::CreateResult &result) {
        ImportJob::Private &jd = *job->d;
        if (jd.dying || job->isDone())
            return;
        if (result.error.kind == ApiError::Kind::Cancelled) {
            finishCancelled(job, trc("Cancelled before any data was sent."));
            return;
        }
        if (result.error.kind == ApiError::Kind::RateLimited) {
            const qint64 wait = result.retryAfterSeconds > 0 ? result.retryAfterSeconds : 60;
            if (wait > jd.service->d->maxRetryAfterWait.count()) {
                fail(job, ImportJob::Failure::RateLimited,
                     result.error.message + u' '
                         + trc("Carma asks to wait %1 s, longer than the console waits; nothing was uploaded. Try again later.").arg(wait),
                     ImportState::Failed);
                return;
            }
            const QString text = trc("%1 Waiting %2 s as Carma asks (Retry-After) before trying again.")
                                     .arg(result.error.message)
                                     .arg(wait);
            jd.entry.errorText = text;
            save(job);
            setStage(job, ImportStage::WaitingToCreate);
            Q_EMIT job->waiting(text, wait);
            jd.timer.disconnect();
            QObject::connect(&jd.timer, &QTimer::timeout, job, [job] {
                Q_EMIT job->waiting(QString(), 0);
                createImport(job);
            });
            jd.timer.start(static_cast<int>(std::min<qint64>(wait * 1000, INT_MAX)));
            return;
        }
        if (result.error.isError()) {
            const ImportJob::Failure failure = result.error.httpStatus > 0 ? ImportJob::Failure::Server : ImportJob::Failure::Network;
            fail(job, failure, result.error.message + u' ' + trc("Nothing was uploaded."), ImportState::Failed);
            return;
        }
        jd.entry.importId = result.importId;
        upload(job);
    });
    d.reply = reply;
    if (reply) {
        QObject::connect(reply, &ApiReply::waiting, job, [job](const QString &reason, qint64 ms) {
            ImportJob::Private &jd = *job->d;
            if (job->isDone())
                return;
            if (ms > 0) {
                setStage(job, ImportStage::WaitingToCreate);
                Q_EMIT job->waiting(reason, (ms + 999) / 1000);
            } else {
                setStage(job, ImportStage::CreatingImport);
                Q_EMIT job->waiting(QString(), 0);
            }
            Q_UNUSED(jd)
        });
    }
}

void ImportJobRunner::upload(ImportJob *job)
{
    ImportJob::Private &d = *job->d;
    if (job->isDone())
        return;
    QString why;
    if (!fileUnchanged(job, &why)) {
        fail(job, ImportJob::Failure::Config, why + u' ' + trc("Nothing was uploaded."), ImportState::Failed);
        return;
    }
    d.entry.state = ImportState::Uploading;
    if (!save(job)) {   // journalled before the data is sent
        fail(job, ImportJob::Failure::Storage,
             trc("The upload could not be recorded in the workspace's ledger; the data was not sent."),
             std::nullopt);
        return;
    }
    setStage(job, ImportStage::Uploading);
    d.uploadSent = 0;
    d.uploadTotal = d.entry.fileSize;
    d.uploadComplete = false;
    d.reply = d.connector->uploadData(
        d.entry.listId, d.entry.importId, d.entry.filePath, job,
        [job](const CarmaImports::UploadResult &result) { onUploaded(job, result); },
        [job](qint64 sent, qint64 total) {
            ImportJob::Private &jd = *job->d;
            jd.uploadSent = sent;
            if (total > 0)
                jd.uploadTotal = total;
            if (jd.uploadTotal > 0 && sent >= jd.uploadTotal)
                jd.uploadComplete = true;
            Q_EMIT job->uploadProgress(sent, jd.uploadTotal);
        });
}

void ImportJobRunner::onUploaded(ImportJob *job, const CarmaImports::UploadResult &result)
{
    ImportJob::Private &d = *job->d;
    if (d.dying || job->isDone())
        return;
    if (result.bodySent)
        d.uploadComplete = true;
    if (!result.error.isError()) {
        d.entry.batchId = result.batchId;
        if (result.alreadyUploaded) {
            qCInfo(lcNet).noquote() << "Carma import" << d.entry.id << ": Carma says the data of import"
                                    << d.entry.importId << "had arrived already; batch" << result.batchId;
        }
        d.entry.errorText.clear();
        startPolling(job, true);
        return;
    }
    if (result.error.kind == ApiError::Kind::Cancelled && !d.uploadComplete) {
        finishCancelled(job, trc("Cancelled during the upload, before all data was sent; Carma discards an incomplete upload."));
        return;
    }
    const bool noAnswer = result.httpStatus == 0;
    const bool serverTrouble = result.httpStatus >= 500;
    const bool someBodySent = d.uploadSent > 0 || result.bodySent;
    if ((noAnswer && someBodySent) || serverTrouble) {
        outcomeUnknown(job, trc("The answer to the upload was lost (%1).").arg(result.error.message));
        return;
    }
    if (result.error.kind == ApiError::Kind::Config) {   // the file could not be opened
        fail(job, ImportJob::Failure::Config, result.error.message + u' ' + trc("Nothing was uploaded."), ImportState::Failed);
        return;
    }
    if (noAnswer) {   // nothing was sent (connection refused, host not found …)
        fail(job, ImportJob::Failure::Network, result.error.message + u' ' + trc("Nothing was uploaded."), ImportState::Failed);
        return;
    }
    // A 4xx answer: Carma refused the data; nothing was imported.
    fail(job, ImportJob::Failure::Server, result.error.message, ImportState::Failed);
}

// The data went out (or may have) and no answer says what Carma did with it. Carma's API offers
// no way to ask: an import cannot be read back and its batch id came only in the lost answer.
// Sending the data again could import every row twice (imports append), so the console never
// does; the ledger keeps the entry as Unknown, which blocks another import of the same content
// to this list until the operator has checked the list in Carma and explicitly overrides.
void ImportJobRunner::outcomeUnknown(ImportJob *job, const QString &why)
{
    ImportJob::Private &d = *job->d;
    fail(job, ImportJob::Failure::Unknown,
         why + u' '
             + trc("Carma may have received all %n row(s); its API cannot be asked, so the console will not send them "
                   "again. Check list %1 in Carma (import %2, started %3). Importing this file to this list again "
                   "needs an explicit override.",
                   int(std::min<qint64>(d.entry.rows, INT_MAX)))
                   .arg(d.entry.listId, d.entry.importId, utcText(d.entry.createdAt)),
         ImportState::Unknown);
}

void ImportJobRunner::startPolling(ImportJob *job, bool pollAtOnce)
{
    ImportJob::Private &d = *job->d;
    d.entry.state = ImportState::Polling;
    if (d.entry.batchStatus.isEmpty())
        d.entry.batchStatus = u"PENDING"_s;
    save(job);
    setStage(job, ImportStage::Polling);
    d.timer.disconnect();
    QObject::connect(&d.timer, &QTimer::timeout, job, [job] { poll(job); });
    schedulePoll(job, pollAtOnce ? milliseconds(0) : d.service->effectivePollInterval(d.entry.pollIntervalSeconds));
}

void ImportJobRunner::schedulePoll(ImportJob *job, milliseconds delay)
{
    ImportJob::Private &d = *job->d;
    d.nextPollAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    d.timer.start(static_cast<int>(std::clamp<qint64>(delay.count(), 0, INT_MAX)));
}

void ImportJobRunner::poll(ImportJob *job)
{
    ImportJob::Private &d = *job->d;
    if (job->isDone() || (d.reply && !d.reply->isFinished()))
        return;
    d.sinceLastPoll.start();
    d.reply = d.connector->fetchBatch(d.entry.batchId, job, [job](const CarmaBatch &batch, const ApiError &error) {
        ImportJob::Private &jd = *job->d;
        if (jd.dying || job->isDone())
            return;
        const milliseconds interval = jd.service->effectivePollInterval(jd.entry.pollIntervalSeconds);
        if (error.isError()) {
            if (error.kind == ApiError::Kind::Cancelled)
                return;
            jd.notFoundPolls = error.kind == ApiError::Kind::NotFound ? jd.notFoundPolls + 1 : 0;
            if (jd.notFoundPolls >= kMaxConsecutiveNotFound) {
                fail(job, ImportJob::Failure::Unknown,
                     trc("Carma no longer knows batch %1 (HTTP 404, %2 times). Check list %3 in Carma.")
                         .arg(jd.entry.batchId)
                         .arg(jd.notFoundPolls)
                         .arg(jd.entry.listId),
                     ImportState::Unknown);
                return;
            }
            jd.entry.errorText = trc("Reading the batch failed (%1); trying again in %2 s.")
                                     .arg(error.message)
                                     .arg((interval.count() + 999) / 1000);
            save(job);
            schedulePoll(job, interval);
            return;
        }
        jd.notFoundPolls = 0;
        ImportLedgerEntry &e = jd.entry;
        e.batchStatus = CarmaBatch::statusKey(batch.status);
        e.processed = batch.processed;
        e.affected = batch.affected;
        e.total = batch.total;
        e.batchStartTime = batch.startTime;
        e.batchEndTime = batch.endTime;
        e.errorText.clear();
        if (batch.status == CarmaBatch::Status::Finished) {
            e.state = ImportState::Finished;
            e.finishedAt = QDateTime::currentDateTimeUtc();
            save(job);
            Q_EMIT job->batchProgress(e);
            setStage(job, ImportStage::Finished);
            Q_EMIT job->finished(e);
            return;
        }
        if (batch.status == CarmaBatch::Status::Error) {
            Q_EMIT job->batchProgress(e);
            const QString reason = batch.reason.isEmpty() ? trc("no reason given") : batch.reason;
            fail(job, ImportJob::Failure::BatchError,
                 trc("Carma rejected the file (batch %1 ended in ERROR: %2); nothing was imported.").arg(e.batchId, reason),
                 ImportState::Failed);
            return;
        }
        save(job);
        Q_EMIT job->batchProgress(e);
        schedulePoll(job, interval);
    });
}

void ImportJobRunner::resume(ImportJob *job)
{
    ImportJob::Private &d = *job->d;
    ImportService *service = d.service;
    // The connection as it is now (by id, else by name).
    std::optional<ConnectionProfile> profile;
    for (const ConnectionProfile &p : service->carmaConnections()) {
        if ((d.entry.connectionId != 0 && p.id == d.entry.connectionId) || p.name == d.entry.connectionName) {
            profile = p;
            if (p.id == d.entry.connectionId)
                break;
        }
    }
    if (!profile) {
        // Keep the ledger state: with the connection restored, the next start resumes.
        fail(job, ImportJob::Failure::Config,
             trc("The Carma connection “%1” of import %2 no longer exists; the import cannot be followed.")
                 .arg(d.entry.connectionName)
                 .arg(d.entry.id),
             std::nullopt);
        return;
    }
    d.profile = *profile;
    if (d.entry.state == ImportState::Polling) {
        withToken(job, [job] { startPolling(job, true); });
        return;
    }
    // Uploading: the console stopped while the data was going out; whether it
    // arrived cannot be asked (see outcomeUnknown), and it is never sent a second time.
    outcomeUnknown(job, trc("The console stopped during the upload of %1.").arg(QDir::toNativeSeparators(d.entry.filePath)));
}

// ---------------------------------------------------------------------------------------------
// ImportService
// ---------------------------------------------------------------------------------------------

ImportService::ImportService(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->session = session;
    d->ledger = std::make_unique<ImportLedger>(session->workspace());
}

ImportService::~ImportService()
{
    const QList<QPointer<ImportJob>> jobs = d->jobs;
    for (const QPointer<ImportJob> &job : jobs)
        delete job.data();
}

QList<ConnectionProfile> ImportService::carmaConnections() const
{
    QList<ConnectionProfile> list;
    for (const ConnectionProfile &profile : d->session->connections()) {
        if (profile.vendor == Vendor::Carma)
            list.append(profile);
    }
    return list;
}

std::optional<ConnectionProfile> ImportService::carmaConnection(const QString &name) const
{
    for (const ConnectionProfile &profile : carmaConnections()) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QString ImportService::connectionProblem(const QString &name) const
{
    const std::optional<ConnectionProfile> profile = carmaConnection(name);
    if (!profile) {
        QStringList names;
        for (const ConnectionProfile &p : carmaConnections())
            names.append(p.name);
        if (names.isEmpty())
            return tr("There is no Carma connection named “%1”, and no Carma connection at all; add one in Connections.").arg(name);
        return tr("There is no Carma connection named “%1” (Carma connections: %2).").arg(name, names.join(u", "_s));
    }
    QString why;
    CarmaSettings::isComplete(*profile, &why);
    return why;
}

FileAssessment ImportService::assessFile(const QString &path, const AssessOptions &options)
{
    FileAssessment a;
    const QFileInfo info(path);
    a.filePath = info.absoluteFilePath();
    if (!info.exists() || !info.isFile()) {
        a.outcome = FileAssessment::Outcome::Failed;
        a.errorString = tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return a;
    }
    a.fileSize = info.size();
    a.lastModified = info.lastModified().toUTC();
    const qint64 total = a.fileSize * 2;

    csv::CarmaValidationOptions vo;
    vo.computeContentHash = false;   // hashed below with OpenSSL (csv::Sha256)
    vo.cancel = options.cancel;
    vo.rejectedRowsPath = options.rejectedRowsPath;
    vo.maxStoredProblems = 100;
    if (options.progress)
        vo.progress = [&options, total](qint64 done, qint64) { options.progress(done, total); };
    const csv::CarmaValidationResult v = csv::CarmaValidator::validateFile(a.filePath, vo);
    if (v.outcome == csv::CarmaValidationResult::Outcome::Cancelled) {
        a.outcome = FileAssessment::Outcome::Cancelled;
        return a;
    }
    if (v.outcome == csv::CarmaValidationResult::Outcome::Failed) {
        a.outcome = FileAssessment::Outcome::Failed;
        a.errorString = v.errorString.isEmpty()
            ? tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(a.filePath))
            : v.errorString;
        return a;
    }
    a.rows = v.validRows + v.invalidRows;
    a.validRows = v.validRows;
    a.invalidRows = v.invalidRows;
    a.errorCount = v.errorCount();
    a.warningCount = v.warningCount();
    a.totalValue = v.totalValue.toString(2);
    for (const csv::CarmaProblem &p : v.problems) {
        if (p.severity == csv::CarmaSeverity::Error) {
            a.firstError = p.column >= 0
                ? tr("Line %1, column %2 (%3): %4").arg(p.line).arg(p.column).arg(p.field, p.message)
                : tr("Line %1: %2").arg(p.line).arg(p.message);
            break;
        }
    }

    QFile file(a.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        a.outcome = FileAssessment::Outcome::Failed;
        a.errorString = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(a.filePath), file.errorString());
        return a;
    }
    csv::Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (;;) {
        if (options.cancel && options.cancel->load()) {
            a.outcome = FileAssessment::Outcome::Cancelled;
            return a;
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            a.outcome = FileAssessment::Outcome::Failed;
            a.errorString = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(a.filePath), file.errorString());
            return a;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (options.progress && sinceProgress.elapsed() >= 50) {
            options.progress(a.fileSize + done, total);
            sinceProgress.restart();
        }
    }
    if (done != a.fileSize) {
        a.outcome = FileAssessment::Outcome::Failed;
        a.errorString = tr("The file %1 changed while it was checked. Check it again.").arg(QDir::toNativeSeparators(a.filePath));
        return a;
    }
    a.sha256 = hash.result();
    if (options.progress)
        options.progress(total, total);
    return a;
}

void ImportService::assessFileAsync(const QString &path, QObject *context,
                                    std::function<void(const FileAssessment &)> done,
                                    std::function<void(qint64, qint64)> progress,
                                    std::shared_ptr<std::atomic<bool>> cancel)
{
    if (!cancel)
        cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ImportService> self(this);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto reportProgress = [self, guard, hadContext, progress](qint64 bytesDone, qint64 bytesTotal) {
        if (!progress)
            return;
        // Posted to the application object (alive longer than any service): the service may be
        // destroyed while the worker runs, so it is only looked at on its own thread.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, guard, hadContext, progress, bytesDone, bytesTotal] {
            if (self && (!hadContext || guard))
                progress(bytesDone, bytesTotal);
        }, Qt::QueuedConnection);
    };
    auto future = QtConcurrent::run([path, cancel, reportProgress, self, guard, hadContext, done = std::move(done)] {
        AssessOptions options;
        options.cancel = cancel.get();
        options.progress = reportProgress;
        const FileAssessment result = assessFile(path, options);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, guard, hadContext, done, result] {
            if (self && (!hadContext || guard))
                done(result);
        }, Qt::QueuedConnection);
    });
    Q_UNUSED(future)
}

DuplicateVerdict ImportService::duplicateVerdict(const QByteArray &sha256, const QString &connectionName,
                                                 const QString &listId) const
{
    DuplicateVerdict verdict;
    const std::optional<ConnectionProfile> profile = carmaConnection(connectionName);
    if (!profile || sha256.isEmpty())
        return verdict;
    verdict.earlier = d->ledger->sameContent(sha256, CarmaSettings::normalizedBaseUrl(*profile),
                                             CarmaSettings::customerId(*profile), listId.trimmed());
    verdict.duplicate = !verdict.earlier.isEmpty();
    if (verdict.duplicate) {
        const ImportLedgerEntry &last = verdict.earlier.first();
        const QString batch = last.batchId.isEmpty() ? tr("no batch id known") : tr("batch %1").arg(last.batchId);
        const QString status = last.batchStatus.isEmpty() ? importStateDisplayName(last.state) : last.batchStatus;
        verdict.text = tr("This content was already imported to list %1 of customer %2 on %3 (ledger entry %4, import %5, %6, %7).")
                           .arg(last.listId, last.customerId, utcText(last.createdAt))
                           .arg(last.id)
                           .arg(last.importId.isEmpty() ? tr("id unknown") : last.importId, batch, status);
        if (verdict.earlier.size() > 1)
            verdict.text += u' ' + tr("It was imported there %n time(s) in all.", nullptr, int(verdict.earlier.size()));
        verdict.text += u' ' + tr("Carma appends: importing it again doubles the rows.");
    }
    return verdict;
}

ImportJob *ImportService::startImport(const ImportRequest &request)
{
    auto *job = new ImportJob(this);
    job->d->service = this;
    job->d->request = request;
    job->d->entry.pollIntervalSeconds = clampSeconds(request.pollIntervalSeconds);
    d->jobs.append(job);
    Q_EMIT jobStarted(job);
    QPointer<ImportJob> guard(job);
    QMetaObject::invokeMethod(this, [guard] {
        if (guard && !guard->isDone())
            ImportJobRunner::begin(guard);
    }, Qt::QueuedConnection);
    return job;
}

QList<ImportJob *> ImportService::jobs() const
{
    QList<ImportJob *> running;
    QList<ImportJob *> done;
    for (const QPointer<ImportJob> &job : d->jobs) {
        if (!job)
            continue;
        (job->isDone() ? done : running).append(job.data());
    }
    return running + done;
}

ImportJob *ImportService::job(qint64 entryId) const
{
    if (entryId == 0)
        return nullptr;
    for (const QPointer<ImportJob> &job : d->jobs) {
        if (job && job->entryId() == entryId)
            return job.data();
    }
    return nullptr;
}

void ImportService::resumePending()
{
    const QList<ImportLedgerEntry> active = d->ledger->activeEntries();
    for (const ImportLedgerEntry &entry : active) {
        if (ImportJob *existing = job(entry.id); existing && !existing->isDone())
            continue;
        if (entry.state == ImportState::Journalled || entry.state == ImportState::CreatingImport) {
            // Nothing was uploaded: an import without data (if Carma created one) holds no rows.
            ImportLedgerEntry e = entry;
            e.state = ImportState::Failed;
            e.errorText = tr("The console stopped before the upload began; nothing was imported. Start the import again.");
            e.finishedAt = QDateTime::currentDateTimeUtc();
            if (d->ledger->save(e))
                Q_EMIT ledgerChanged(e.id);
            continue;
        }
        if (entry.state == ImportState::Uploading
            && entry.importId.isEmpty()) {
            ImportLedgerEntry e = entry;
            e.state = ImportState::Failed;
            e.errorText = tr("The console stopped before Carma named the import; nothing was uploaded.");
            e.finishedAt = QDateTime::currentDateTimeUtc();
            if (d->ledger->save(e))
                Q_EMIT ledgerChanged(e.id);
            continue;
        }
        auto *job = new ImportJob(this);
        job->d->service = this;
        job->d->entry = entry;
        job->d->resumed = true;
        job->d->stage = entry.state == ImportState::Polling ? ImportStage::Polling : ImportStage::Uploading;
        job->d->request.filePath = entry.filePath;
        job->d->request.connectionName = entry.connectionName;
        job->d->request.listId = entry.listId;
        job->d->request.pollIntervalSeconds = entry.pollIntervalSeconds;
        d->jobs.append(job);
        Q_EMIT jobStarted(job);
        QPointer<ImportJob> guard(job);
        QMetaObject::invokeMethod(this, [guard] {
            if (guard && !guard->isDone())
                ImportJobRunner::resume(guard);
        }, Qt::QueuedConnection);
    }
}

QList<ImportLedgerEntry> ImportService::ledgerEntries(int limit) const
{
    return d->ledger->entries(limit);
}

std::optional<ImportLedgerEntry> ImportService::ledgerEntry(qint64 id) const
{
    return d->ledger->entry(id);
}

ImportLedger &ImportService::ledger()
{
    return *d->ledger;
}

int ImportService::defaultPollIntervalSeconds() const
{
    return d->defaultPollSeconds;
}

void ImportService::setDefaultPollIntervalSeconds(int seconds)
{
    d->defaultPollSeconds = clampSeconds(seconds);
}

milliseconds ImportService::pollFloor() const
{
    return d->pollFloor;
}

void ImportService::setPollFloorForTesting(milliseconds floor)
{
    d->pollFloor = std::clamp(floor, milliseconds(10), milliseconds(MinimumPollIntervalSeconds * 1000));
}

milliseconds ImportService::effectivePollInterval(int seconds) const
{
    if (d->pollFloor < milliseconds(MinimumPollIntervalSeconds * 1000))
        return d->pollFloor;   // tests only (setPollFloorForTesting)
    return milliseconds(qint64(clampSeconds(seconds)) * 1000);
}

void ImportService::setTokenOverride(const QString &connectionName, const QString &token)
{
    if (token.isEmpty())
        d->tokenOverrides.remove(connectionName.trimmed().toLower());
    else
        d->tokenOverrides.insert(connectionName.trimmed().toLower(), token);
}

void ImportService::setMaxRetryAfterWait(std::chrono::seconds limit)
{
    d->maxRetryAfterWait = std::max(limit, std::chrono::seconds(0));
}

} // namespace cdp
