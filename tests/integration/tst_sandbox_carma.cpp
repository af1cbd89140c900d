// Contract test of cdp-sandbox against seed 001 (Carma purchase history): import creation, upload,
// batch polling to FINISHED in the seed's shape, authentication, 429 on overlapping imports, ERROR
// for files that break the format, append semantics and the drop-after-upload fault, over real
// HTTP on loopback.

#include "sandboxprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using cdp::test::SandboxProcess;

namespace {

constexpr int kReplyTimeoutMs = 30000;
constexpr int kBatchTimeoutMs = 20000;

struct HttpResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct PollResult
{
    QJsonObject batch;       // the last answer
    QStringList statuses;    // every distinct status seen, in order
};

// `count` valid seed-001 rows: Originalid;Sku;itemPrice;Transaction Time;No of Items;Total price
QByteArray validRows(int count, const QByteArray &prefix)
{
    QByteArray data;
    for (int i = 1; i <= count; ++i) {
        data += prefix + "-C" + QByteArray::number(i) + ";SKU-" + QByteArray::number(i % 7) + ";19.90;2024-03-0"
                + QByteArray::number(1 + i % 9) + " 12:30:00;2;39.80\n";
    }
    return data;
}

// The JSON text that follows `marker` in the seed, typographic quotes made plain.
QJsonObject seedJsonAfter(const QByteArray &text, const QByteArray &marker)
{
    const qsizetype at = text.indexOf(marker);
    const qsizetype begin = at < 0 ? -1 : text.indexOf('{', at);
    const qsizetype end = begin < 0 ? -1 : text.indexOf('}', begin);
    if (end < 0)
        return {};
    QString json = QString::fromUtf8(text.mid(begin, end - begin + 1));
    json.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

class TestSandboxCarma : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void announcement();
    void seedBatchShapeIsReadable();
    void importUploadAndPoll_data();
    void importUploadAndPoll();
    void crlfAndNoFinalNewline();
    void unauthorized_data();
    void unauthorized();
    void badMetadata();
    void unknownImport();
    void secondUploadIsRefused();
    void uploadNeedsCsv();
    void unknownBatch();
    void overlappingImportIs429();
    void brokenFileEndsInError_data();
    void brokenFileEndsInError();
    void appendKeepsDuplicates();
    void dropAfterUploadStoresOnce();
    void qnamResendAfterDropGets409();
    void largeBody();

private:
    HttpResult finish(QNetworkReply *reply);
    HttpResult request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                       const QByteArray &contentType = "application/json", const QByteArray &token = "default");
    HttpResult createImport(SandboxProcess &sandbox, const QString &listId, const QByteArray &metadata = {});
    HttpResult upload(SandboxProcess &sandbox, const QString &listId, const QString &importId, const QByteArray &data);
    PollResult poll(SandboxProcess &sandbox, const QString &batchId);
    // create + upload + poll; the final batch object (empty on any failure, reported by QVERIFY in callers)
    PollResult importFile(SandboxProcess &sandbox, const QString &listId, const QByteArray &data);
    static QString uniqueList();

    QNetworkAccessManager m_manager;
    SandboxProcess m_sandbox;
    QJsonObject m_seedBatch;
};

// --- helpers ---

HttpResult TestSandboxCarma::finish(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(reply, [](QNetworkReply *r) { r->deleteLater(); });
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(kReplyTimeoutMs);
    }
    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        return result;
    }
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    return result;
}

HttpResult TestSandboxCarma::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                     const QByteArray &contentType, const QByteArray &token)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    const QByteArray effectiveToken = token == "default" ? m_sandbox.carmaToken() : token;
    if (!effectiveToken.isEmpty())
        request.setRawHeader("X-Carma-Authentication-Token", effectiveToken);
    if (verb == "GET")
        return finish(m_manager.get(request));
    return finish(m_manager.post(request, body));
}

HttpResult TestSandboxCarma::createImport(SandboxProcess &sandbox, const QString &listId, const QByteArray &metadata)
{
    return request("POST", sandbox.carmaUrl(u"purchasehistory/%1/imports"_s.arg(listId)), metadata, "application/json",
                   sandbox.carmaToken());
}

