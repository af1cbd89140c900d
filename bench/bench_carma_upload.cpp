// Carma upload memory: the console's streamed upload (ApiRequest::bodyFile → OneShotFileDevice,
// CarmaImports::uploadData) against the real cdp-sandbox for files of 10 MB … 2 GB, sampling the
// console process's RSS every 20 ms during each upload; beside it the naive way (the whole file read
// into a QByteArray body) for one size. Also SHA-256 of the content (the ledger's hash): OpenSSL
// (csv::Sha256) against QCryptographicHash on the same file from the page cache.
//
//   bench_carma_upload [--sizes-mb 10,100,500,2048] [--naive-mb 100] [--dir /tmp]
//
// Figures go to bench/README.md. The sandbox holds each body in memory (its RSS grows, not ours).

#include "carmagenerator.h"
#include "connectors/carmaimports.h"
#include "csv/sha256.h"
#include "net/apiclient.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace cdp;
using namespace Qt::StringLiterals;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct UploadFigures
{
    bool ok = false;
    QString error;
    double seconds = 0;
    qint64 baselineKb = 0;
    qint64 peakKb = 0;
};

// One import + upload; RSS sampled during the upload only.
UploadFigures upload(ApiClient &client, CarmaImports &carma, const QString &list, const QString &path, bool naive)
{
    UploadFigures f;
    QEventLoop loop;
    QString importId;
    carma.createImport(list, {}, &loop, [&](const CarmaImports::CreateResult &r) {
        importId = r.importId;
        f.error = r.error.toDisplayString();
        loop.quit();
    });
    loop.exec();
    if (importId.isEmpty())
        return f;

    f.baselineKb = statusKb("VmRSS");
    f.peakKb = f.baselineKb;
    QTimer sampler;
    sampler.setInterval(20);
    QObject::connect(&sampler, &QTimer::timeout, &loop, [&f] { f.peakKb = std::max(f.peakKb, statusKb("VmRSS")); });
    sampler.start();
    QElapsedTimer timer;
    timer.start();
    if (!naive) {
        carma.uploadData(list, importId, path, &loop, [&](const CarmaImports::UploadResult &r) {
            f.ok = !r.error.isError();
            f.error = r.error.toDisplayString();
            loop.quit();
        });
    } else {
        // The naive way: the whole file in memory as the request body.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return f;
        ApiRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = carma.dataUrl(list, importId);
        request.headers = {{QByteArrayLiteral("X-Carma-Authentication-Token"), carma.config().token.toUtf8()}};
        request.body = file.readAll();
        request.contentType = QByteArrayLiteral("text/csv");
        request.idempotent = false;
        request.maxAttempts = 1;
        request.timeoutMs = 120000;
        ApiReply *reply = client.send(request);
        QObject::connect(reply, &ApiReply::finished, &loop, [&f, reply, &loop] {
            f.ok = reply->response().ok();
            f.error = reply->response().error.toDisplayString();
            loop.quit();
        });
    }
    loop.exec();
    f.seconds = timer.elapsed() / 1000.0;
    f.peakKb = std::max(f.peakKb, statusKb("VmRSS"));
    return f;
}

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

