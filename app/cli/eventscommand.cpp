#include "eventscommand.h"

#include "auth/secretstore.h"
#include "events/ordereventsservice.h"
#include "net/apiclient.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace cdp::cli {

namespace {

enum : int { Ok = 0, Usage = 2, GaveUp = 4, Rejected = 5, Config = 6, Unconfirmed = 7 };

QString trc(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cdp::cli", text, disambiguation, n);
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
    std::fflush(stderr);
}

int summary(QJsonObject object, int code)
{
    object.insert(u"command"_s, u"send-outbox"_s);
    object.insert(u"exitCode"_s, code);
    object.insert(u"ok"_s, code == Ok);
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return code;
}

int fail(int code, const QString &text)
{
    printErr(text);
    return summary(QJsonObject{{u"error"_s, text}}, code);
}

QList<qint64> idList(const QStringList &values, bool *ok)
{
    QList<qint64> out;
    *ok = true;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool good = false;
            const qint64 id = part.trimmed().toLongLong(&good);
            if (!good || id <= 0)
                *ok = false;
            else
                out.append(id);
        }
    }
    return out;
}

QJsonObject countsJson(const OutboxCounts &c)
{
    return QJsonObject{{u"queued"_s, c.queued},       {u"sending"_s, c.sending},   {u"delivered"_s, c.delivered},
                       {u"rejected"_s, c.rejected},   {u"failed"_s, c.failed},     {u"unconfirmed"_s, c.unconfirmed},
                       {u"discarded"_s, c.discarded}, {u"total"_s, c.total()}};
}

QJsonArray entriesJson(const QList<OutboxEntry> &entries)
{
    QJsonArray out;
    for (const OutboxEntry &e : entries) {
        out.append(QJsonObject{{u"id"_s, e.id},
                               {u"eventTypeKey"_s, e.eventTypeKey},
                               {u"externalOrderId"_s, e.externalOrderId},
                               {u"attempts"_s, e.attempts},
                               {u"httpStatus"_s, e.httpStatus},
                               {u"text"_s, e.serverText}});
    }
    return out;
}

} // namespace

bool isEventsCommand(int argc, char *argv[])
{
    return argc >= 2 && QByteArrayView(argv[1]) == "send-outbox";
}

int runEventsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Deliver the eSputnik events queued in a workspace's outbox, then exit.\n"
            "The API key is read from CDP_ESPUTNIK_API_KEY, else from the keyring entry of the connection.\n"
            "Exit codes: 0 all delivered; 2 usage; 4 gave up on transit failures; 5 events rejected by eSputnik; "
            "6 configuration; 7 unconfirmed events need a decision (--confirm-delivered / --resend)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"send-outbox"_s, trc("The command."));
    const QCommandLineOption workspaceOption(u"workspace"_s, trc("The workspace database."), u"file"_s);
    const QCommandLineOption connectionOption(u"connection"_s, trc("The eSputnik connection (default: the first one)."), u"name"_s);
    const QCommandLineOption inFlightOption(u"max-in-flight"_s, trc("Concurrent requests (default 1)."), u"n"_s, u"1"_s);
    const QCommandLineOption attemptsOption(u"max-attempts"_s, trc("Give up on an event after n transit failures (default 0: never)."), u"n"_s, u"0"_s);
    const QCommandLineOption backoffOption(u"backoff-ms"_s, trc("First retry delay after a transit failure (default 2000)."), u"ms"_s, u"2000"_s);
    const QCommandLineOption confirmOption(u"confirm-delivered"_s, trc("Mark these unconfirmed events delivered (checked in eSputnik)."), u"ids"_s);
    const QCommandLineOption resendOption(u"resend"_s, trc("Send these unconfirmed, rejected or failed events again (may duplicate an unconfirmed one)."), u"ids"_s);
    const QCommandLineOption discardOption(u"discard"_s, trc("Discard these events."), u"ids"_s);
    const QCommandLineOption statusOption(u"status"_s, trc("Only report the outbox; send nothing."));
    parser.addOptions({workspaceOption, connectionOption, inFlightOption, attemptsOption, backoffOption, confirmOption,
                       resendOption, discardOption, statusOption});
    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    if (!parser.isSet(workspaceOption))
        return fail(Usage, trc("--workspace is required."));
    bool okInFlight = false, okAttempts = false, okBackoff = false;
    const int inFlight = parser.value(inFlightOption).toInt(&okInFlight);
    const int attempts = parser.value(attemptsOption).toInt(&okAttempts);
    const int backoff = parser.value(backoffOption).toInt(&okBackoff);
    if (!okInFlight || inFlight < 1 || inFlight > 32 || !okAttempts || attempts < 0 || !okBackoff || backoff < 1)
        return fail(Usage, trc("--max-in-flight must be 1–32, --max-attempts 0 or more, --backoff-ms 1 or more."));
    bool okIds = true, okIds2 = true, okIds3 = true;
    const QList<qint64> confirm = idList(parser.values(confirmOption), &okIds);
    const QList<qint64> resend = idList(parser.values(resendOption), &okIds2);
    const QList<qint64> discard = idList(parser.values(discardOption), &okIds3);
    if (!okIds || !okIds2 || !okIds3)
        return fail(Usage, trc("Event ids are positive numbers separated by commas."));

    Workspace workspace;
    QString error;
    if (!workspace.open(parser.value(workspaceOption), &error))
        return fail(Config, error);
    ConnectionStore connections(workspace);
    std::optional<ConnectionProfile> profile;
    const QString wanted = parser.value(connectionOption);
    for (const ConnectionProfile &p : connections.list()) {
        if (p.vendor == Vendor::Esputnik && (wanted.isEmpty() || p.name.compare(wanted, Qt::CaseInsensitive) == 0)) {
            profile = p;
            break;
        }
    }
    ApiClient client;
    SecretStore secrets(u"cdp-console"_s);
    // Opening the service recovers entries a killed run left Sending (→ Unconfirmed).
    OrderEventsService service(workspace, client, secrets);
    if (service.recoveredUnconfirmed() > 0)
        printErr(trc("%n event(s) were in flight when the previous run stopped; they are Unconfirmed now.", nullptr,
                     service.recoveredUnconfirmed()));

    auto decide = [&](const QList<qint64> &ids, bool (OrderEventsService::*action)(qint64, QString *), const char *what) {
        for (const qint64 id : ids) {
            QString why;
            if (!(service.*action)(id, &why)) {
                printErr(trc("Event %1: %2 failed: %3").arg(id).arg(QString::fromLatin1(what), why));
                return false;
            }
        }
        return true;
    };
    if (!decide(confirm, &OrderEventsService::confirmDelivered, "confirm-delivered")
        || !decide(resend, &OrderEventsService::retry, "resend") || !decide(discard, &OrderEventsService::discard, "discard"))
        return fail(Usage, trc("An event id does not name an event in a state that allows that decision."));

    auto report = [&]() {
        const OutboxCounts c = service.counts();
        OutboxFilter unconfirmed;
        unconfirmed.states = {OutboxState::Unconfirmed};
        OutboxFilter rejected;
        rejected.states = {OutboxState::Rejected};
        rejected.limit = 100;
        OutboxFilter failed;
        failed.states = {OutboxState::FailedWillRetry};
        failed.limit = 100;
        QJsonObject object{{u"workspace"_s, workspace.path()},
                           {u"connection"_s, service.connectionName()},
                           {u"counts"_s, countsJson(c)},
                           {u"unconfirmed"_s, entriesJson(service.entries(unconfirmed))},
                           {u"rejected"_s, entriesJson(service.entries(rejected))},
                           {u"failed"_s, entriesJson(service.entries(failed))}};
        int code = Ok;
        if (c.failed > 0)
            code = GaveUp;
        if (c.rejected > 0)
            code = Rejected;
        if (c.unconfirmed > 0)
            code = Unconfirmed;
        return summary(object, code);
    };
    if (parser.isSet(statusOption))
        return report();

    if (!profile)
        return fail(Config, wanted.isEmpty() ? trc("The workspace has no eSputnik connection.")
                                             : trc("The workspace has no eSputnik connection named “%1”.").arg(wanted));
    QString apiKey = qEnvironmentVariable("CDP_ESPUTNIK_API_KEY");
    if (apiKey.isEmpty()) {
        QEventLoop loop;
        QString secretError;
        secrets.probe(&loop, [&](SecretStore::Backend) {
            secrets.read(profile->secretKey(), &loop, [&](bool found, const QString &secret, const QString &readError) {
                apiKey = found ? secret : QString();
                secretError = readError;
                loop.quit();
            });
        });
        loop.exec();
        if (apiKey.isEmpty())
            return fail(Config, trc("No API key for “%1”: set CDP_ESPUTNIK_API_KEY or store it in the console (%2).")
                                    .arg(profile->name, secretError.isEmpty() ? trc("nothing stored") : secretError));
    }

    OrderEventsService::SenderSettings settings = service.senderSettings();
    settings.maxInFlight = inFlight;
    settings.maxAutomaticAttempts = attempts;
    settings.backoffBaseMs = backoff;
    service.setSenderSettings(settings);
    service.setConnection(*profile, apiKey);
    if (!service.canSend())
        return fail(Config, service.connectionProblem());

    QEventLoop loop;
    QTimer poll;
    QElapsedTimer sinceReport;
    sinceReport.start();
    int result = -1;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const OutboxCounts c = service.counts();
        if (sinceReport.elapsed() > 1000) {
            printErr(trc("%1 delivered, %2 queued, %3 sending, %4 failed, %5 rejected, %6 unconfirmed")
                         .arg(c.delivered)
                         .arg(c.queued)
                         .arg(c.sending)
                         .arg(c.failed)
                         .arg(c.rejected)
                         .arg(c.unconfirmed));
            sinceReport.restart();
        }
        if (!service.canSend()) {
            result = Config;
            loop.quit();
            return;
        }
        if (service.statusText().contains(u"API key"_s) || service.statusText().contains(u"HTTP 404"_s)) {
            result = Config;   // the sender holds on a connection problem
            loop.quit();
            return;
        }
        if (c.queued > 0 || c.sending > 0 || service.isSending())
            return;
        OutboxFilter retrying;
        retrying.states = {OutboxState::FailedWillRetry};
        for (const OutboxEntry &e : service.entries(retrying)) {
            if (e.nextAttemptAt.isValid())
                return;   // will be retried
        }
        loop.quit();
    });
    poll.start(100);
    loop.exec();
    if (result == Config) {
        printErr(service.statusText());
        return fail(Config, service.statusText());
    }
    return report();
}

} // namespace cdp::cli