HttpResult TestSandboxCarma::upload(SandboxProcess &sandbox, const QString &listId, const QString &importId,
                                    const QByteArray &data)
{
    return request("POST", sandbox.carmaUrl(u"purchasehistory/%1/imports/%2/data"_s.arg(listId, importId)), data,
                   "text/csv", sandbox.carmaToken());
}

PollResult TestSandboxCarma::poll(SandboxProcess &sandbox, const QString &batchId)
{
    PollResult result;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kBatchTimeoutMs) {
        const HttpResult answer = request("GET", sandbox.carmaUrl(u"batches/"_s + batchId), {}, {}, sandbox.carmaToken());
        if (answer.status != 200)
            return {};
        result.batch = answer.json();
        const QString status = result.batch.value(u"status"_s).toString();
        if (result.statuses.isEmpty() || result.statuses.constLast() != status)
            result.statuses.append(status);
        if (status == u"FINISHED" || status == u"ERROR")
            return result;
        QTest::qWait(20);
    }
    return result;
}

PollResult TestSandboxCarma::importFile(SandboxProcess &sandbox, const QString &listId, const QByteArray &data)
{
    const HttpResult created = createImport(sandbox, listId);
    if (created.status != 201)
        return {};
    const HttpResult uploaded = upload(sandbox, listId, created.json().value(u"id"_s).toString(), data);
    if (uploaded.status != 200)
        return {};
    return poll(sandbox, uploaded.json().value(u"batchId"_s).toString());
}

QString TestSandboxCarma::uniqueList()
{
    static int next = 9000;
    return QString::number(++next);
}

// --- set-up ---

void TestSandboxCarma::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({u"--carma-pending-ms"_s, u"300"_s, u"--carma-rows-per-second"_s, u"2000"_s}, &error),
             qPrintable(error));

    const QStringList seeds = QDir(QStringLiteral(CDP_SEEDS_DIR)).entryList({u"001_*.txt"_s}, QDir::Files);
    QCOMPARE(seeds.size(), 1);
    QFile seed(QDir(QStringLiteral(CDP_SEEDS_DIR)).filePath(seeds.first()));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    m_seedBatch = seedJsonAfter(seed.readAll(), "GET <server>/rest/<customerId>/batches/<batchId>");
}

void TestSandboxCarma::cleanup()
{
    QVERIFY(m_sandbox.setCarmaDropAfterUpload(0.0));
    QVERIFY(m_sandbox.setFaults(0, 0.0, 0.0, 1));
}

// --- tests ---

void TestSandboxCarma::announcement()
{
    const QJsonObject carma = m_sandbox.carma();
    QCOMPARE(m_sandbox.carmaCustomerId(), 4711);
    QVERIFY(!m_sandbox.carmaToken().isEmpty());
    QCOMPARE(carma.value(u"tokenHeader"_s).toString(), u"X-Carma-Authentication-Token"_s);
    QCOMPARE(carma.value(u"importsPath"_s).toString(), u"/rest/4711/purchasehistory/{listId}/imports"_s);
    QCOMPARE(carma.value(u"batchPath"_s).toString(), u"/rest/4711/batches/{batchId}"_s);
    QCOMPARE(carma.value(u"rowsPerSecond"_s).toInt(), 2000);
    QCOMPARE(carma.value(u"pendingMs"_s).toInt(), 300);
}

void TestSandboxCarma::seedBatchShapeIsReadable()
{
    // The seed's batch object (typographic quotes, a union as status) is what batches are compared to.
    QCOMPARE(m_seedBatch.value(u"id"_s).toInteger(), 101111);
    QCOMPARE(m_seedBatch.value(u"type"_s).toString(), u"IMPORT"_s);
    QCOMPARE(m_seedBatch.keys().size(), 9);
}

void TestSandboxCarma::importUploadAndPoll_data()
{
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("seesInProgress");   // at 2000 rows/s, 600 rows stay IN_PROGRESS for 300+ ms
    QTest::newRow("no metadata") << QByteArray() << 40 << false;
    QTest::newRow("list-import metadata") << QByteArray(R"({"delimiter":"59","encoding":"UTF8","type":"ADD"})") << 600
                                          << true;
    QTest::newRow("single row") << QByteArray("{}") << 1 << false;
}

