// The Carma import service end to end against the real cdp-sandbox: the Olist export through
// mapping, conversion, validation, streamed upload and polling to FINISHED; crash-and-resume of
// polling on the same workspace file; the dropped-connection fault without a double import; the
// ledger blocking a second import of the same content (and the override); 429 on import creation;
// cancel rules; validation and configuration failures that send nothing.

#include "csv/carmaconversion.h"
#include "csv/carmaschema.h"
#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "csv/sourceanalysis.h"
#include "imports/importservice.h"
#include "session/carmasettings.h"
#include "session/consolesession.h"
#include "store/importledger.h"
#include "store/workspace.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cdp;
using namespace cdp::csv;
using namespace Qt::StringLiterals;
using cdp::test::SandboxProcess;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kConnection = u"Carma Test"_s;

QByteArray carmaLines(int rows, const QByteArray &prefix)
{
    QByteArray data;
    for (int i = 0; i < rows; ++i)
        data += prefix + QByteArray::number(i % 97) + ";SKU-" + QByteArray::number(i) + ";20.50;2024-01-02 10:00:00;2;41.00\n";
    return data;
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

qint64 rowCount(const SandboxProcess &sandbox, const QString &list)
{
    return sandbox.carmaList(list).value(u"rowCount"_s).toInteger();
}

int importCount(const SandboxProcess &sandbox, const QString &list)
{
    return int(sandbox.carmaList(list).value(u"imports"_s).toArray().size());
}

// A session on `workspacePath` with a Carma connection to `sandbox` (token in memory only).
std::unique_ptr<ConsoleSession> makeSession(const QString &workspacePath, const SandboxProcess &sandbox,
                                            std::chrono::milliseconds pollFloor = std::chrono::milliseconds(100))
{
    auto session = std::make_unique<ConsoleSession>();
    QString error;
    if (!session->openWorkspace(workspacePath, &error)) {
        qWarning() << "workspace:" << error;
        return nullptr;
    }
    session->imports()->setPollFloorForTesting(pollFloor);
    ConnectionProfile profile;
    for (const ConnectionProfile &p : session->connections()) {
        if (p.name == kConnection)
            profile = p;
    }
    profile.name = kConnection;
    profile.vendor = Vendor::Carma;
    profile.baseUrl = sandbox.baseUrl().resolved(QUrl(u"rest/"_s)).toString();
    CarmaSettings::setCustomerId(profile, QString::number(sandbox.carmaCustomerId()));
    session->secretStore().forceMemoryBackend();
    bool saved = false;
    session->saveConnection(profile, QString::fromLatin1(sandbox.carmaToken()), session.get(),
                            [&saved](bool ok, const QString &message, const ConnectionProfile &) {
                                if (!ok)
                                    qWarning() << "saveConnection:" << message;
                                saved = true;
                            });
    if (!QTest::qWaitFor([&] { return saved; }, kTimeoutMs))
        return nullptr;
    session->start(QString(), true);
    if (!QTest::qWaitFor([&] { return session->isReady(); }, kTimeoutMs))
        return nullptr;
    return session;
}

bool waitDone(ImportJob *job, int timeoutMs = kTimeoutMs)
{
    return QTest::qWaitFor([job] { return job->isDone(); }, timeoutMs);
}

ImportRequest request(const QString &file, const QString &list)
{
    ImportRequest r;
    r.filePath = file;
    r.connectionName = kConnection;
    r.listId = list;
    return r;
}

} // namespace

class TestImportServiceSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start({u"--carma-pending-ms"_s, u"200"_s, u"--carma-rows-per-second"_s, u"400000"_s}, &error),
                 qPrintable(error));
    }

    void olistEndToEnd()
    {
        const QString source = QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/olist_order_items_dataset.csv"_s;
        if (!QFile::exists(source))
            QSKIP("The Olist export is not available (CDP_SHARED_DATA_DIR)");

        // Mapping (as the wizard's default for Olist), analysis, conversion.
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvDialect dialect = sniffCsvDialect(&file);
        file.close();
        QCOMPARE(dialect.delimiter, ',');
        QVERIFY(dialect.hasHeader);
        ColumnMapping mapping;
        mapping.mapColumn(CarmaSchema::OriginalIdColumn, 0, u"order_id"_s);
        mapping.mapColumn(CarmaSchema::SkuColumn, 2, u"product_id"_s);
        mapping.mapColumn(CarmaSchema::ItemPriceColumn, 5, u"price"_s);
        mapping.mapColumn(CarmaSchema::TransactionTimeColumn, 4, u"shipping_limit_date"_s);
        mapping.setSource(CarmaSchema::NoOfItemsColumn, FieldSource::CountOne);
        mapping.setSource(CarmaSchema::TotalPriceColumn, FieldSource::ComputedTotal);
        const SourceAnalysis analysis = analyzeSourceFile(source, dialect);
        mapping.applyAnalysis(analysis);
        QVERIFY(mapping.pendingDecisions(&analysis).isEmpty());
        ConversionOptions options;
        options.outputPath = m_dir.filePath(u"olist.carma.txt"_s);
        const ConversionResult converted = convertToCarma(source, dialect, mapping, options);
        QVERIFY2(converted.isSuccess(), qPrintable(converted.errorString));
        QCOMPARE(converted.rowsRead, 112650);
        QVERIFY(converted.rowsWritten > 112000);

        auto session = makeSession(m_dir.filePath(u"olist.sqlite"_s), m_sandbox);
        QVERIFY(session);
        ImportService *imports = session->imports();
        QCOMPARE(imports->carmaConnections().size(), 1);

        // Assessment (validation + OpenSSL SHA-256) and the ledger's verdict before anything is sent.
        const FileAssessment assessment = ImportService::assessFile(converted.outputPath);
        QVERIFY(assessment.isAcceptable());
        QCOMPARE(assessment.rows, converted.rowsWritten);
        QCOMPARE(assessment.sha256, converted.sha256);
        QCOMPARE(assessment.totalValue, converted.totalValue.toString(2));
        QVERIFY(!imports->duplicateVerdict(assessment.sha256, kConnection, u"100"_s).duplicate);

        ImportRequest r = request(converted.outputPath, u"100"_s);
        r.sourcePath = source;
        r.assessment = assessment;
        ImportJob *job = imports->startImport(r);
        QSignalSpy stages(job, &ImportJob::stageChanged);
        QSignalSpy upload(job, &ImportJob::uploadProgress);
        QSignalSpy progress(job, &ImportJob::batchProgress);
        QSignalSpy ledger(imports, &ImportService::ledgerChanged);
        QVERIFY(waitDone(job));
        QVERIFY2(job->stage() == ImportStage::Finished, qPrintable(job->errorText()));

        QList<ImportStage> seen;
        for (const QList<QVariant> &args : stages)
            seen.append(args.at(0).value<ImportStage>());
        QCOMPARE(seen.first(), ImportStage::Journalled);   // the assessment was reused: no Checking pass
        QVERIFY(seen.contains(ImportStage::CreatingImport));
        QVERIFY(seen.contains(ImportStage::Uploading));
        QVERIFY(seen.contains(ImportStage::Polling));
        QCOMPARE(seen.last(), ImportStage::Finished);
        QVERIFY(!upload.isEmpty());
        QCOMPARE(upload.last().at(0).toLongLong(), assessment.fileSize);
        QVERIFY(!progress.isEmpty());
        QVERIFY(!ledger.isEmpty());

        const ImportLedgerEntry e = job->entry();
        QCOMPARE(e.state, ImportState::Finished);
        QCOMPARE(e.batchStatus, u"FINISHED"_s);
        QCOMPARE(e.rows, converted.rowsWritten);
        QCOMPARE(e.total, converted.rowsWritten);
        QCOMPARE(e.processed, converted.rowsWritten);
        QCOMPARE(e.affected, converted.rowsWritten);
        QCOMPARE(e.fileName, u"olist_order_items_dataset.csv"_s);
        QCOMPARE(e.sha256Hex().size(), 64);
        QVERIFY(!e.importId.isEmpty());
        QVERIFY(!e.batchId.isEmpty());
        QVERIFY(e.finishedAt.isValid());

        // The sandbox list holds exactly the rows, from one import.
        QCOMPARE(rowCount(m_sandbox, u"100"_s), converted.rowsWritten);
        QCOMPARE(importCount(m_sandbox, u"100"_s), 1);

        // The ledger is in the workspace.
        const std::optional<ImportLedgerEntry> stored = imports->ledgerEntry(e.id);
        QVERIFY(stored);
        QCOMPARE(stored->state, ImportState::Finished);
        QCOMPARE(stored->batchId, e.batchId);
        QCOMPARE(stored->sha256, e.sha256);
        QCOMPARE(imports->ledgerEntries().size(), 1);
    }

    void ledgerBlocksSecondImportAndOverrideWorks()
    {
        auto session = makeSession(m_dir.filePath(u"dup.sqlite"_s), m_sandbox);
        QVERIFY(session);
        ImportService *imports = session->imports();
        const QString path = writeFile(m_dir.filePath(u"dup.txt"_s), carmaLines(120, "dup"));
        ImportJob *first = imports->startImport(request(path, u"200"_s));
        QVERIFY(waitDone(first));
        QVERIFY2(first->stage() == ImportStage::Finished, qPrintable(first->errorText()));
        QCOMPARE(rowCount(m_sandbox, u"200"_s), 120);

        const DuplicateVerdict verdict = imports->duplicateVerdict(first->entry().sha256, kConnection, u"200"_s);
        QVERIFY(verdict.duplicate);
        QCOMPARE(verdict.earlier.size(), 1);
        QVERIFY2(verdict.text.contains(first->entry().batchId), qPrintable(verdict.text));
        QVERIFY(!imports->duplicateVerdict(first->entry().sha256, kConnection, u"201"_s).duplicate);

        // An accidental second import is blocked before anything is sent.
        ImportJob *second = imports->startImport(request(path, u"200"_s));
        QVERIFY(waitDone(second));
        QCOMPARE(second->stage(), ImportStage::Failed);
        QCOMPARE(second->failure(), ImportJob::Failure::DuplicateBlocked);
        QVERIFY(second->errorText().contains(first->entry().batchId));
        QCOMPARE(second->entryId(), 0);
        QTest::qWait(300);
        QCOMPARE(importCount(m_sandbox, u"200"_s), 1);
        QCOMPARE(rowCount(m_sandbox, u"200"_s), 120);
        QCOMPARE(imports->ledgerEntries().size(), 1);

        // The explicit override imports it again, and the ledger says so.
        ImportRequest again = request(path, u"200"_s);
        again.overrideDuplicate = true;
        again.overrideNote = u"Carma support asked for a re-import"_s;
        ImportJob *third = imports->startImport(again);
        QVERIFY(waitDone(third));
        QVERIFY2(third->stage() == ImportStage::Finished, qPrintable(third->errorText()));
        QCOMPARE(third->entry().overrideNote, again.overrideNote);
        QCOMPARE(third->entry().overriddenEntryId, first->entryId());
        QCOMPARE(importCount(m_sandbox, u"200"_s), 2);
        QCOMPARE(rowCount(m_sandbox, u"200"_s), 240);
        QCOMPARE(imports->duplicateVerdict(first->entry().sha256, kConnection, u"200"_s).earlier.size(), 2);
    }

    void concurrentSameContentIsBlocked()
    {
        auto session = makeSession(m_dir.filePath(u"concurrent.sqlite"_s), m_sandbox);
        QVERIFY(session);
        const QString path = writeFile(m_dir.filePath(u"concurrent.txt"_s), carmaLines(30, "con"));
        ImportJob *a = session->imports()->startImport(request(path, u"250"_s));
        ImportJob *b = session->imports()->startImport(request(path, u"250"_s));
        QVERIFY(waitDone(a));
        QVERIFY(waitDone(b));
        // Whichever finished its check first goes on; the other is blocked before sending anything.
        ImportJob *winner = a->stage() == ImportStage::Finished ? a : b;
        ImportJob *loser = winner == a ? b : a;
        QVERIFY2(winner->stage() == ImportStage::Finished, qPrintable(winner->errorText() + u" / "_s + loser->errorText()));
        QCOMPARE(loser->failure(), ImportJob::Failure::DuplicateBlocked);
        QCOMPARE(loser->entryId(), 0);
        QCOMPARE(importCount(m_sandbox, u"250"_s), 1);
        QCOMPARE(rowCount(m_sandbox, u"250"_s), 30);
    }

    void crashAndResumePolling()
    {
        // A slow batch: the service is destroyed mid-poll; a new one on the same file resumes.
        SandboxProcess slow;
        QString error;
        QVERIFY2(slow.start({u"--carma-pending-ms"_s, u"1500"_s, u"--carma-rows-per-second"_s, u"1000"_s}, &error),
                 qPrintable(error));
        const QString workspace = m_dir.filePath(u"resume.sqlite"_s);
        const QString path = writeFile(m_dir.filePath(u"resume.txt"_s), carmaLines(2000, "res"));
        qint64 entryId = 0;
        QString batchId;
        {
            auto session = makeSession(workspace, slow);
            QVERIFY(session);
            ImportJob *job = session->imports()->startImport(request(path, u"300"_s));
            QVERIFY(QTest::qWaitFor([job] { return job->stage() == ImportStage::Polling || job->isDone(); }, kTimeoutMs));
            QCOMPARE(job->stage(), ImportStage::Polling);
            QSignalSpy progress(job, &ImportJob::batchProgress);
            QVERIFY(progress.wait(kTimeoutMs));
            entryId = job->entryId();
            batchId = job->entry().batchId;
            QVERIFY(!batchId.isEmpty());
            QVERIFY(job->entry().batchStatus != u"FINISHED"_s);
            QVERIFY(!job->canCancel());   // the data was sent: no fake cancel
            QString why;
            QVERIFY(!job->cancel(&why));
            QVERIFY(!why.isEmpty());
        }   // "crash": the session and its service go away mid-poll

        {
            Workspace raw;
            QVERIFY(raw.open(workspace));
            ImportLedger ledger(raw);
            const std::optional<ImportLedgerEntry> e = ledger.entry(entryId);
            QVERIFY(e);
            QCOMPARE(e->state, ImportState::Polling);
            QCOMPARE(ledger.activeEntries().size(), 1);
        }

        auto session = makeSession(workspace, slow);   // resumePending() runs after ready()
        QVERIFY(session);
        ImportService *imports = session->imports();
        QVERIFY(QTest::qWaitFor([&] { return imports->job(entryId) != nullptr; }, kTimeoutMs));
        ImportJob *resumed = imports->job(entryId);
        QVERIFY(resumed->isResumed());
        QVERIFY(waitDone(resumed));
        QVERIFY2(resumed->stage() == ImportStage::Finished, qPrintable(resumed->errorText()));
        QCOMPARE(resumed->entry().batchId, batchId);
        QCOMPARE(resumed->entry().processed, 2000);
        QCOMPARE(rowCount(slow, u"300"_s), 2000);
        QCOMPARE(importCount(slow, u"300"_s), 1);
        QVERIFY(imports->ledger().activeEntries().isEmpty());
    }

    void crashDuringUploadNeverResends()
    {
        // The journal says Uploading (the console died while sending): the next start cannot ask
        // Carma whether the data arrived, so it marks the entry Unknown and sends nothing again; a
        // new import of the same content to the list is then blocked until overridden.
        const QString workspace = m_dir.filePath(u"upload-crash.sqlite"_s);
        const QString path = writeFile(m_dir.filePath(u"upcrash.txt"_s), carmaLines(60, "upc"));
        qint64 entryId = 0;
        {
            auto session = makeSession(workspace, m_sandbox);
            QVERIFY(session);
            ImportJob *job = session->imports()->startImport(request(path, u"350"_s));
            QVERIFY(waitDone(job));
            QCOMPARE(job->stage(), ImportStage::Finished);
            entryId = job->entryId();
            // Rewind the journal to the moment before the answer to the upload arrived.
            ImportLedgerEntry e = job->entry();
            e.state = ImportState::Uploading;
            e.batchId.clear();
            e.batchStatus.clear();
            e.finishedAt = QDateTime();
            QVERIFY(session->imports()->ledger().save(e));
        }
        const int apiRequestsBefore = m_sandbox.stats().value(u"apiRequests"_s).toInt();
        auto session = makeSession(workspace, m_sandbox);
        QVERIFY(session);
        QVERIFY(QTest::qWaitFor([&] { return session->imports()->job(entryId) != nullptr; }, kTimeoutMs));
        ImportJob *resumed = session->imports()->job(entryId);
        QVERIFY(waitDone(resumed));
        QCOMPARE(resumed->stage(), ImportStage::Failed);
        QCOMPARE(resumed->failure(), ImportJob::Failure::Unknown);
        QCOMPARE(resumed->entry().state, ImportState::Unknown);
        QVERIFY2(resumed->errorText().contains(u"350"_s), qPrintable(resumed->errorText()));
        QCOMPARE(rowCount(m_sandbox, u"350"_s), 60);
        QCOMPARE(importCount(m_sandbox, u"350"_s), 1);
        // Not a single API request reached the sandbox (its inspection calls are control requests).
        QCOMPARE(m_sandbox.stats().value(u"apiRequests"_s).toInt(), apiRequestsBefore);

        // The same content to the same list is a duplicate now.
        ImportJob *again = session->imports()->startImport(request(path, u"350"_s));
        QVERIFY(waitDone(again));
        QCOMPARE(again->failure(), ImportJob::Failure::DuplicateBlocked);
        QCOMPARE(importCount(m_sandbox, u"350"_s), 1);
    }

    void droppedConnectionNoDoubleImport()
    {
        auto session = makeSession(m_dir.filePath(u"drop.sqlite"_s), m_sandbox);
        QVERIFY(session);
        const QString path = writeFile(m_dir.filePath(u"drop.txt"_s), carmaLines(333, "drp"));
        QVERIFY(m_sandbox.setCarmaDropAfterUpload(1.0));   // every stored upload loses its answer
        ImportJob *job = session->imports()->startImport(request(path, u"400"_s));
        QVERIFY(waitDone(job));
        QVERIFY(m_sandbox.setCarmaDropAfterUpload(0.0));
        // The data went out and the answer was lost: the outcome is Unknown, never a second upload.
        QCOMPARE(job->stage(), ImportStage::Failed);
        QCOMPARE(job->failure(), ImportJob::Failure::Unknown);
        QCOMPARE(job->entry().state, ImportState::Unknown);
        QVERIFY2(job->errorText().contains(u"will not send"_s), qPrintable(job->errorText()));
        QCOMPARE(importCount(m_sandbox, u"400"_s), 1);
        QTRY_COMPARE_WITH_TIMEOUT(rowCount(m_sandbox, u"400"_s), 333, kTimeoutMs);   // Carma had it all along
        QVERIFY(session->imports()->ledger().activeEntries().isEmpty());
    }

    void rateLimitedCreationIsHonoured()
    {
        SandboxProcess slow;
        QString error;
        QVERIFY2(slow.start({u"--carma-pending-ms"_s, u"1500"_s, u"--carma-rows-per-second"_s, u"2000"_s}, &error),
                 qPrintable(error));
        auto session = makeSession(m_dir.filePath(u"429.sqlite"_s), slow);
        QVERIFY(session);
        ImportService *imports = session->imports();
        const QString a = writeFile(m_dir.filePath(u"a429.txt"_s), carmaLines(1000, "a"));
        const QString b = writeFile(m_dir.filePath(u"b429.txt"_s), carmaLines(10, "b"));
        ImportJob *first = imports->startImport(request(a, u"500"_s));
        QVERIFY(QTest::qWaitFor([first] { return first->stage() == ImportStage::Polling || first->isDone(); }, kTimeoutMs));
        ImportJob *second = imports->startImport(request(b, u"500"_s));
        QSignalSpy waiting(second, &ImportJob::waiting);
        QSignalSpy stages(second, &ImportJob::stageChanged);
        QVERIFY(waitDone(second));
        QVERIFY2(second->stage() == ImportStage::Finished, qPrintable(second->errorText()));
        QVERIFY(waitDone(first));
        QCOMPARE(first->stage(), ImportStage::Finished);
        QVERIFY(!waiting.isEmpty());
        QVERIFY(!waiting.first().at(0).toString().isEmpty());
        QVERIFY(waiting.first().at(1).toLongLong() >= 1);
        bool waited = false;
        for (const QList<QVariant> &args : stages)
            waited = waited || args.at(0).value<ImportStage>() == ImportStage::WaitingToCreate;
        QVERIFY(waited);
        // The second batch started only after the first had finished.
        QVERIFY(second->entry().batchStartTime >= first->entry().batchEndTime);
        QCOMPARE(rowCount(slow, u"500"_s), 1010);
        QCOMPARE(importCount(slow, u"500"_s), 2);
    }

    void cancelBeforeUploadSendsNothing()
    {
        auto session = makeSession(m_dir.filePath(u"cancel.sqlite"_s), m_sandbox);
        QVERIFY(session);
        const QString path = writeFile(m_dir.filePath(u"cancel.txt"_s), carmaLines(10, "cnl"));
        ImportJob *job = session->imports()->startImport(request(path, u"600"_s));
        QVERIFY(job->canCancel());
        QSignalSpy cancelled(job, &ImportJob::cancelled);
        QVERIFY(job->cancel());
        QCOMPARE(job->stage(), ImportStage::Cancelled);
        QCOMPARE(cancelled.size(), 1);
        QTest::qWait(300);
        QCOMPARE(importCount(m_sandbox, u"600"_s), 0);
        QString why;
        QVERIFY(!job->cancel(&why));
    }

    void invalidFileSendsNothing()
    {
        auto session = makeSession(m_dir.filePath(u"invalid.sqlite"_s), m_sandbox);
        QVERIFY(session);
        const QString path = writeFile(m_dir.filePath(u"invalid.txt"_s),
                                       "a;SKU;20,50;2024-01-02 10:00:00;1;20.50\n");
        ImportJob *job = session->imports()->startImport(request(path, u"700"_s));
        QVERIFY(waitDone(job));
        QCOMPARE(job->failure(), ImportJob::Failure::Validation);
        QVERIFY2(job->errorText().contains(u"Line 1"_s), qPrintable(job->errorText()));
        QCOMPARE(job->entryId(), 0);
        QCOMPARE(importCount(m_sandbox, u"700"_s), 0);

        const QString empty = writeFile(m_dir.filePath(u"empty.txt"_s), QByteArray());
        ImportJob *emptyJob = session->imports()->startImport(request(empty, u"700"_s));
        QVERIFY(waitDone(emptyJob));
        QCOMPARE(emptyJob->failure(), ImportJob::Failure::Validation);
    }

    void configurationProblems()
    {
        auto session = makeSession(m_dir.filePath(u"config.sqlite"_s), m_sandbox);
        QVERIFY(session);
        ImportService *imports = session->imports();
        const QString path = writeFile(m_dir.filePath(u"config.txt"_s), carmaLines(3, "cfg"));
        ImportRequest unknown = request(path, u"800"_s);
        unknown.connectionName = u"Nope"_s;
        ImportJob *job = imports->startImport(unknown);
        QVERIFY(waitDone(job));
        QCOMPARE(job->failure(), ImportJob::Failure::Config);
        QVERIFY(job->errorText().contains(kConnection));   // names the connections there are

        ImportJob *missing = imports->startImport(request(m_dir.filePath(u"absent.txt"_s), u"800"_s));
        QVERIFY(waitDone(missing));
        QCOMPARE(missing->failure(), ImportJob::Failure::Config);

        // No token stored: nothing is sent.
        bool removed = false;
        session->secretStore().remove(imports->carmaConnection(kConnection)->secretKey(), this,
                                      [&removed](bool, const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, kTimeoutMs));
        ImportJob *noToken = imports->startImport(request(path, u"800"_s));
        QVERIFY(waitDone(noToken));
        QCOMPARE(noToken->failure(), ImportJob::Failure::Config);
        QVERIFY(noToken->errorText().contains(u"token"_s));
        QCOMPARE(importCount(m_sandbox, u"800"_s), 0);
        QCOMPARE(imports->ledgerEntries().size(), 0);
    }

    void pollIntervalIsClamped()
    {
        auto session = makeSession(m_dir.filePath(u"poll.sqlite"_s), m_sandbox, std::chrono::seconds(10));
        QVERIFY(session);
        ImportService *imports = session->imports();
        QCOMPARE(imports->defaultPollIntervalSeconds(), 30);
        imports->setDefaultPollIntervalSeconds(3);
        QCOMPARE(imports->defaultPollIntervalSeconds(), 10);
        QCOMPARE(imports->effectivePollInterval(5), std::chrono::milliseconds(10000));
        QCOMPARE(imports->effectivePollInterval(45), std::chrono::milliseconds(45000));
        imports->setPollFloorForTesting(std::chrono::milliseconds(50));
        QCOMPARE(imports->effectivePollInterval(45), std::chrono::milliseconds(50));

        const QString path = writeFile(m_dir.filePath(u"poll.txt"_s), carmaLines(5, "pol"));
        ImportRequest r = request(path, u"900"_s);
        r.pollIntervalSeconds = 1;
        ImportJob *job = imports->startImport(r);
        QCOMPARE(job->pollIntervalSeconds(), 10);
        job->setPollIntervalSeconds(90000);
        QCOMPARE(job->pollIntervalSeconds(), ImportService::MaximumPollIntervalSeconds);
        job->setPollIntervalSeconds(60);
        QVERIFY(waitDone(job));
        QCOMPARE(job->entry().pollIntervalSeconds, 60);
        QCOMPARE(imports->ledgerEntry(job->entryId())->pollIntervalSeconds, 60);
    }
};

QTEST_GUILESS_MAIN(TestImportServiceSandbox)
#include "tst_importservice_sandbox.moc"
