#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cdp::test {

namespace {

constexpr int kStartTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 5000;
constexpr int kControlTimeoutMs = 30000;   // loopback, but a sanitizer build answers a big state slowly

struct ControlReply
{
    int status = 0;
    QJsonObject body;
};

// Test set-up only: a short-lived QNAM and a local event loop make a control call synchronous.
ControlReply callControl(const QUrl &url, const QByteArray &verb, const QByteArray &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kControlTimeoutMs);
    QNetworkReply *reply = verb == "POST" ? manager.post(request, body) : manager.get(request);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kControlTimeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();

    ControlReply result;
    if (!reply->isFinished()) {
        reply->abort();
    } else if (reply->error() == QNetworkReply::NoError) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = QJsonDocument::fromJson(reply->readAll()).object();
    }
    delete reply;
    return result;
}

} // namespace

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs, QString *error)
{
    stop();
    m_announcement = {};

    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    m_process = std::make_unique<QProcess>();
    // The sandbox logs to stderr (never secrets); let it reach the test log.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{u"--port"_s, u"0"_s, u"--demo"_s};
    arguments += extraArgs;
    m_process->start(QStringLiteral(CDP_SANDBOX_EXECUTABLE), arguments, QIODevice::ReadOnly);
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        const QString message = u"cdp-sandbox did not start: "_s + m_process->errorString();
        m_process.reset();
        return setError(message);
    }

    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            const QString message = m_process->state() == QProcess::Running
                    ? u"cdp-sandbox did not announce itself within %1 ms"_s.arg(kStartTimeoutMs)
                    : u"cdp-sandbox exited before announcing itself (exit code %1)"_s.arg(m_process->exitCode());
            stop();
            return setError(message);
        }
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }

    const QByteArray line = m_process->readLine().trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        stop();
        return setError(u"cdp-sandbox announcement is not a JSON object: "_s + parseError.errorString());
    }
    m_announcement = document.object();
    if (!baseUrl().isValid() || baseUrl().port() <= 0) {
        stop();
        return setError(u"cdp-sandbox announcement has no usable baseUrl"_s);
    }
    return true;
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(kStopTimeoutMs);
        }
    }
    m_process.reset();
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(m_announcement.value(u"baseUrl"_s).toString());
}

QString SandboxProcess::clientId() const
{
    return m_announcement.value(u"clientId"_s).toString();
}

QString SandboxProcess::clientSecret() const
{
    return m_announcement.value(u"clientSecret"_s).toString();
}

QString SandboxProcess::apiKey() const
{
    return m_announcement.value(u"apiKey"_s).toString();
}

QStringList SandboxProcess::sampleUserIds() const
{
    QStringList ids;
    const QJsonArray array = m_announcement.value(u"sampleUserIds"_s).toArray();
    for (const QJsonValue &value : array)
        ids.append(value.toString());
    return ids;
}

QJsonObject SandboxProcess::rcdp() const
{
    return m_announcement.value(u"rcdp"_s).toObject();
}

QString SandboxProcess::rcdpTenantHash() const
{
    return rcdp().value(u"tenantHash"_s).toString();
}

QString SandboxProcess::rcdpOauthKeySecret() const
{
    return rcdp().value(u"oauthKeySecret"_s).toString();
}

QUrl SandboxProcess::rcdpTokenUrl() const
{
    return baseUrl().resolved(QUrl(rcdp().value(u"tokenPath"_s).toString().mid(1)));
}

QUrl SandboxProcess::rcdpProductPurchasedUrl() const
{
    return baseUrl().resolved(QUrl(rcdp().value(u"productPurchasedPath"_s).toString().mid(1)));
}

QList<RcdpSampleCustomer> SandboxProcess::rcdpSampleCustomers() const
{
    QList<RcdpSampleCustomer> customers;
    const QJsonArray array = rcdp().value(u"sampleCustomers"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        customers.append(RcdpSampleCustomer{
                object.value(u"key"_s).toString(),
                object.value(u"label"_s).toString(),
                qint64(object.value(u"customerId"_s).toDouble()),
                object.value(u"hashKey"_s).toString(),
                object.value(u"gcrId"_s).toString(),
                object.value(u"email"_s).toString(),
                object.value(u"mobile"_s).toString(),
                object.value(u"customerCode"_s).toString(),
                object.value(u"purchases"_s).toInt(),
        });
    }
    return customers;
}