void TestSandboxCarma::importUploadAndPoll()
{
    QFETCH(QByteArray, metadata);
    QFETCH(int, rows);
    QFETCH(bool, seesInProgress);
    const QString listId = uniqueList();

    const HttpResult created = createImport(m_sandbox, listId, metadata);
    QCOMPARE(created.status, 201);
    const QString importId = created.json().value(u"id"_s).toString();
    QVERIFY2(!QUuid::fromString(importId).isNull(), qPrintable(importId));

    const HttpResult uploaded = upload(m_sandbox, listId, importId, validRows(rows, "P"));
    QCOMPARE(uploaded.status, 200);
    const QJsonValue batchId = uploaded.json().value(u"batchId"_s);
    QVERIFY(batchId.isString());   // a string in the upload answer …
    bool numeric = false;
    const qint64 id = batchId.toString().toLongLong(&numeric);
    QVERIFY(numeric);

    const PollResult result = poll(m_sandbox, batchId.toString());
    QCOMPARE(result.batch.value(u"status"_s).toString(), u"FINISHED"_s);
    QCOMPARE(result.statuses.constFirst(), u"PENDING"_s);   // 300 ms PENDING
    if (seesInProgress)
        QCOMPARE(result.statuses, (QStringList{u"PENDING"_s, u"IN_PROGRESS"_s, u"FINISHED"_s}));
    const QJsonObject &batch = result.batch;
    QCOMPARE(batch.keys(), m_seedBatch.keys());   // exactly the seed's fields
    for (const QString &key : m_seedBatch.keys())
        QCOMPARE(batch.value(key).type(), m_seedBatch.value(key).type());
    QCOMPARE(batch.value(u"id"_s).toInteger(), id);   // … a number in the batch
    QCOMPARE(batch.value(u"type"_s).toString(), u"IMPORT"_s);
    QCOMPARE(batch.value(u"customerId"_s).toInteger(), m_sandbox.carmaCustomerId());
    QCOMPARE(batch.value(u"total"_s).toInt(), rows);
    QCOMPARE(batch.value(u"processed"_s).toInt(), rows);
    QCOMPARE(batch.value(u"affected"_s).toInt(), rows);
    QVERIFY(batch.value(u"startTime"_s).toInteger() > 1700000000000);
    QVERIFY(batch.value(u"endTime"_s).toInteger() >= batch.value(u"startTime"_s).toInteger());

    const QJsonObject list = m_sandbox.carmaList(listId, 2);
    QCOMPARE(list.value(u"rowCount"_s).toInt(), rows);
    QCOMPARE(list.value(u"imports"_s).toArray().size(), 1);
    QCOMPARE(list.value(u"rows"_s).toArray().first().toObject().value(u"originalId"_s).toString(), u"P-C1"_s);

    const HttpResult shown = request("GET", m_sandbox.carmaUrl(u"purchasehistory/%1/imports/%2"_s.arg(listId, importId)));
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json().value(u"batchId"_s).toString(), batchId.toString());
}

void TestSandboxCarma::crlfAndNoFinalNewline()
{
    const QString listId = uniqueList();
    const PollResult result = importFile(m_sandbox, listId, "A;S1;1.00\r\nB;S2;2.50;2024-01-01 00:00:00;2;5.00");
    QCOMPARE(result.batch.value(u"status"_s).toString(), u"FINISHED"_s);
    QCOMPARE(result.batch.value(u"total"_s).toInt(), 2);
    const QJsonArray rows = m_sandbox.carmaList(listId, 5).value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"raw"_s).toString(), u"A;S1;1.00"_s);
    QCOMPARE(rows.at(1).toObject().value(u"itemPrice"_s).toString(), u"2.50"_s);
}

void TestSandboxCarma::unauthorized_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QByteArray() << u"4711"_s << 401;
    QTest::newRow("wrong token") << QByteArray("carma-wrong") << u"4711"_s << 401;
    QTest::newRow("other customer") << QByteArray("default") << u"4712"_s << 403;
}