double hashSeconds(const QString &path, bool openssl)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    csv::Sha256 ossl;
    QCryptographicHash qt(QCryptographicHash::Sha256);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        if (openssl)
            ossl.addData(QByteArrayView(buffer.constData(), n));
        else
            qt.addData(QByteArrayView(buffer.constData(), n));
    }
    const QByteArray digest = openssl ? ossl.result() : qt.result();
    Q_UNUSED(digest)
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizesOption(u"sizes-mb"_s, u"File sizes in MB."_s, u"list"_s, u"10,100,500,2048"_s);
    const QCommandLineOption naiveOption(u"naive-mb"_s, u"Size for the in-memory baseline (0: none)."_s, u"mb"_s, u"100"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the generated files."_s, u"path"_s, u"/tmp"_s);
    parser.addHelpOption();
    parser.addOptions({sizesOption, naiveOption, dirOption});
    parser.process(app);

    cdp::test::SandboxProcess sandbox;
    QString error;
    if (!sandbox.start({u"--carma-pending-ms"_s, u"0"_s, u"--carma-rows-per-second"_s, u"100000000"_s}, &error)) {
        print(u"sandbox: "_s + error);
        return 1;
    }
    ApiClient client;
    CarmaImports::Config config;
    config.baseUrl = sandbox.baseUrl().resolved(QUrl(u"rest/"_s));
    config.customerId = QString::number(sandbox.carmaCustomerId());
    config.token = QString::fromLatin1(sandbox.carmaToken());
    config.timeoutMs = 120000;
    CarmaImports carma(&client, config);

    QTemporaryDir dir(parser.value(dirOption) + u"/bench_carma_upload-XXXXXX"_s);
    print(u"| file | upload | MB/s | console RSS before | peak during upload | growth |"_s);
    print(u"|---|---|---|---|---|---|"_s);
    int list = 1000;
    const qint64 naiveMb = parser.value(naiveOption).toLongLong();
    QString hashFile;
    qint64 hashFileMb = 0;
    for (const QString &text : parser.value(sizesOption).split(u',')) {
        const qint64 mb = text.trimmed().toLongLong();
        if (mb <= 0)
            continue;
        const QString path = dir.filePath(u"upload-%1.txt"_s.arg(mb));
        const bench::CarmaGeneratorStats stats = bench::generateCarmaFile(path, mb * 1000 * 1000, 0);
        if (!stats.error.isEmpty()) {
            print(u"generator: "_s + stats.error);
            return 1;
        }
        const auto row = [&](const QString &how, const UploadFigures &f) {
            if (!f.ok) {
                print(u"| %1 MB | %2 failed: %3 |"_s.arg(mb).arg(how, f.error));
                return;
            }
            print(u"| %1 MB | %2 | %3 | %4 MB | %5 MB | %6 MB |"_s.arg(mb)
                      .arg(how)
                      .arg(double(stats.bytes) / 1e6 / f.seconds, 0, 'f', 0)
                      .arg(f.baselineKb / 1024.0, 0, 'f', 1)
                      .arg(f.peakKb / 1024.0, 0, 'f', 1)
                      .arg((f.peakKb - f.baselineKb) / 1024.0, 0, 'f', 1));
        };
        row(u"streamed (bodyFile)"_s, upload(client, carma, QString::number(++list), path, false));
        if (mb == naiveMb)
            row(u"naive (QByteArray body)"_s, upload(client, carma, QString::number(++list), path, true));
        if (mb <= 1000 && mb >= hashFileMb) {
            if (!hashFile.isEmpty() && hashFile != path)
                QFile::remove(hashFile);
            hashFile = path;
            hashFileMb = mb;
        } else {
            QFile::remove(path);
        }
    }
    if (!hashFile.isEmpty()) {
        hashSeconds(hashFile, true);   // warm the page cache
        const double bytes = double(QFileInfo(hashFile).size());
        const double ossl = hashSeconds(hashFile, true);
        const double qt = hashSeconds(hashFile, false);
        print(u"\nSHA-256 of %1 MB (page cache): OpenSSL EVP %2 MB/s, QCryptographicHash %3 MB/s (%4x)"_s
                  .arg(hashFileMb)
                  .arg(bytes / 1e6 / ossl, 0, 'f', 0)
                  .arg(bytes / 1e6 / qt, 0, 'f', 0)
                  .arg(qt / ossl, 0, 'f', 1));
    }
    print(u"\nconsole peak RSS of the whole run (VmHWM): %1 MB"_s.arg(statusKb("VmHWM") / 1024.0, 0, 'f', 1));
    return 0;
}
