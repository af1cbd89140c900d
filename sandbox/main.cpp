// cdp-sandbox: a local emulator of the vendor APIs (User Profile, Real-time CDP, Carma, eSputnik) over real HTTP.
// Prints exactly one JSON line on stdout once listening (see SandboxServer::announcement());
// logs go to stderr and never contain tokens or secrets. Stops cleanly on SIGTERM and SIGINT.

#include "rcdpidentity.h"
#include "sandboxserver.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using cdp::sandbox::Options;

namespace {

constexpr quint16 kDefaultPort = 8787;

struct ParsedOptions
{
    Options options;
    QString error;
};

template <typename T>
std::optional<T> number(const QCommandLineParser &parser, const QString &name, double low, double high)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return static_cast<T>(value);
}

ParsedOptions parse(const QCommandLineParser &parser)
{
    ParsedOptions result;
    Options &options = result.options;
    auto invalid = [&result](const QString &name, const QString &range) {
        result.error = u"invalid --%1 (expected %2)"_s.arg(name, range);
        return result;
    };

    const auto port = number<int>(parser, u"port"_s, 0, 65535);
    if (!port)
        return invalid(u"port"_s, u"0..65535"_s);
    options.port = quint16(*port);
    if (!options.address.setAddress(parser.value(u"listen"_s)))
        return invalid(u"listen"_s, u"an IP address"_s);
    options.databasePath = parser.value(u"db"_s);
    options.demo = parser.isSet(u"demo"_s);

    const auto ttl = number<int>(parser, u"token-ttl"_s, 1, 365 * 24 * 3600);
    if (!ttl)
        return invalid(u"token-ttl"_s, u"1 second or more"_s);
    options.tokenTtlSeconds = *ttl;
    // RCDP tokens live 3600 s (VENDOR_NOTES) unless --token-ttl is given, which then applies to both.
    if (parser.isSet(u"token-ttl"_s))
        options.rcdp.tokenTtlSeconds = *ttl;
    const auto rateLimit = number<int>(parser, u"rate-limit"_s, 1, 1e9);
    if (!rateLimit)
        return invalid(u"rate-limit"_s, u"1 or more"_s);
    options.rateLimitPerMinute = *rateLimit;
    const auto rateWindow = number<int>(parser, u"rate-window-ms"_s, 1, 24 * 3600 * 1000);
    if (!rateWindow)
        return invalid(u"rate-window-ms"_s, u"1 ms or more"_s);
    options.rateWindowMs = *rateWindow;

    const auto latency = number<int>(parser, u"latency-ms"_s, 0, 120000);
    if (!latency)
        return invalid(u"latency-ms"_s, u"0..120000"_s);
    options.faults.latencyMs = *latency;
    const auto errorRate = number<double>(parser, u"error-rate"_s, 0, 1);
    if (!errorRate)
        return invalid(u"error-rate"_s, u"0..1"_s);
    options.faults.errorRate = *errorRate;
    const auto dropRate = number<double>(parser, u"drop-rate"_s, 0, 1);
    if (!dropRate)
        return invalid(u"drop-rate"_s, u"0..1"_s);
    options.faults.dropRate = *dropRate;
    const auto seed = number<quint32>(parser, u"fault-seed"_s, 0, 4294967295.0);
    if (!seed)
        return invalid(u"fault-seed"_s, u"0..4294967295"_s);
    options.faults.seed = *seed;

    options.rcdp.prefix = parser.value(u"rcdp-prefix"_s);
    if (!options.rcdp.prefix.isEmpty() && !options.rcdp.prefix.startsWith(u'/'))
        return invalid(u"rcdp-prefix"_s, u"a path starting with '/'"_s);
    QString columnsError;
    if (parser.isSet(u"rcdp-dedup-columns"_s)
        && !cdp::sandbox::RcdpIdentity::parseColumns(parser.value(u"rcdp-dedup-columns"_s),
                                                     &options.rcdp.dedupColumns, &columnsError)) {
        result.error = u"invalid --rcdp-dedup-columns: "_s + columnsError;
        return result;
    }
    options.rcdp.oauthRequired = !parser.isSet(u"rcdp-no-oauth"_s);

    const auto carmaCustomer = number<qint64>(parser, u"carma-customer-id"_s, 1, 1e12);
    if (!carmaCustomer)
        return invalid(u"carma-customer-id"_s, u"1 or more"_s);
    options.carma.customerId = *carmaCustomer;
    const auto carmaRows = number<int>(parser, u"carma-rows-per-second"_s, 1, 1e8);
    if (!carmaRows)
        return invalid(u"carma-rows-per-second"_s, u"1..100000000"_s);
    options.carma.rowsPerSecond = *carmaRows;
    const auto carmaPending = number<int>(parser, u"carma-pending-ms"_s, 0, 3600000);
    if (!carmaPending)
        return invalid(u"carma-pending-ms"_s, u"0..3600000"_s);
    options.carma.pendingMs = *carmaPending;
    const auto carmaDrop = number<double>(parser, u"carma-drop-after-upload"_s, 0, 1);
    if (!carmaDrop)
        return invalid(u"carma-drop-after-upload"_s, u"0..1"_s);
    options.carma.dropAfterUploadRate = *carmaDrop;
    options.carma.dropSeed = options.faults.seed;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cdp-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Local emulator of the Algonomy/RichRelevance User Profile API and the Algonomy Real-time CDP\n"
            "(productPurchased) over HTTP, SQLite-backed. Prints one JSON line (baseUrl, demo credentials,\n"
            "token paths, sample user ids, an \"rcdp\" object with tenant and sample customers, and \"carma\" and\n"
            "\"esputnik\" objects with their demo accounts) once listening."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
            {u"port"_s, u"TCP port; 0 picks a free port (default %1)."_s.arg(kDefaultPort), u"N"_s,
             QString::number(kDefaultPort)},
            {u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDRESS"_s, u"127.0.0.1"_s},
            {u"db"_s, u"SQLite database file (default: in memory)."_s, u"PATH"_s},
            {u"demo"_s, u"Load the deterministic demo profiles (once per database)."_s},
            {u"token-ttl"_s, u"Token lifetime in seconds (default 28800; RCDP tokens 3600 unless given)."_s,
             u"SECONDS"_s, u"28800"_s},
            {u"rate-limit"_s, u"Requests per window and API key before HTTP 429 (default 1000)."_s, u"N"_s, u"1000"_s},
            {u"rate-window-ms"_s, u"Length of the rate-limit window (default 60000)."_s, u"MS"_s, u"60000"_s},
            {u"latency-ms"_s, u"Latency added to every API answer (default 0)."_s, u"MS"_s, u"0"_s},
            {u"error-rate"_s, u"Share of API requests answered 503 (0..1)."_s, u"RATE"_s, u"0"_s},
            {u"drop-rate"_s, u"Share of API requests dropped without an answer (0..1)."_s, u"RATE"_s, u"0"_s},
            {u"fault-seed"_s, u"Seed of the deterministic fault sequence (default 1)."_s, u"N"_s, u"1"_s},
            {u"rcdp-prefix"_s, u"Path prefix of the Real-time CDP endpoints (default /rcdpapi)."_s, u"PATH"_s,
             u"/rcdpapi"_s},
            {u"rcdp-dedup-columns"_s,
             u"Identity headers the RCDP deployment de-duplicates on, comma-separated (default: all of "
             "gcrId,mobile_number,email_address,customer_code_external)."_s,
             u"LIST"_s},
            {u"rcdp-no-oauth"_s, u"The RCDP demo tenant has OAuth disabled (no oauth_key_secret needed)."_s},
            {u"carma-customer-id"_s, u"Customer id of the Carma demo account (default 4711)."_s, u"N"_s, u"4711"_s},
            {u"carma-rows-per-second"_s, u"Pace of a Carma batch IN_PROGRESS (default 500 rows/s)."_s, u"N"_s,
             u"500"_s},
            {u"carma-pending-ms"_s, u"Time a Carma batch stays PENDING after its upload (default 1000)."_s, u"MS"_s,
             u"1000"_s},
            {u"carma-drop-after-upload"_s,
             u"Share of Carma data uploads stored, then dropped without an answer (0..1, default 0)."_s, u"RATE"_s,
             u"0"_s},
    });
    parser.process(app);

    const ParsedOptions parsed = parse(parser);
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "cdp-sandbox: %s\n", qPrintable(parsed.error));
        return 2;
    }

    cdp::sandbox::SandboxServer server;
    QString error;
    if (!server.start(parsed.options, &error)) {
        std::fprintf(stderr, "cdp-sandbox: %s\n", qPrintable(error));
        return 1;
    }

    cdp::sandbox::TerminationSignals signalWatcher;
    QObject::connect(&signalWatcher, &cdp::sandbox::TerminationSignals::terminationRequested, &app,
                     [&server](int) {
                         server.stop();
                         QCoreApplication::quit();
                     });
    if (!signalWatcher.install())
        std::fprintf(stderr, "cdp-sandbox: cannot install the SIGTERM/SIGINT handlers\n");

    const QByteArray line = QJsonDocument(server.announcement()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    return QCoreApplication::exec();
}