void TestSandboxCarma::unauthorized()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, customer);
    QFETCH(int, status);
    const QUrl base = m_sandbox.baseUrl().resolved(QUrl(u"rest/%1/"_s.arg(customer)));

    HttpResult result = request("POST", base.resolved(QUrl(u"purchasehistory/1/imports"_s)), {}, "application/json", token);
    QCOMPARE(result.status, status);
    QVERIFY(!result.json().value(u"error"_s).toString().isEmpty());
    result = request("GET", base.resolved(QUrl(u"batches/101111"_s)), {}, {}, token);
    QCOMPARE(result.status, status);
    result = request("POST", base.resolved(QUrl(u"purchasehistory/1/imports/x/data"_s)), "a;b;1", "text/csv", token);
    QCOMPARE(result.status, status);
    QCOMPARE(m_sandbox.carmaList(u"1"_s).value(u"imports"_s).toArray().size(), 0);
}

void TestSandboxCarma::badMetadata()
{
    QCOMPARE(createImport(m_sandbox, uniqueList(), "not json").status, 400);
    QCOMPARE(createImport(m_sandbox, uniqueList(), "[1,2]").status, 400);
}

void TestSandboxCarma::unknownImport()
{
    const QString listId = uniqueList();
    QCOMPARE(upload(m_sandbox, listId, QUuid::createUuid().toString(QUuid::WithoutBraces), validRows(1, "U")).status, 404);
    // An import of another list is unknown on this one.
    const QString importId = createImport(m_sandbox, listId).json().value(u"id"_s).toString();
    QCOMPARE(upload(m_sandbox, uniqueList(), importId, validRows(1, "U")).status, 404);
    QCOMPARE(request("GET", m_sandbox.carmaUrl(u"purchasehistory/%1/imports/nope"_s.arg(listId))).status, 404);
}

void TestSandboxCarma::secondUploadIsRefused()
{
    const QString listId = uniqueList();
    const QString importId = createImport(m_sandbox, listId).json().value(u"id"_s).toString();
    const HttpResult first = upload(m_sandbox, listId, importId, validRows(3, "S"));
    QCOMPARE(first.status, 200);
    const HttpResult second = upload(m_sandbox, listId, importId, validRows(3, "S"));
    QCOMPARE(second.status, 409);
    QCOMPARE(second.json().value(u"batchId"_s).toString(), first.json().value(u"batchId"_s).toString());
    QCOMPARE(poll(m_sandbox, first.json().value(u"batchId"_s).toString()).batch.value(u"status"_s).toString(),
             u"FINISHED"_s);
    QCOMPARE(m_sandbox.carmaList(listId).value(u"rowCount"_s).toInt(), 3);
}

void TestSandboxCarma::uploadNeedsCsv()
{
    const QString listId = uniqueList();
    const QString importId = createImport(m_sandbox, listId).json().value(u"id"_s).toString();
    const QUrl url = m_sandbox.carmaUrl(u"purchasehistory/%1/imports/%2/data"_s.arg(listId, importId));
    QCOMPARE(request("POST", url, validRows(1, "J"), "application/json").status, 415);
    QCOMPARE(request("POST", url, validRows(1, "J"), "text/csv; charset=utf-8").status, 200);
}

void TestSandboxCarma::unknownBatch()
{
    QCOMPARE(request("GET", m_sandbox.carmaUrl(u"batches/999999999"_s)).status, 404);
    QCOMPARE(request("GET", m_sandbox.carmaUrl(u"batches/abc"_s)).status, 404);
}