RcdpSampleCustomer SandboxProcess::rcdpSampleCustomer(const QString &key) const
{
    const QList<RcdpSampleCustomer> customers = rcdpSampleCustomers();
    for (const RcdpSampleCustomer &customer : customers) {
        if (customer.key == key)
            return customer;
    }
    return {};
}

bool SandboxProcess::setFaults(int latencyMs, double errorRate, double dropRate, quint32 seed)
{
    const QJsonObject faults{
        {u"latencyMs"_s, latencyMs},
        {u"errorRate"_s, errorRate},
        {u"dropRate"_s, dropRate},
        {u"seed"_s, qint64(seed)},
    };
    const ControlReply reply = callControl(baseUrl().resolved(QUrl(u"sandbox/faults"_s)), "POST",
                                           QJsonDocument(faults).toJson(QJsonDocument::Compact));
    return reply.status == 200;
}

int SandboxProcess::revokeTokens()
{
    const ControlReply reply = callControl(baseUrl().resolved(QUrl(u"sandbox/revoke-tokens"_s)), "POST", QByteArrayLiteral("{}"));
    return reply.status == 200 ? reply.body.value(u"revoked"_s).toInt(-1) : -1;
}

QJsonObject SandboxProcess::carma() const
{
    return m_announcement.value(u"carma"_s).toObject();
}

qint64 SandboxProcess::carmaCustomerId() const
{
    return qint64(carma().value(u"customerId"_s).toDouble());
}

QByteArray SandboxProcess::carmaToken() const
{
    return carma().value(u"token"_s).toString().toUtf8();
}

QUrl SandboxProcess::carmaUrl(const QString &relativePath) const
{
    return baseUrl().resolved(QUrl(u"rest/%1/"_s.arg(carmaCustomerId()) + relativePath));
}

QJsonObject SandboxProcess::carmaList(const QString &listId, int rows) const
{
    QUrl url = baseUrl().resolved(QUrl(u"sandbox/carma/lists/"_s + QString::fromUtf8(QUrl::toPercentEncoding(listId))));
    if (rows > 0)
        url.setQuery(u"rows=%1"_s.arg(rows));
    const ControlReply reply = callControl(url, "GET", {});
    return reply.status == 200 ? reply.body : QJsonObject{};
}

bool SandboxProcess::setCarmaDropAfterUpload(double rate) const
{
    const QJsonObject faults{{u"dropAfterUpload"_s, rate}};
    const ControlReply reply = callControl(baseUrl().resolved(QUrl(u"sandbox/carma/faults"_s)), "POST",
                                           QJsonDocument(faults).toJson(QJsonDocument::Compact));
    return reply.status == 200;
}

QJsonObject SandboxProcess::esputnik() const
{
    return m_announcement.value(u"esputnik"_s).toObject();
}

QByteArray SandboxProcess::esputnikApiKey() const
{
    return esputnik().value(u"apiKey"_s).toString().toUtf8();
}

QUrl SandboxProcess::esputnikUrl(const QString &relativePath) const
{
    return baseUrl().resolved(QUrl(u"api/"_s + relativePath));
}

QJsonObject SandboxProcess::esputnikState(const QString &query) const
{
    QUrl url = baseUrl().resolved(QUrl(u"sandbox/esputnik/state"_s));
    if (!query.isEmpty())
        url.setQuery(query);
    const ControlReply reply = callControl(url, "GET", {});
    return reply.status == 200 ? reply.body : QJsonObject{};
}

QJsonObject SandboxProcess::stats() const
{
    const ControlReply reply = callControl(baseUrl().resolved(QUrl(u"sandbox/stats"_s)), "GET", {});
    return reply.status == 200 ? reply.body : QJsonObject{};
}

} // namespace cdp::test
