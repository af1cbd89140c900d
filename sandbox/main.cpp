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
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using cdp::sandbox::Options;

namespace {

constexpr quint16 kDefaultPort = 8787;

// A numeric flag: declared, defaulted, range-checked and applied from one entry.
struct NumericFlag
{
    QString name;
    QString help;
    QString valueName;
    QString defaultValue;
    double low;
    double high;
    QString range;   // for the error message: "invalid --NAME (expected RANGE)"
    std::function<void(Options &options, double value, bool given)> apply;
};

const std::vector<NumericFlag> &numericFlags()
{
    static const std::vector<NumericFlag> flags{
        {u"port"_s, u"TCP port; 0 picks a free port (default %1)."_s.arg(kDefaultPort), u"N"_s,
         QString::number(kDefaultPort), 0, 65535, u"0..65535"_s,
         [](Options &o, double v, bool) { o.port = quint16(v); }},
        {u"token-ttl"_s, u"Token lifetime in seconds (default 28800; RCDP tokens 3600 unless given)."_s, u"SECONDS"_s,
         u"28800"_s, 1, 365 * 24 * 3600, u"1 second or more"_s,
         [](Options &o, double v, bool given) {
             o.tokenTtlSeconds = int(v);
             // RCDP tokens live 3600 s (VENDOR_NOTES) unless --token-ttl is given, which then applies to both.
             if (given)
                 o.rcdp.tokenTtlSeconds = int(v);
         }},
        {u"rate-limit"_s, u"Requests per window and API key before HTTP 429 (default 1000)."_s, u"N"_s, u"1000"_s, 1, 1e9,
         u"1 or more"_s, [](Options &o, double v, bool) { o.rateLimitPerMinute = int(v); }},
        {u"rate-window-ms"_s, u"Length of the rate-limit window (default 60000)."_s, u"MS"_s, u"60000"_s, 1,
         24 * 3600 * 1000, u"1 ms or more"_s, [](Options &o, double v, bool) { o.rateWindowMs = int(v); }},
        {u"latency-ms"_s, u"Latency added to every API answer (default 0)."_s, u"MS"_s, u"0"_s, 0, 120000,
         u"0..120000"_s, [](Options &o, double v, bool) { o.faults.latencyMs = int(v); }},
        {u"error-rate"_s, u"Share of API requests answered 503 (0..1)."_s, u"RATE"_s, u"0"_s, 0, 1, u"0..1"_s,
         [](Options &o, double v, bool) { o.faults.errorRate = v; }},
        {u"drop-rate"_s, u"Share of API requests dropped without an answer (0..1)."_s, u"RATE"_s, u"0"_s, 0, 1,
         u"0..1"_s, [](Options &o, double v, bool) { o.faults.dropRate = v; }},
        {u"fault-seed"_s, u"Seed of the deterministic fault sequence (default 1)."_s, u"N"_s, u"1"_s, 0, 4294967295.0,
         u"0..4294967295"_s,
         [](Options &o, double v, bool) {
             o.faults.seed = quint32(v);
             o.carma.dropSeed = quint32(v);   // Carma's drop-after-upload sequence follows the same seed
         }},
        {u"carma-customer-id"_s, u"Customer id of the Carma demo account (default 4711)."_s, u"N"_s, u"4711"_s, 1, 1e12,
         u"1 or more"_s, [](Options &o, double v, bool) { o.carma.customerId = qint64(v); }},
        {u"carma-rows-per-second"_s, u"Pace of a Carma batch IN_PROGRESS (default 500 rows/s)."_s, u"N"_s, u"500"_s, 1,
         1e8, u"1..100000000"_s, [](Options &o, double v, bool) { o.carma.rowsPerSecond = int(v); }},
        {u"carma-pending-ms"_s, u"Time a Carma batch stays PENDING after its upload (default 1000)."_s, u"MS"_s,
         u"1000"_s, 0, 3600000, u"0..3600000"_s, [](Options &o, double v, bool) { o.carma.pendingMs = int(v); }},
        {u"carma-drop-after-upload"_s,
         u"Share of Carma data uploads stored, then dropped without an answer (0..1, default 0)."_s, u"RATE"_s, u"0"_s,
         0, 1, u"0..1"_s, [](Options &o, double v, bool) { o.carma.dropAfterUploadRate = v; }},
    };
    return flags;
}

QList<QCommandLineOption> commandLineOptions()
{
    QList<QCommandLineOption> options;
    for (const NumericFlag &flag : numericFlags())
        options.append(QCommandLineOption(flag.name, flag.help, flag.valueName, flag.defaultValue));
    options.append({
            {u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDRESS"_s, u"127.0.0.1"_s},
            {u"db"_s, u"SQLite database file (default: in memory)."_s, u"PATH"_s},
            {u"demo"_s, u"Load the deterministic demo profiles (once per database)."_s},
            {u"rcdp-prefix"_s, u"Path prefix of the Real-time CDP endpoints (default /rcdpapi)."_s, u"PATH"_s,
             u"/rcdpapi"_s},
            {u"rcdp-dedup-columns"_s,
             u"Identity headers the RCDP deployment de-duplicates on, comma-separated (default: all of "
             "gcrId,mobile_number,email_address,customer_code_external)."_s,
             u"LIST"_s},
            {u"rcdp-no-oauth"_s, u"The RCDP demo tenant has OAuth disabled (no oauth_key_secret needed)."_s},
    });
    return options;
}

struct ParsedOptions
{
    Options options;
    QString error;
};

ParsedOptions parse(const QCommandLineParser &parser)
{
    ParsedOptions result;
    Options &options = result.options;
    auto invalid = [&result](const QString &name, const QString &range) {
        result.error = u"invalid --%1 (expected %2)"_s.arg(name, range);
        return result;
    };

    for (const NumericFlag &flag : numericFlags()) {
        bool ok = false;
        const double value = parser.value(flag.name).toDouble(&ok);
        if (!ok || value < flag.low || value > flag.high)
            return invalid(flag.name, flag.range);
        flag.apply(options, value, parser.isSet(flag.name));
    }

    if (!options.address.setAddress(parser.value(u"listen"_s)))
        return invalid(u"listen"_s, u"an IP address"_s);
    options.databasePath = parser.value(u"db"_s);
    options.demo = parser.isSet(u"demo"_s);

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
    parser.addOptions(commandLineOptions());
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