void TestSandboxCarma::overlappingImportIs429()
{
    SandboxProcess slow;
    QString error;
    QVERIFY2(slow.start({u"--carma-pending-ms"_s, u"3000"_s, u"--carma-rows-per-second"_s, u"100"_s}, &error),
             qPrintable(error));
    const QString listId = u"42"_s;
    const HttpResult created = createImport(slow, listId);
    QCOMPARE(created.status, 201);
    // An import without data does not block the list.
    QCOMPARE(createImport(slow, listId).status, 201);
    QCOMPARE(upload(slow, listId, created.json().value(u"id"_s).toString(), validRows(200, "O")).status, 200);

    const HttpResult refused = createImport(slow, listId);
    QCOMPARE(refused.status, 429);
    bool numeric = false;
    const int retryAfter = refused.header("Retry-After").toInt(&numeric);
    QVERIFY(numeric);
    QVERIFY2(retryAfter >= 3 && retryAfter <= 6, refused.header("Retry-After").constData());   // 3 s pending + 2 s rows
    QVERIFY(!refused.json().value(u"error"_s).toString().isEmpty());
    // Another list is not throttled.
    QCOMPARE(createImport(slow, u"43"_s).status, 201);
    QCOMPARE(slow.carmaList(listId).value(u"imports"_s).toArray().size(), 2);
}

void TestSandboxCarma::brokenFileEndsInError_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("rule");
    const QByteArray valid = validRows(5, "E");
    QTest::newRow("decimal comma") << valid + "A;S;10,50;2024-01-01 10:00:00;1\n" << u"Line 6, column 2 (itemPrice): price-format"_s;
    QTest::newRow("too few fields") << valid + "A;S;1.00\nB;S\n" << u"Line 7: too-few-fields"_s;
    QTest::newRow("header row") << "Originalid;Sku;itemPrice\n" + valid << u"Line 1: header-row"_s;
    QTest::newRow("total mismatch") << valid + "A;S;2.00;2024-01-01 10:00:00;3;5.00\n" << u"total-mismatch"_s;
    QTest::newRow("day-first date") << valid + "A;S;2.00;01.02.2024 10:00:00;1\n" << u"datetime-format"_s;
    QTest::newRow("semicolon in a value") << valid + "A;S;2.00;2024-01-01 10:00:00;1;2.00;a;b;" + QByteArray(25, ';') << u"too-many-fields"_s;
    QTest::newRow("empty line") << valid + "\n" + valid << u"Line 6: empty-line"_s;
    QTest::newRow("empty file") << QByteArray() << u"empty-file"_s;
}

void TestSandboxCarma::brokenFileEndsInError()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, rule);
    const QString listId = uniqueList();
    const PollResult result = importFile(m_sandbox, listId, data);
    QCOMPARE(result.batch.value(u"status"_s).toString(), u"ERROR"_s);
    const QString reason = result.batch.value(u"reason"_s).toString();
    QVERIFY2(reason.contains(rule), qPrintable(reason));
    QCOMPARE(result.batch.value(u"affected"_s).toInt(), 0);
    QVERIFY(result.batch.value(u"endTime"_s).isDouble());
    // The whole file is rejected: not even its valid rows are stored.
    QCOMPARE(m_sandbox.carmaList(listId).value(u"rowCount"_s).toInt(), 0);
    // An ERROR batch has finished: the list takes a new import.
    QCOMPARE(createImport(m_sandbox, listId).status, 201);
}

void TestSandboxCarma::appendKeepsDuplicates()
{
    const QString listId = uniqueList();
    const QByteArray data = validRows(25, "D");
    const PollResult first = importFile(m_sandbox, listId, data);
    QCOMPARE(first.batch.value(u"status"_s).toString(), u"FINISHED"_s);
    const PollResult second = importFile(m_sandbox, listId, data);
    QCOMPARE(second.batch.value(u"status"_s).toString(), u"FINISHED"_s);
    QVERIFY(second.batch.value(u"id"_s).toInteger() > first.batch.value(u"id"_s).toInteger());

    const QJsonObject list = m_sandbox.carmaList(listId, 100);
    QCOMPARE(list.value(u"rowCount"_s).toInt(), 50);
    QCOMPARE(list.value(u"imports"_s).toArray().size(), 2);
    int duplicates = 0;
    for (const QJsonValue &row : list.value(u"rows"_s).toArray())
        duplicates += row.toObject().value(u"originalId"_s).toString() == u"D-C1" ? 1 : 0;
    QCOMPARE(duplicates, 2);
}

