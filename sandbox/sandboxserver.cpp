#include "sandboxserver.h"

#include "carmaapi.h"
#include "carmabatchworker.h"
#include "carmastore.h"
#include "controlapi.h"
#include "esputnikapi.h"
#include "httpserver.h"
#include "ratelimiter.h"
#include "rcdpapi.h"
#include "rcdpdemodata.h"
#include "rcdpstore.h"
#include "sandboxdatabase.h"
#include "sandboxlogging.h"
#include "sandboxstats.h"
#include "tokenstore.h"
#include "userprofileapi.h"
#include "userprofiledemodata.h"
#include "userprofilestore.h"

#include <QDateTime>
#include <QJsonArray>

#include <vector>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

// The demo credentials. Client id and secret are the seed's own sample values, so the seed's
// curl examples run unchanged against the sandbox.
const Credentials &demoCredentials()
{
    static const Credentials credentials{u"51934de97c95e1ced"_s, u"20l9dr0jkink11ad49hg93it52d"_s,
                                         u"cdpdemo7f3a9c21"_s};
    return credentials;
}

QString urlHost(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        return u"127.0.0.1"_s;
    if (address == QHostAddress::AnyIPv6)
        return u"::1"_s;
    return address.toString();
}

} // namespace

struct SandboxServer::Private
{
    Options options;
    SandboxStats stats;
    std::unique_ptr<SandboxDatabase> database;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<UserProfileStore> profiles;
    std::unique_ptr<RcdpStore> rcdp;
    std::unique_ptr<CarmaStore> carma;
    std::unique_ptr<CarmaBatchWorker> carmaWorker;
    std::unique_ptr<RateLimiter> rateLimiter;
    std::unique_ptr<HttpServer> http;
    std::vector<std::unique_ptr<ApiModule>> modules;
    quint16 port = 0;
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const Options &options, QString *error)
{
    stop();
    auto fail = [this, error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcSandbox).noquote() << message;
        stop();
        return false;
    };
    if (options.tokenTtlSeconds <= 0)
        return fail(u"the token TTL must be at least one second"_s);
    if (options.rateLimitPerMinute <= 0 || options.rateWindowMs <= 0)
        return fail(u"the rate limit and its window must be positive"_s);

    d->options = options;
    d->options.faults = FaultInjector::sanitized(options.faults);
    d->stats = SandboxStats{};

    QString message;
    d->database = std::make_unique<SandboxDatabase>();
    if (!d->database->open(options.databasePath, &message))
        return fail(message);
    d->tokens = std::make_unique<TokenStore>(d->database.get());
    d->profiles = std::make_unique<UserProfileStore>(d->database.get());
    if (!d->tokens->createSchema(&message) || !d->profiles->createSchema(&message))
        return fail(message);

    const Credentials &credentials = demoCredentials();
    const QString service = QString::fromUtf16(UserProfileApi::kService);
    if (!d->profiles->addSite(credentials.apiKey, u"CDP demo shop"_s)
        || !d->tokens->addClient(OAuthClient{service, credentials.clientId, credentials.clientSecret,
                                             credentials.apiKey})) {
        return fail(u"cannot store the demo credentials"_s);
    }
    if (options.demo && d->profiles->userCount(credentials.apiKey) == 0
        && !UserProfileDemoData::populate(*d->database, *d->profiles, credentials.apiKey, &message)) {
        return fail(message);
    }
    d->rcdp = std::make_unique<RcdpStore>(d->database.get());
    if (!d->rcdp->createSchema(&message)
        || !RcdpDemoData::install(*d->database, *d->rcdp, *d->tokens, options.rcdp, options.demo, &message)) {
        return fail(message);
    }
    d->carma = std::make_unique<CarmaStore>(d->database.get());
    if (!d->carma->createSchema(&message) || !d->carma->failInterruptedBatches(QDateTime::currentMSecsSinceEpoch()))
        return fail(message.isEmpty() ? u"cannot prepare the Carma tables"_s : message);
    d->carmaWorker = std::make_unique<CarmaBatchWorker>(d->carma.get(), options.carma);

    d->rateLimiter = std::make_unique<RateLimiter>(options.rateLimitPerMinute, options.rateWindowMs);
    d->http = std::make_unique<HttpServer>(&d->stats);
    d->http->setFaults(d->options.faults);
    d->modules.push_back(std::make_unique<UserProfileApi>(d->profiles.get(), d->tokens.get(), d->rateLimiter.get(),
                                                          &d->stats, options.tokenTtlSeconds));
    d->modules.push_back(std::make_unique<RcdpApi>(d->rcdp.get(), d->tokens.get(), d->rateLimiter.get(), &d->stats,
                                                   options.rcdp, [this] { return baseUrl(); }));
    d->modules.push_back(std::make_unique<CarmaApi>(d->carma.get(), d->carmaWorker.get(), &d->stats, options.carma));
    d->modules.push_back(std::make_unique<EsputnikApi>(d->rateLimiter.get()));
    QStringList apis;
    for (const auto &module : d->modules)
        apis.append(module->name());
    d->modules.push_back(std::make_unique<ControlApi>(d->http.get(), d->tokens.get(), &d->stats, apis));
    for (const auto &module : d->modules)
        module->registerRoutes(d->http->router());

    d->port = d->http->listen(options.address, options.port);
    if (d->port == 0) {
        return fail(u"cannot listen on %1 port %2"_s.arg(options.address.toString()).arg(options.port));
    }
    qCInfo(lcSandbox).noquote() << u"listening on %1 (%2 API)"_s.arg(baseUrl().toString(), apis.join(u", "));
    return true;
}

