// The Carma purchase-history connector (CarmaImports over ApiClient) against the real cdp-sandbox:
// create import, streamed upload (progress, sent once), batch polling to FINISHED, 409 on a second
// upload to the same import, the drop-after-upload fault, 429 on import creation, bad token.

#include "connectors/carmaimports.h"
#include "net/apiclient.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cdp;
using namespace Qt::StringLiterals;
using cdp::test::SandboxProcess;

namespace {

constexpr int kTimeoutMs = 30000;

// `rows` valid Carma lines (seed layout: id;sku;price;time;items;total).
QByteArray carmaLines(int rows, const QByteArray &prefix = "c")
{
    QByteArray data;
    for (int i = 0; i < rows; ++i) {
        data += prefix + QByteArray::number(i % 97) + ";SKU-" + QByteArray::number(i) + ";20.50;2024-01-02 10:00:00;2;41.00\n";
    }
    return data;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(data);
    return path;
}

} // namespace

class TestCarmaImportsSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    SandboxProcess m_slow;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CarmaImports> m_carma;
    int m_listCounter = 700;

    CarmaImports::Config config(const QString &token = {}) const
    {
        CarmaImports::Config c;
        c.baseUrl = m_sandbox.baseUrl().resolved(QUrl(u"rest/"_s));
        c.customerId = QString::number(m_sandbox.carmaCustomerId());
        c.token = token.isEmpty() ? QString::fromLatin1(m_sandbox.carmaToken()) : token;
        c.connectionName = u"test"_s;
        return c;
    }

    QString nextList() { return QString::number(++m_listCounter); }

    CarmaImports::CreateResult create(CarmaImports &carma, const QString &list, const QByteArray &metadata = {})
    {
        CarmaImports::CreateResult out;
        bool done = false;
        carma.createImport(list, metadata, this, [&](const CarmaImports::CreateResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs))
            qWarning("createImport did not call back");
        return out;
    }

    CarmaImports::UploadResult upload(CarmaImports &carma, const QString &list, const QString &importId,
                                      const QString &path, qint64 *lastSent = nullptr, int *progressCalls = nullptr)
    {
        CarmaImports::UploadResult out;
        bool done = false;
        carma.uploadData(
            list, importId, path, this,
            [&](const CarmaImports::UploadResult &r) {
                out = r;
                done = true;
            },
            [&](qint64 sent, qint64) {
                if (lastSent)
                    *lastSent = sent;
                if (progressCalls)
                    ++*progressCalls;
            });
        if (!QTest::qWaitFor([&] { return done; }, 120000))
            qWarning("uploadData did not call back");
        return out;
    }

    CarmaBatch waitFinished(CarmaImports &carma, const QString &batchId, QStringList *seen = nullptr)
    {
        CarmaBatch last;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kTimeoutMs) {
            bool done = false;
            ApiError error;
            carma.fetchBatch(batchId, this, [&](const CarmaBatch &b, const ApiError &e) {
                last = b;
                error = e;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs) || error.isError()) {
                qWarning() << "fetchBatch failed" << error.toDisplayString();
                return last;
            }
            if (seen && (seen->isEmpty() || seen->constLast() != last.statusText))
                seen->append(last.statusText);
            if (last.isTerminal())
                return last;
            QTest::qWait(30);
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start({u"--carma-pending-ms"_s, u"100"_s, u"--carma-rows-per-second"_s, u"20000"_s}, &error),
                 qPrintable(error));
        // Started now, while the machine is quiet (the large upload below keeps the first sandbox's
        // batch worker busy for a while).
        QVERIFY2(m_slow.start({u"--carma-pending-ms"_s, u"3000"_s, u"--carma-rows-per-second"_s, u"50"_s}, &error),
                 qPrintable(error));
        m_client = std::make_unique<ApiClient>();
        m_client->setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
        m_carma = std::make_unique<CarmaImports>(m_client.get(), config());
    }

    void urls()
    {
        const QString base = m_sandbox.baseUrl().toString();
        const QString customer = QString::number(m_sandbox.carmaCustomerId());
        QCOMPARE(m_carma->importsUrl(u"42"_s).toString(), base + u"rest/"_s + customer + u"/purchasehistory/42/imports"_s);
        QCOMPARE(m_carma->dataUrl(u"42"_s, u"ab-cd"_s).toString(),
                 base + u"rest/"_s + customer + u"/purchasehistory/42/imports/ab-cd/data"_s);
        QCOMPARE(m_carma->batchUrl(u"101111"_s).toString(), base + u"rest/"_s + customer + u"/batches/101111"_s);
        // A list id with a slash cannot escape its path segment.
        QVERIFY(m_carma->importsUrl(u"4/../x"_s).toString().contains(u"4%2F..%2Fx"_s));
    }

    void parseBatchTolerant()
    {
        CarmaBatch b;
        QString why;
        // The seed's own example: typographic quotes made the status a union with a blank.
        QVERIFY(CarmaImports::parseBatch(QJsonObject{{u"id"_s, 101111}, {u"status"_s, u"\u201D PENDING"_s},
                                                     {u"total"_s, u"501"_s}},
                                         &b, &why));
        QCOMPARE(b.status, CarmaBatch::Status::Pending);
        QCOMPARE(b.id, u"101111"_s);
        QCOMPARE(b.total, 501);
        QVERIFY(CarmaImports::parseBatch(QJsonObject{{u"id"_s, u"7"_s}, {u"status"_s, u"in_progress"_s},
                                                     {u"startTime"_s, 1394636797030.0}},
                                         &b, &why));
        QCOMPARE(b.status, CarmaBatch::Status::InProgress);
        QCOMPARE(b.startTime.toMSecsSinceEpoch(), 1394636797030LL);
        QVERIFY(!CarmaImports::parseBatch(QJsonObject{{u"id"_s, 1}, {u"status"_s, u"DONE?"_s}}, &b, &why));
        QVERIFY(why.contains(u"DONE?"_s));
        QVERIFY(!CarmaImports::parseBatch(QJsonObject{{u"id"_s, 1}}, &b, &why));
    }

    void importEndToEnd()
    {
        const QString list = nextList();
        const QByteArray data = carmaLines(250);
        const QString path = writeFile(m_dir, u"e2e.txt"_s, data);
        const CarmaImports::CreateResult created = create(*m_carma, list, CarmaImports::defaultMetadata());
        QVERIFY2(!created.error.isError(), qPrintable(created.error.toDisplayString()));
        QCOMPARE(created.importId.size(), 36);

        qint64 lastSent = 0;
        int progressCalls = 0;
        const CarmaImports::UploadResult uploaded = upload(*m_carma, list, created.importId, path, &lastSent, &progressCalls);
        QVERIFY2(!uploaded.error.isError(), qPrintable(uploaded.error.toDisplayString()));
        QVERIFY(!uploaded.alreadyUploaded);
        QVERIFY(uploaded.bodySent);
        QVERIFY(!uploaded.batchId.isEmpty());
        QCOMPARE(lastSent, qint64(data.size()));
        QVERIFY(progressCalls >= 1);

        QStringList seen;
        const CarmaBatch batch = waitFinished(*m_carma, uploaded.batchId, &seen);
        QCOMPARE(batch.status, CarmaBatch::Status::Finished);
        QCOMPARE(batch.id, uploaded.batchId);
        QCOMPARE(batch.total, 250);
        QCOMPARE(batch.processed, 250);
        QCOMPARE(batch.affected, 250);
        QCOMPARE(batch.type, u"IMPORT"_s);
        QVERIFY(batch.endTime.isValid());
        QVERIFY2(seen.contains(u"PENDING"_s) || seen.contains(u"IN_PROGRESS"_s), qPrintable(seen.join(u',')));

        const QJsonObject inspected = m_sandbox.carmaList(list, 3);
        QCOMPARE(inspected.value(u"rowCount"_s).toInteger(), 250);
        QCOMPARE(inspected.value(u"imports"_s).toArray().size(), 1);
        QCOMPARE(inspected.value(u"imports"_s).toArray().at(0).toObject().value(u"metadata"_s).toObject()
                     .value(u"delimiter"_s).toString(), u"59"_s);

        // A second upload to the same import is answered with the first batch, never imported.
        const CarmaImports::UploadResult again = upload(*m_carma, list, created.importId, path);
        QVERIFY2(!again.error.isError(), qPrintable(again.error.toDisplayString()));
        QVERIFY(again.alreadyUploaded);
        QCOMPARE(again.batchId, uploaded.batchId);
        QTest::qWait(300);
        QCOMPARE(m_sandbox.carmaList(list).value(u"rowCount"_s).toInteger(), 250);
    }

    void streamsLargeFileFromDisk()
    {
        // 24 MB: streamed in chunks with progress; the batch counts every line.
        const QString list = nextList();
        const QString path = m_dir.filePath(u"large.txt"_s);
        qint64 lines = 0;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block = carmaLines(4000);
            while (file.size() < 24 * 1024 * 1024) {
                file.write(block);
                lines += 4000;
            }
        }
        const qint64 size = QFileInfo(path).size();
        const CarmaImports::CreateResult created = create(*m_carma, list);
        QVERIFY(!created.error.isError());
        qint64 lastSent = 0;
        int progressCalls = 0;
        const CarmaImports::UploadResult uploaded = upload(*m_carma, list, created.importId, path, &lastSent, &progressCalls);
        QVERIFY2(!uploaded.error.isError(), qPrintable(uploaded.error.toDisplayString()));
        QCOMPARE(lastSent, size);
        QVERIFY2(progressCalls > 3, qPrintable(QString::number(progressCalls)));
        bool done = false;
        CarmaBatch batch;
        m_carma->fetchBatch(uploaded.batchId, this, [&](const CarmaBatch &b, const ApiError &) {
            batch = b;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, kTimeoutMs));
        QCOMPARE(batch.total, lines);
    }

    void missingFileIsConfigError()
    {
        const QString list = nextList();
        const CarmaImports::CreateResult created = create(*m_carma, list);
        QVERIFY(!created.error.isError());
        const CarmaImports::UploadResult r = upload(*m_carma, list, created.importId, m_dir.filePath(u"absent.txt"_s));
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
        QVERIFY(!r.bodySent);
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(m_sandbox.carmaList(list).value(u"rowCount"_s).toInteger(), 0);
    }

    void droppedAfterUploadIsReportedNotResent()
    {
        const QString list = nextList();
        const QString path = writeFile(m_dir, u"drop.txt"_s, carmaLines(40));
        const CarmaImports::CreateResult created = create(*m_carma, list);
        QVERIFY(!created.error.isError());
        QVERIFY(m_sandbox.setCarmaDropAfterUpload(1.0));
        const CarmaImports::UploadResult dropped = upload(*m_carma, list, created.importId, path);
        QVERIFY(m_sandbox.setCarmaDropAfterUpload(0.0));
        QVERIFY(dropped.error.isError());
        QCOMPARE(dropped.httpStatus, 0);
        QVERIFY(dropped.bodySent);   // every byte went out: the data may be there
        QVERIFY2(dropped.error.kind == ApiError::Kind::Network, qPrintable(dropped.error.toDisplayString()));

        // The robust discovery: the same import id again → 409 with the batch (no second import).
        const CarmaImports::UploadResult confirm = upload(*m_carma, list, created.importId, path);
        QVERIFY2(!confirm.error.isError(), qPrintable(confirm.error.toDisplayString()));
        QVERIFY(confirm.alreadyUploaded);
        const CarmaBatch batch = waitFinished(*m_carma, confirm.batchId);
        QCOMPARE(batch.status, CarmaBatch::Status::Finished);
        const QJsonObject inspected = m_sandbox.carmaList(list);
        QCOMPARE(inspected.value(u"rowCount"_s).toInteger(), 40);
        QCOMPARE(inspected.value(u"imports"_s).toArray().size(), 1);
    }

    void rateLimitedImportCreation()
    {
        // A slow batch on a list: a new import on that list answers 429 with Retry-After.
        SandboxProcess &slow = m_slow;
        ApiClient client;
        client.setMaxRetryAfterWait(std::chrono::milliseconds(500));   // give up at once: test the result
        CarmaImports::Config c;
        c.baseUrl = slow.baseUrl().resolved(QUrl(u"rest/"_s));
        c.customerId = QString::number(slow.carmaCustomerId());
        c.token = QString::fromLatin1(slow.carmaToken());
        CarmaImports carma(&client, c);
        const QString path = writeFile(m_dir, u"slow.txt"_s, carmaLines(100));
        const CarmaImports::CreateResult first = create(carma, u"9"_s);
        QVERIFY(!first.error.isError());
        const CarmaImports::UploadResult up = upload(carma, u"9"_s, first.importId, path);
        QVERIFY(!up.error.isError());

        const CarmaImports::CreateResult second = create(carma, u"9"_s);
        QCOMPARE(second.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(second.error.httpStatus, 429);
        QVERIFY2(second.retryAfterSeconds >= 1, qPrintable(QString::number(second.retryAfterSeconds)));
        QVERIFY(second.importId.isEmpty());
        // Another list is independent.
        const CarmaImports::CreateResult other = create(carma, u"10"_s);
        QVERIFY2(!other.error.isError(), qPrintable(other.error.toDisplayString()));
    }

    void badTokenIsUnauthorized()
    {
        CarmaImports bad(m_client.get(), config(u"not-the-token"_s));
        const CarmaImports::CreateResult r = create(bad, nextList());
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(r.error.message.contains(u"token"_s));
        QVERIFY(!r.error.toDisplayString().contains(u"not-the-token"_s));
    }

    void unknownBatchIsNotFound()
    {
        bool done = false;
        ApiError error;
        m_carma->fetchBatch(u"999999999"_s, this, [&](const CarmaBatch &, const ApiError &e) {
            error = e;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, kTimeoutMs));
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
        QVERIFY(error.message.contains(u"999999999"_s));
    }
};

QTEST_GUILESS_MAIN(TestCarmaImportsSandbox)
#include "tst_carmaimports_sandbox.moc"