void TestSandboxCarma::dropAfterUploadStoresOnce()
{
    QVERIFY(m_sandbox.setCarmaDropAfterUpload(1.0));
    const QString listId = uniqueList();
    const QString importId = createImport(m_sandbox, listId).json().value(u"id"_s).toString();
    QVERIFY(!importId.isEmpty());

    // A raw socket: QNAM silently re-sends a POST whose connection closed before any answer (that
    // re-send then gets the 409 below), so only a socket shows what the fault does on the wire.
    const QUrl url = m_sandbox.carmaUrl(u"purchasehistory/%1/imports/%2/data"_s.arg(listId, importId));
    const QByteArray body = validRows(30, "F");
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(socket.waitForConnected(kReplyTimeoutMs));
    socket.write("POST " + url.path(QUrl::FullyEncoded).toUtf8() + " HTTP/1.1\r\nHost: " + url.host().toUtf8()
                 + "\r\nContent-Type: text/csv\r\nX-Carma-Authentication-Token: " + m_sandbox.carmaToken()
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < kReplyTimeoutMs) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(answer, QByteArray());   // closed without a single byte of answer

    // The console finds out what happened: the import reveals its batch …
    const HttpResult shown = request("GET", m_sandbox.carmaUrl(u"purchasehistory/%1/imports/%2"_s.arg(listId, importId)));
    QCOMPARE(shown.status, 200);
    const QString batchId = shown.json().value(u"batchId"_s).toString();
    QVERIFY(!batchId.isEmpty());
    // … and a retried upload to the same import is refused with that batch, never imported twice.
    QVERIFY(m_sandbox.setCarmaDropAfterUpload(0.0));
    const HttpResult retried = upload(m_sandbox, listId, importId, validRows(30, "F"));
    QCOMPARE(retried.status, 409);
    QCOMPARE(retried.json().value(u"batchId"_s).toString(), batchId);

    QCOMPARE(poll(m_sandbox, batchId).batch.value(u"status"_s).toString(), u"FINISHED"_s);
    const QJsonObject list = m_sandbox.carmaList(listId);
    QCOMPARE(list.value(u"rowCount"_s).toInt(), 30);   // zero double imports
    QCOMPARE(list.value(u"imports"_s).toArray().size(), 1);
}

void TestSandboxCarma::qnamResendAfterDropGets409()
{
    // What a QNAM-based console sees: its transparent re-send of the dropped upload is refused with
    // the batch of the first one, and the list holds the rows once.
    QVERIFY(m_sandbox.setCarmaDropAfterUpload(1.0));
    const QString listId = uniqueList();
    const QString importId = createImport(m_sandbox, listId).json().value(u"id"_s).toString();
    const HttpResult answer = upload(m_sandbox, listId, importId, validRows(12, "Q"));
    QCOMPARE(answer.status, 409);
    const QString batchId = answer.json().value(u"batchId"_s).toString();
    QCOMPARE(poll(m_sandbox, batchId).batch.value(u"status"_s).toString(), u"FINISHED"_s);
    QCOMPARE(m_sandbox.carmaList(listId).value(u"rowCount"_s).toInt(), 12);
}

void TestSandboxCarma::largeBody()
{
    // About 24 MB in 12 000 lines of 2 KB (a long custom column): accepted and counted.
    QByteArray data;
    const QByteArray custom(2000, 'x');
    data.reserve(12000 * 2100);
    for (int i = 0; i < 12000; ++i)
        data += "L" + QByteArray::number(i) + ";SKU;1.50;2024-05-05 05:05:05;2;3.00;" + custom + '\n';
    QVERIFY(data.size() > 24'000'000);
    const QString listId = uniqueList();
    const QString importId = createImport(m_sandbox, listId).json().value(u"id"_s).toString();
    const HttpResult uploaded = upload(m_sandbox, listId, importId, data);
    QCOMPARE(uploaded.status, 200);
    const HttpResult batch = request("GET", m_sandbox.carmaUrl(u"batches/"_s + uploaded.json().value(u"batchId"_s).toString()));
    QCOMPARE(batch.status, 200);
    QCOMPARE(batch.json().value(u"total"_s).toInt(), 12000);
    QVERIFY(batch.json().value(u"reason"_s).isUndefined());
}

QTEST_GUILESS_MAIN(TestSandboxCarma)
#include "tst_sandbox_carma.moc"