void SandboxServer::stop()
{
    // The HTTP server first: its routes call into the modules and stores.
    d->http.reset();
    d->modules.clear();
    d->rateLimiter.reset();
    d->carmaWorker.reset();
    d->carma.reset();
    d->rcdp.reset();
    d->profiles.reset();
    d->tokens.reset();
    d->database.reset();
    d->port = 0;
}

bool SandboxServer::isRunning() const
{
    return d->http && d->port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(urlHost(d->options.address));
    url.setPort(d->port);
    url.setPath(u"/"_s);
    return url;
}

Credentials SandboxServer::credentials() const
{
    return demoCredentials();
}

QStringList SandboxServer::sampleUserIds() const
{
    return d->options.demo ? UserProfileDemoData::sampleUserIds() : QStringList{};
}

QJsonObject SandboxServer::announcement() const
{
    const Credentials credentials = this->credentials();
    return QJsonObject{
            {u"service"_s, u"cdp-sandbox"_s},
            {u"baseUrl"_s, baseUrl().toString()},
            {u"clientId"_s, credentials.clientId},
            {u"clientSecret"_s, credentials.clientSecret},
            {u"apiKey"_s, credentials.apiKey},
            {u"tokenPaths"_s, QJsonArray::fromStringList(UserProfileApi::tokenPaths())},
            {u"profilePath"_s, UserProfileApi::profilePathTemplate()},
            {u"sampleUserIds"_s, QJsonArray::fromStringList(sampleUserIds())},
            {u"tokenTtl"_s, d->options.tokenTtlSeconds},
            {u"rateLimit"_s, d->options.rateLimitPerMinute},
            {u"rateWindowMs"_s, d->options.rateWindowMs},
            {u"demo"_s, d->options.demo},
            {u"rcdp"_s, RcdpApi::announcement(d->options.rcdp, d->options.demo)},
            {u"carma"_s, CarmaApi::announcement(d->options.carma)},
            {u"esputnik"_s, EsputnikApi::announcement()},
    };
}

void SandboxServer::setFaults(const Faults &faults)
{
    d->options.faults = FaultInjector::sanitized(faults);
    if (d->http)
        d->http->setFaults(d->options.faults);
}

Faults SandboxServer::faults() const
{
    return d->http ? d->http->faults() : d->options.faults;
}

} // namespace cdp::sandbox
