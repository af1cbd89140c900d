// The import ledger (workspace schema v2): state keys, insert/update round trip, active entries,
// the duplicate query (same content + same base URL/customer/list, only states where data may have
// arrived or an import is under way), removal rules; and OneShotFileDevice, the body of a streamed
// upload (read once, never rewound, never past the announced size).

#include "net/oneshotdevice.h"
#include "store/importledger.h"
#include "store/workspace.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cdp;
using namespace Qt::StringLiterals;

namespace {

ImportLedgerEntry sample(const QByteArray &sha, const QString &list, ImportState state)
{
    ImportLedgerEntry e;
    e.filePath = u"/tmp/a.carma.txt"_s;
    e.fileName = u"a.csv"_s;
    e.sourcePath = u"/tmp/a.csv"_s;
    e.fileSize = 1234;
    e.sha256 = sha;
    e.rows = 10;
    e.totalValue = u"99.90"_s;
    e.connectionId = 3;
    e.connectionName = u"Prod Carma"_s;
    e.baseUrl = u"https://www3.carmamail.com/rest/"_s;
    e.customerId = u"4711"_s;
    e.listId = list;
    e.state = state;
    return e;
}

} // namespace

class TestImportLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateKeys()
    {
        const QList<ImportState> all = {ImportState::Journalled, ImportState::CreatingImport, ImportState::Uploading,
                                        ImportState::Polling, ImportState::Finished,
                                        ImportState::Failed, ImportState::Cancelled, ImportState::Unknown};
        QSet<QString> keys;
        for (ImportState state : all) {
            const QString key = importStateKey(state);
            ImportState back = ImportState::Unknown;
            QVERIFY(importStateFromKey(key, &back));
            QCOMPARE(back, state);
            keys.insert(key);
            QVERIFY(!importStateDisplayName(state).isEmpty());
        }
        QCOMPARE(keys.size(), all.size());
        ImportState ignored;
        QVERIFY(!importStateFromKey(u"bogus"_s, &ignored));
        QVERIFY(isActiveImportState(ImportState::Polling));
        QVERIFY(!isActiveImportState(ImportState::Finished));
        QVERIFY(mayHaveImportedData(ImportState::Unknown));
        QVERIFY(mayHaveImportedData(ImportState::Uploading));
        QVERIFY(!mayHaveImportedData(ImportState::Failed));
        QVERIFY(!mayHaveImportedData(ImportState::CreatingImport));
    }

    void roundTripAndQueries()
    {
        QTemporaryDir dir;
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(dir.filePath(u"ws.sqlite"_s), &error), qPrintable(error));
        QVERIFY(workspace.schemaVersion() >= 2);
        ImportLedger ledger(workspace);
        const QByteArray sha = QByteArray(32, '\x5a');

        ImportLedgerEntry e = sample(sha, u"42"_s, ImportState::Journalled);
        QVERIFY(ledger.save(e, &error));
        QVERIFY(e.id > 0);
        QVERIFY(e.createdAt.isValid());
        // Journalled: an import under way counts for the duplicate check.
        QCOMPARE(ledger.sameContent(sha, e.baseUrl, u"4711"_s, u"42"_s).size(), 1);
        QCOMPARE(ledger.activeEntries().size(), 1);

        e.state = ImportState::Polling;
        e.importId = u"bd48b5cc-b118-4062-8d06-09efa765592b"_s;
        e.batchId = u"101111"_s;
        e.batchStatus = u"IN_PROGRESS"_s;
        e.processed = 5;
        e.total = 10;
        e.batchStartTime = QDateTime::fromMSecsSinceEpoch(1394636797030, Qt::UTC);
        e.overrideNote = u"again; on purpose"_s;
        e.pollIntervalSeconds = 45;
        QVERIFY(ledger.save(e, &error));
        const std::optional<ImportLedgerEntry> back = ledger.entry(e.id);
        QVERIFY(back);
        QCOMPARE(back->sha256, sha);
        QCOMPARE(back->sha256Hex().size(), 64);
        QCOMPARE(back->state, ImportState::Polling);
        QCOMPARE(back->importId, e.importId);
        QCOMPARE(back->batchId, e.batchId);
        QCOMPARE(back->processed, 5);
        QCOMPARE(back->affected, -1);
        QCOMPARE(back->total, 10);
        QCOMPARE(back->batchStartTime, e.batchStartTime);
        QVERIFY(!back->batchEndTime.isValid());
        QCOMPARE(back->overrideNote, e.overrideNote);
        QCOMPARE(back->pollIntervalSeconds, 45);
        QCOMPARE(back->createdAt, e.createdAt);
        QCOMPARE(back->sourcePath, e.sourcePath);
        QVERIFY(back->progressText().contains(u"IN_PROGRESS"_s));

        // Other lists, customers, hosts and contents are not duplicates.
        QCOMPARE(ledger.sameContent(sha, e.baseUrl, u"4711"_s, u"43"_s).size(), 0);
        QCOMPARE(ledger.sameContent(sha, e.baseUrl, u"4712"_s, u"42"_s).size(), 0);
        QCOMPARE(ledger.sameContent(sha, u"https://www4.carmamail.com/rest/"_s, u"4711"_s, u"42"_s).size(), 0);
        QCOMPARE(ledger.sameContent(QByteArray(32, '\x01'), e.baseUrl, u"4711"_s, u"42"_s).size(), 0);
        QCOMPARE(ledger.sameContent(QByteArray(), e.baseUrl, u"4711"_s, u"42"_s).size(), 0);

        // Failed/cancelled attempts imported nothing: not duplicates.
        ImportLedgerEntry failed = sample(sha, u"44"_s, ImportState::Failed);
        QVERIFY(ledger.save(failed));
        ImportLedgerEntry cancelled = sample(sha, u"44"_s, ImportState::Cancelled);
        QVERIFY(ledger.save(cancelled));
        QCOMPARE(ledger.sameContent(sha, e.baseUrl, u"4711"_s, u"44"_s).size(), 0);
        ImportLedgerEntry unknown = sample(sha, u"44"_s, ImportState::Unknown);
        QVERIFY(ledger.save(unknown));
        QCOMPARE(ledger.sameContent(sha, e.baseUrl, u"4711"_s, u"44"_s).size(), 1);

        const QList<ImportLedgerEntry> all = ledger.entries();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().id, unknown.id);   // newest first
        QCOMPARE(ledger.activeEntries().size(), 1);

        // A running import cannot be removed; a finished one can.
        QVERIFY(!ledger.remove(e.id, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(ledger.remove(failed.id, &error));
        QVERIFY(!ledger.entry(failed.id));

        // Reopening the file keeps everything.
        workspace.close();
        Workspace again;
        QVERIFY(again.open(dir.filePath(u"ws.sqlite"_s), &error));
        ImportLedger reopened(again);
        QCOMPARE(reopened.entries().size(), 3);
        QCOMPARE(reopened.entry(e.id)->batchId, u"101111"_s);
    }

    void oneShotFileDevice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"body.txt"_s);
        QByteArray data;
        for (int i = 0; i < 100000; ++i)
            data += "line " + QByteArray::number(i) + '\n';
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        }
        OneShotFileDevice device(path);
        QList<qint64> observed;
        device.setReadObserver([&observed](qint64 read) { observed.append(read); }, 100000);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QVERIFY(device.isSequential());
        QCOMPARE(device.size(), qint64(data.size()));
        QVERIFY(!device.reset());
        QByteArray read;
        char buffer[16384];
        for (;;) {
            const qint64 n = device.read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            read.append(buffer, n);
        }
        QCOMPARE(read, data);
        QVERIFY(device.atEnd());
        QVERIFY(!device.reset());   // no second pass: Qt cannot re-send it
        QVERIFY(observed.size() >= 5);
        QCOMPARE(observed.last(), qint64(data.size()));

        // Growth after open is not sent (Content-Length was announced).
        OneShotFileDevice growing(path);
        QVERIFY(growing.open(QIODevice::ReadOnly));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("extra\n");
        }
        QByteArray all;
        for (;;) {
            const qint64 n = growing.read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            all.append(buffer, n);
        }
        QCOMPARE(all.size(), data.size());

        OneShotFileDevice missing(dir.filePath(u"absent"_s));
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        QVERIFY(missing.errorString().contains(u"absent"_s));
        OneShotFileDevice writer(path);
        QVERIFY(!writer.open(QIODevice::WriteOnly));
    }
};

QTEST_GUILESS_MAIN(TestImportLedger)
#include "tst_importledger.moc"
