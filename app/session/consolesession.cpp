#include "consolesession.h"

#include "carmasettings.h"
#include "connectionsettings.h"
#include "esputniksettings.h"

#include "auth/oauth2clientcredentials.h"
#include "auth/rcdptokenprovider.h"
#include "events/ordereventsservice.h"
#include "imports/importservice.h"
#include "net/apiclient.h"
#include "net/logging.h"
#include "store/connectionstore.h"
#include "store/requestlogstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QTimer>

namespace cdp {

namespace {

// Runs `fn` on the next event-loop turn while `context` lives: keeps "calls back exactly once,
// asynchronously" true also for answers known immediately.
void later(QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

} // namespace

void DemoEndpoint::readRcdpAnnouncement(const QJsonObject &rcdp, const QUrl &sandboxBaseUrl)
{
    rcdpSampleCustomers.clear();
    if (rcdp.isEmpty() || !sandboxBaseUrl.isValid()) {
        rcdpBaseUrl = QUrl();
        return;
    }
    QString prefix = rcdp.value(QStringLiteral("prefix")).toString();
    while (prefix.startsWith(QLatin1Char('/')))
        prefix.remove(0, 1);
    rcdpBaseUrl = prefix.isEmpty() ? sandboxBaseUrl : sandboxBaseUrl.resolved(QUrl(prefix));
    rcdpTenantHash = rcdp.value(QStringLiteral("tenantHash")).toString();
    rcdpOauthKeySecret = rcdp.value(QStringLiteral("oauthKeySecret")).toString();
    const QJsonArray samples = rcdp.value(QStringLiteral("sampleCustomers")).toArray();
    for (const QJsonValue &value : samples) {
        const QJsonObject object = value.toObject();
        RcdpCustomer customer;
        customer.key = object.value(QStringLiteral("key")).toString();
        customer.label = object.value(QStringLiteral("label")).toString();
        customer.email = object.value(QStringLiteral("email")).toString();
        customer.mobile = object.value(QStringLiteral("mobile")).toString();
        customer.customerCode = object.value(QStringLiteral("customerCode")).toString();
        customer.gcrId = object.value(QStringLiteral("gcrId")).toString();
        customer.purchases = object.value(QStringLiteral("purchases")).toInt();
        rcdpSampleCustomers.append(customer);
    }
}

DemoEndpoint::RcdpCustomer DemoEndpoint::rcdpCustomer(const QString &key) const
{
    for (const RcdpCustomer &customer : rcdpSampleCustomers) {
        if (customer.key == key)
            return customer;
    }
    return {};
}

void DemoEndpoint::readEsputnikAnnouncement(const QJsonObject &esputnik, const QUrl &sandboxBaseUrl)
{
    esputnikContacts.clear();
    if (esputnik.isEmpty() || !sandboxBaseUrl.isValid()) {
        esputnikBaseUrl = QUrl();
        return;
    }
    // The API root is the event path without "v1/event" ("/api/v1/event" → "<base>/api/").
    QString eventPath = esputnik.value(QStringLiteral("eventPath")).toString(QStringLiteral("/api/v1/event"));
    const qsizetype at = eventPath.indexOf(QStringLiteral("v1/event"));
    QString root = at >= 0 ? eventPath.left(at) : QStringLiteral("/api/");
    while (root.startsWith(QLatin1Char('/')))
        root.remove(0, 1);
    esputnikBaseUrl = sandboxBaseUrl.resolved(QUrl(root));
    esputnikApiKey = esputnik.value(QStringLiteral("apiKey")).toString();
    const QJsonArray contacts = esputnik.value(QStringLiteral("contacts")).toArray();
    for (const QJsonValue &value : contacts) {
        const QJsonObject object = value.toObject();
        EsputnikContact contact;
        contact.email = object.value(QStringLiteral("email")).toString();
        contact.phone = object.value(QStringLiteral("phone")).toString();
        contact.contactKey = object.value(QStringLiteral("contactKey")).toString();
        contact.firstName = object.value(QStringLiteral("firstName")).toString();
        esputnikContacts.append(contact);
    }
}

QString ConsoleSession::esputnikDemoConnectionName() { return QStringLiteral("Sandbox eSputnik"); }
QString ConsoleSession::demoConnectionName() { return QStringLiteral("Sandbox"); }
QString ConsoleSession::rcdpDemoConnectionName() { return QStringLiteral("Sandbox RCDP"); }
QString ConsoleSession::carmaDemoConnectionName() { return QStringLiteral("Sandbox Carma"); }

DemoEndpoint DemoEndpoint::fromAnnouncement(const QJsonObject &announcement)
{
    DemoEndpoint endpoint;
    endpoint.baseUrl = QUrl(announcement.value(QStringLiteral("baseUrl")).toString());
    endpoint.apiKey = announcement.value(QStringLiteral("apiKey")).toString();
    endpoint.clientId = announcement.value(QStringLiteral("clientId")).toString();
    endpoint.clientSecret = announcement.value(QStringLiteral("clientSecret")).toString();
    for (const QJsonValue &id : announcement.value(QStringLiteral("sampleUserIds")).toArray())
        endpoint.sampleUserIds.append(id.toString());
    endpoint.readRcdpAnnouncement(announcement.value(QStringLiteral("rcdp")).toObject(), endpoint.baseUrl);
    endpoint.readEsputnikAnnouncement(announcement.value(QStringLiteral("esputnik")).toObject(), endpoint.baseUrl);
    endpoint.readCarmaAnnouncement(announcement.value(QStringLiteral("carma")).toObject(), endpoint.baseUrl);
    return endpoint;
}

void DemoEndpoint::readCarmaAnnouncement(const QJsonObject &carma, const QUrl &sandboxBaseUrl)
{
    carmaBaseUrl = QUrl();
    carmaCustomerId.clear();
    carmaToken.clear();
    if (carma.isEmpty() || !sandboxBaseUrl.isValid())
        return;
    // "basePath": "/rest/4711/" — the connection keeps the REST base and the customer id apart.
    const QJsonValue id = carma.value(QStringLiteral("customerId"));
    carmaCustomerId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString().trimmed();
    QString basePath = carma.value(QStringLiteral("basePath")).toString();
    const QString suffix = carmaCustomerId + QLatin1Char('/');
    if (!carmaCustomerId.isEmpty() && basePath.endsWith(suffix))
        basePath.chop(suffix.size());
    if (basePath.isEmpty())
        basePath = QStringLiteral("/rest/");
    carmaBaseUrl = sandboxBaseUrl.resolved(QUrl(basePath));
    carmaToken = carma.value(QStringLiteral("token")).toString();
}
QString ConsoleSession::memoryWorkspacePath() { return QStringLiteral(":memory:"); }

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
    , m_workspace(std::make_unique<Workspace>())
    , m_connectionStore(std::make_unique<ConnectionStore>(*m_workspace))
    , m_requestLog(std::make_unique<RequestLogStore>(*m_workspace))
    , m_client(new ApiClient(this))
    , m_secrets(new SecretStore(QStringLiteral("cdp-console"), this))
{
    connect(m_client, &ApiClient::requestLogged, this, &ConsoleSession::storeRequest);
    connect(m_client, &ApiClient::waitStatusChanged, this, &ConsoleSession::waitStatusChanged);
    connect(m_secrets, &SecretStore::backendChanged, this, &ConsoleSession::secretBackendChanged);
}

ConsoleSession::~ConsoleSession()
{
    for (const QPointer<ApiReply> &reply : std::as_const(m_activeReplies)) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    for (const QPointer<ApiReply> &reply : std::as_const(m_purchaseReplies)) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    delete m_purchases;
    delete m_rcdpTokens;
    delete m_profiles;
    delete m_tokens;
    delete m_imports;         // its jobs refer to the client, the secret store and the workspace
    m_imports = nullptr;
    delete m_orderEvents;     // its sender and bulk run refer to the client and the workspace
    m_orderEvents = nullptr;
    // The client (and any reply still referring to a provider) goes before the sandbox it talks to.
    delete m_client;
    m_client = nullptr;
    m_sandbox.reset();
}

bool ConsoleSession::openWorkspace(const QString &path, QString *error)
{
    delete m_imports;
    m_imports = nullptr;
    delete m_orderEvents;
    m_orderEvents = nullptr;
    if (!m_workspace->open(path, error))
        return false;
    // The import ledger lives in the workspace; resumePending() runs once the session is ready.
    m_imports = new ImportService(this, this);
    // The outbox lives in the workspace: entries left Sending by a previous run become Unconfirmed here.
    m_orderEvents = new OrderEventsService(*m_workspace, *m_client, *m_secrets, this);
    connect(this, &ConsoleSession::connectionsChanged, m_orderEvents, [this] {
        if (m_demo && !m_ready)
            return;   // the demo set-up selects its own connection
        selectEventsConnection(m_orderEvents->connectionName(), this, {});
    });
    return true;
}

void ConsoleSession::selectEventsConnection(const QString &name, QObject *context, DoneCallback done)
{
    auto finish = [context, done](bool ok, const QString &error) {
        if (done)
            later(context, [done, ok, error] { done(ok, error); });
    };
    if (!m_orderEvents) {
        finish(false, tr("No workspace is open."));
        return;
    }
    std::optional<ConnectionProfile> chosen;
    if (!name.isEmpty()) {
        chosen = m_connectionStore->byName(name);
        if (chosen && chosen->vendor != Vendor::Esputnik)
            chosen.reset();
    }
    if (!chosen) {
        for (const ConnectionProfile &profile : m_connectionStore->list()) {
            if (profile.vendor == Vendor::Esputnik) {
                chosen = profile;
                break;
            }
        }
    }
    if (!chosen) {
        m_orderEvents->clearConnection();
        finish(false, m_orderEvents->connectionProblem());
        return;
    }
    const int generation = ++m_eventsGeneration;
    m_secrets->read(chosen->secretKey(), this,
                    [this, generation, p = *chosen, finish](bool found, const QString &secret, const QString &error) {
        if (generation != m_eventsGeneration || !m_orderEvents)
            return;
        m_orderEvents->setConnection(p, found ? secret : QString());
        if (!found && !error.isEmpty())
            m_orderEvents->clearConnection(tr("The API key of “%1” cannot be read: %2").arg(p.name, error));
        finish(m_orderEvents->canSend(), m_orderEvents->connectionProblem());
    });
}

void ConsoleSession::start(const QString &preferredConnection, bool memorySecretsOnly)
{
    if (memorySecretsOnly) {
        m_secrets->forceMemoryBackend();
        selectInitial(preferredConnection);
        return;
    }
    m_secrets->probe(this, [this, preferredConnection](SecretStore::Backend) {
        selectInitial(preferredConnection);
    });
}

void ConsoleSession::startDemo(const DemoEndpoint &endpoint, QObject *sandbox)
{
    m_demo = true;
    m_demoEndpoint = endpoint;
    m_sandbox.reset(sandbox);
    if (sandbox)
        sandbox->setParent(nullptr);
    m_secrets->forceMemoryBackend();

    ConnectionProfile profile = m_connectionStore->byName(demoConnectionName()).value_or(ConnectionProfile{});
    profile.name = demoConnectionName();
    profile.vendor = Vendor::UserProfile;
    profile.baseUrl = endpoint.baseUrl.toString();
    UserProfileSettings::setApiKey(profile, endpoint.apiKey);
    UserProfileSettings::setClientId(profile, endpoint.clientId);
    if (!profile.settings.contains(QStringLiteral("tokenPath")))
        UserProfileSettings::setLegacyTokenPath(profile, false);
    if (!profile.settings.contains(QStringLiteral("tokenStyle")))
        UserProfileSettings::setParameterStyle(profile, OAuth2ClientCredentials::ParameterStyle::FormBody);
    if (!profile.settings.contains(QStringLiteral("rateLimit")))
        UserProfileSettings::setRateLimitPerMinute(profile, UserProfileSettings::DefaultRateLimitPerMinute);

    QString error;
    if (!m_connectionStore->save(profile, &error)) {
        m_problem = tr("The Sandbox connection could not be saved: %1").arg(error);
        markReady();
        return;
    }
    emit connectionsChanged();
    auto selectAll = [this] {
        selectConnectionThen(demoConnectionName(), [this] {
            selectPurchasesThen([this] {
                setUpEsputnikDemoThen([this] { setUpCarmaDemoThen([this] { markReady(); }); });
            });
        });
    };
    m_secrets->write(profile.secretKey(), endpoint.clientSecret, this, [this, selectAll](bool, const QString &) {
        if (!m_demoEndpoint.rcdpBaseUrl.isValid()) {
            selectAll();
            return;
        }
        // The sandbox's Algonomy Real-time CDP tenant: a second connection for Customer Lookup.
        ConnectionProfile rcdp = m_connectionStore->byName(rcdpDemoConnectionName()).value_or(ConnectionProfile{});
        rcdp.name = rcdpDemoConnectionName();
        rcdp.vendor = Vendor::Rcdp;
        rcdp.baseUrl = m_demoEndpoint.rcdpBaseUrl.toString();
        RcdpSettings::setTenantHash(rcdp, m_demoEndpoint.rcdpTenantHash);
        if (!rcdp.settings.contains(QStringLiteral("rateLimit")))
            RcdpSettings::setRateLimitPerMinute(rcdp, RcdpSettings::DefaultRateLimitPerMinute);
        QString saveError;
        if (!m_connectionStore->save(rcdp, &saveError)) {
            m_purchasesProblem = tr("The Sandbox RCDP connection could not be saved: %1").arg(saveError);
            selectAll();
            return;
        }
        m_purchasesProfile = rcdp;   // preferred by selectPurchasesThen()
        emit connectionsChanged();
        m_secrets->write(rcdp.secretKey(), m_demoEndpoint.rcdpOauthKeySecret, this,
                         [selectAll](bool, const QString &) { selectAll(); });
    });
}

void ConsoleSession::selectInitial(const QString &preferred)
{
    QString name = preferred;
    if (name.isEmpty() || !m_connectionStore->byName(name)) {
        const QList<ConnectionProfile> all = m_connectionStore->list();
        name = all.isEmpty() ? QString() : all.constFirst().name;
    }
    selectConnectionThen(name, [this] {
        if (m_purchasesProfile)
            markReady();
        else
            selectPurchasesThen([this] { markReady(); });
    });
}

// The sandbox's eSputnik module: a "Sandbox eSputnik" connection (API key in memory only) that
// order events go through.
void ConsoleSession::setUpEsputnikDemoThen(std::function<void()> done)
{
    if (!m_orderEvents || !m_demoEndpoint.esputnikBaseUrl.isValid()) {
        done();
        return;
    }
    ConnectionProfile profile = m_connectionStore->byName(esputnikDemoConnectionName()).value_or(ConnectionProfile{});
    profile.name = esputnikDemoConnectionName();
    profile.vendor = Vendor::Esputnik;
    profile.baseUrl = m_demoEndpoint.esputnikBaseUrl.toString();
    if (!profile.settings.contains(QStringLiteral("rateLimit")))
        EsputnikSettings::setRateLimitPerMinute(profile, EsputnikSettings::DefaultRateLimitPerMinute);
    QString error;
    if (!m_connectionStore->save(profile, &error)) {
        m_orderEvents->clearConnection(tr("The Sandbox eSputnik connection could not be saved: %1").arg(error));
        done();
        return;
    }
    emit connectionsChanged();
    m_secrets->write(profile.secretKey(), m_demoEndpoint.esputnikApiKey, this, [this, done](bool, const QString &) {
        selectEventsConnection(esputnikDemoConnectionName(), this, [done](bool, const QString &) { done(); });
    });
}

void ConsoleSession::markReady()
{
    if (m_ready)
        return;
    if (!m_demo && m_orderEvents)
        selectEventsConnection({}, this, {});
    m_ready = true;
    emit ready();
    // Imports left uploading or polling by an earlier run continue by themselves.
    if (m_imports) {
        QPointer<ImportService> imports(m_imports);
        later(this, [imports] {
            if (imports)
                imports->resumePending();
        });
    }
}

// The sandbox's Carma module: a "Sandbox Carma" connection (token in memory only) for imports.
void ConsoleSession::setUpCarmaDemoThen(std::function<void()> done)
{
    if (!m_demoEndpoint.carmaBaseUrl.isValid()) {
        done();
        return;
    }
    ConnectionProfile profile = m_connectionStore->byName(carmaDemoConnectionName()).value_or(ConnectionProfile{});
    profile.name = carmaDemoConnectionName();
    profile.vendor = Vendor::Carma;
    profile.baseUrl = m_demoEndpoint.carmaBaseUrl.toString();
    CarmaSettings::setCustomerId(profile, m_demoEndpoint.carmaCustomerId);
    QString error;
    if (!m_connectionStore->save(profile, &error)) {
        qCWarning(lcStore).noquote() << "The Sandbox Carma connection could not be saved:" << error;
        done();
        return;
    }
    emit connectionsChanged();
    m_secrets->write(profile.secretKey(), m_demoEndpoint.carmaToken, this, [done](bool, const QString &) { done(); });
}

QList<ConnectionProfile> ConsoleSession::connections() const
{
    return m_connectionStore->list();
}

QString ConsoleSession::currentConnectionName() const
{
    return m_current ? m_current->name : QString();
}

void ConsoleSession::selectConnection(const QString &name)
{
    selectConnectionThen(name, {});
}

void ConsoleSession::selectConnectionThen(const QString &name, std::function<void()> done)
{
    const int generation = ++m_selectGeneration;
    const std::optional<ConnectionProfile> profile =
        name.isEmpty() ? std::nullopt : m_connectionStore->byName(name);
    if (!profile) {
        dropCurrent();
        m_current.reset();
        m_problem = name.isEmpty()
            ? tr("No connection is set up yet; open Connections… to add one.")
            : tr("The connection \"%1\" does not exist any more; choose another one.").arg(name);
        emit currentConnectionChanged();
        emit tokenChanged();
        if (done)
            done();
        return;
    }
    m_secrets->read(profile->secretKey(), this,
                    [this, generation, p = *profile, done](bool found, const QString &secret, const QString &error) {
        if (generation == m_selectGeneration) {
            activate(p, found ? secret : QString(),
                     found ? QString() : (error.isEmpty() ? tr("nothing stored") : error));
            if (p.vendor == Vendor::Rcdp) {
                selectPurchasesThen(done);
                return;
            }
        }
        if (done)
            done();
    });
}

void ConsoleSession::activate(const ConnectionProfile &profile, const QString &secret, const QString &secretError)
{
    dropCurrent();
    m_current = profile;
    QString why;
    if (profile.vendor != Vendor::UserProfile) {
        m_problem = tr("The connection \"%1\" is for %2; the Profile Timeline needs a User Profile API connection.")
                        .arg(profile.name, vendorDisplayName(profile.vendor));
    } else if (!UserProfileSettings::isComplete(profile, &why)) {
        m_problem = tr("The connection \"%1\" is incomplete: %2").arg(profile.name, why);
    } else if (secret.isEmpty()) {
        m_problem = tr("No client secret is stored for \"%1\" (%2); enter it in Connections….")
                        .arg(profile.name, secretError);
    } else {
        m_problem.clear();
        m_client->setRateLimit(UserProfileSettings::apiKey(profile),
                               UserProfileSettings::rateLimitPerMinute(profile));
        m_tokens = new OAuth2ClientCredentials(m_client, UserProfileSettings::tokenConfig(profile, secret), this);
        connect(m_tokens, &TokenProvider::tokenChanged, this, &ConsoleSession::tokenChanged);
        connect(m_tokens, &TokenProvider::tokenFailed, this, &ConsoleSession::tokenFailed);
        m_profiles = new UserProfiles(m_client, m_tokens, UserProfileSettings::connectorConfig(profile), this);
    }
    emit currentConnectionChanged();
    emit tokenChanged();
}

void ConsoleSession::dropCurrent()
{
    // Calls through the old provider end now (as Cancelled) so none outlives it.
    const QList<QPointer<ApiReply>> replies = std::exchange(m_activeReplies, {});
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    if (m_profiles) {
        m_profiles->disconnect(this);
        m_profiles->deleteLater();
        m_profiles = nullptr;
    }
    if (m_tokens) {
        m_tokens->disconnect(this);
        m_tokens->deleteLater();
        m_tokens = nullptr;
    }
}

QString ConsoleSession::purchasesConnectionName() const
{
    return m_purchasesProfile ? m_purchasesProfile->name : QString();
}

void ConsoleSession::selectPurchasesThen(std::function<void()> done)
{
    const int generation = ++m_purchasesGeneration;
    auto isRcdp = [](const std::optional<ConnectionProfile> &p) { return p && p->vendor == Vendor::Rcdp; };
    std::optional<ConnectionProfile> chosen;
    if (isRcdp(m_current))
        chosen = m_connectionStore->byId(m_current->id);
    if (!isRcdp(chosen) && m_purchasesProfile)
        chosen = m_purchasesProfile->id ? m_connectionStore->byId(m_purchasesProfile->id) : std::nullopt;
    if (!isRcdp(chosen)) {
        chosen.reset();
        const QList<ConnectionProfile> all = m_connectionStore->list();
        for (const ConnectionProfile &profile : all) {
            if (profile.vendor == Vendor::Rcdp) {
                chosen = profile;
                break;
            }
        }
    }
    if (!chosen) {
        dropPurchases();
        m_purchasesProfile.reset();
        m_purchasesProblem = tr("No Algonomy Real-time CDP connection is set up yet; add one in Connections….");
        emit purchasesConnectionChanged();
        if (done)
            done();
        return;
    }
    m_secrets->read(chosen->secretKey(), this,
                    [this, generation, p = *chosen, done](bool found, const QString &secret, const QString &) {
        if (generation == m_purchasesGeneration)
            activatePurchases(p, found ? secret : QString());
        if (done)
            done();
    });
}

void ConsoleSession::activatePurchases(const ConnectionProfile &profile, const QString &secret)
{
    dropPurchases();
    m_purchasesProfile = profile;
    QString why;
    if (!RcdpSettings::isComplete(profile, &why)) {
        m_purchasesProblem = tr("The connection \"%1\" is incomplete: %2").arg(profile.name, why);
    } else {
        // An empty OAuth key secret is legitimate: tenants without OAuth need none.
        m_purchasesProblem.clear();
        const QString tenant = RcdpSettings::tenantHash(profile);
        const int perMinute = RcdpSettings::rateLimitPerMinute(profile);
        m_client->setRateLimit(tenant, perMinute);
        m_client->setRateLimit(tenant + QStringLiteral("/token"), perMinute);
        m_rcdpTokens = new RcdpTokenProvider(m_client, RcdpSettings::tokenConfig(profile, secret), this);
        m_purchases = new CdpPurchases(m_client, m_rcdpTokens, RcdpSettings::connectorConfig(profile), this);
    }
    emit purchasesConnectionChanged();
}

void ConsoleSession::dropPurchases()
{
    const QList<QPointer<ApiReply>> replies = std::exchange(m_purchaseReplies, {});
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    if (m_purchases) {
        m_purchases->deleteLater();
        m_purchases = nullptr;
    }
    if (m_rcdpTokens) {
        m_rcdpTokens->disconnect(this);
        m_rcdpTokens->deleteLater();
        m_rcdpTokens = nullptr;
    }
}

ApiReply *ConsoleSession::fetchPurchases(const CustomerKey &key, const PurchaseCursor &cursor, int pageSize,
                                         QObject *context, CdpPurchases::PageCallback callback)
{
    if (!m_purchases) {
        const ApiError error = ApiError::make(
            ApiError::Kind::Config,
            m_purchasesProblem.isEmpty() ? tr("No Algonomy Real-time CDP connection is usable; open Connections….")
                                         : m_purchasesProblem);
        later(context, [callback, error] { callback(PurchasePage{}, error); });
        return nullptr;
    }
    m_purchaseReplies.removeIf([](const QPointer<ApiReply> &r) { return !r || r->isFinished(); });
    ApiReply *reply = m_purchases->fetchPage(key, cursor, pageSize, context, std::move(callback));
    if (reply)
        m_purchaseReplies.append(reply);
    return reply;
}

void ConsoleSession::saveConnection(const ConnectionProfile &profile, const std::optional<QString> &secret,
                                    QObject *context,
                                    std::function<void(bool, const QString &, const ConnectionProfile &)> done)
{
    ConnectionProfile saved = profile;
    saved.name = saved.name.trimmed();
    saved.baseUrl = saved.baseUrl.trimmed();
    const std::optional<ConnectionProfile> before = saved.id ? m_connectionStore->byId(saved.id) : std::nullopt;
    if (const std::optional<ConnectionProfile> clash = m_connectionStore->byName(saved.name);
        clash && clash->id != saved.id) {
        const QString error = tr("Another connection is already called \"%1\".").arg(saved.name);
        later(context, [done, error, saved] { done(false, error, saved); });
        return;
    }
    QString error;
    if (!m_connectionStore->save(saved, &error)) {
        later(context, [done, error, saved] { done(false, error, saved); });
        return;
    }
    emit connectionsChanged();

    const bool wasCurrent = m_current && m_current->id == saved.id;
    QPointer<QObject> guard(context);
    const bool wasPurchases = m_purchasesProfile && m_purchasesProfile->id == saved.id;
    auto finish = [this, guard, done, saved, wasCurrent, wasPurchases](bool ok, const QString &secretError) {
        if (wasCurrent || (!m_current && m_ready))
            selectConnection(saved.name);
        if (wasPurchases || (saved.vendor == Vendor::Rcdp && !m_purchases))
            selectPurchasesThen({});
        if (guard)
            done(ok, ok ? QString() : tr("The settings were saved, but the secret was not: %1").arg(secretError), saved);
    };

    const QString oldKey = before ? before->secretKey() : QString();
    if (secret) {
        m_secrets->write(saved.secretKey(), *secret, this, [this, oldKey, saved, finish](bool ok, const QString &e) {
            if (ok && !oldKey.isEmpty() && oldKey != saved.secretKey())
                m_secrets->remove(oldKey, this, [](bool, const QString &) {});
            finish(ok, e);
        });
    } else if (!oldKey.isEmpty() && oldKey != saved.secretKey()) {
        moveSecret(oldKey, saved.secretKey(), this, finish);
    } else {
        later(this, [finish] { finish(true, {}); });
    }
}

void ConsoleSession::moveSecret(const QString &fromKey, const QString &toKey, QObject *context, DoneCallback done)
{
    m_secrets->read(fromKey, context, [this, fromKey, toKey, context, done](bool found, const QString &secret, const QString &) {
        if (!found) {
            done(true, {});   // nothing to move: the operator enters a secret later
            return;
        }
        m_secrets->write(toKey, secret, context, [this, fromKey, context, done](bool ok, const QString &error) {
            if (!ok) {
                done(false, error);
                return;
            }
            m_secrets->remove(fromKey, context, [done](bool, const QString &) { done(true, {}); });
        });
    });
}

void ConsoleSession::removeConnection(qint64 id, QObject *context, DoneCallback done)
{
    const std::optional<ConnectionProfile> profile = m_connectionStore->byId(id);
    QString error;
    if (!profile || !m_connectionStore->remove(id, &error)) {
        if (!profile)
            error = tr("The connection no longer exists.");
        later(context, [done, error] { done(false, error); });
        return;
    }
    emit connectionsChanged();
    if (m_current && m_current->id == id) {
        const QList<ConnectionProfile> rest = m_connectionStore->list();
        selectConnection(rest.isEmpty() ? QString() : rest.constFirst().name);
    }
    if (m_purchasesProfile && m_purchasesProfile->id == id) {
        m_purchasesProfile.reset();
        selectPurchasesThen({});
    }
    QPointer<QObject> guard(context);
    m_secrets->remove(profile->secretKey(), this, [guard, done](bool ok, const QString &e) {
        if (guard)
            done(true, ok ? QString() : e);
    });
}

void ConsoleSession::testConnection(const ConnectionProfile &profile, const std::optional<QString> &secret,
                                    QObject *context, TokenTestCallback done)
{
    if (profile.vendor == Vendor::Rcdp) {
        testRcdpConnection(profile, secret, context, std::move(done));
        return;
    }
    QString why;
    if (!UserProfileSettings::isComplete(profile, &why)) {
        TokenTest result;
        result.error = ApiError::make(ApiError::Kind::Config, why);
        later(context, [done, result] { done(result); });
        return;
    }
    QPointer<QObject> guard(context);
    auto run = [this, profile, guard, done](const QString &clientSecret) {
        auto *provider = new OAuth2ClientCredentials(m_client, UserProfileSettings::tokenConfig(profile, clientSecret), this);
        provider->requestToken(provider, [provider, guard, done](const QByteArray &token, const ApiError &error) {
            TokenTest result;
            result.error = error;
            if (!error.isError() && !token.isEmpty()) {
                result.expiresAt = provider->expiresAt();
                result.lifetimeSeconds = result.expiresAt.isValid()
                    ? QDateTime::currentDateTimeUtc().secsTo(result.expiresAt) : 0;
            }
            provider->deleteLater();
            if (guard)
                done(result);
        });
    };
    if (secret && !secret->isEmpty()) {
        run(*secret);
        return;
    }
    m_secrets->read(profile.secretKey(), this, [guard, done, run, name = profile.name](bool found, const QString &stored, const QString &) {
        if (found && !stored.isEmpty()) {
            run(stored);
            return;
        }
        TokenTest result;
        result.error = ApiError::make(ApiError::Kind::Config,
                                      tr("No client secret was entered or stored for \"%1\".").arg(name));
        if (guard)
            done(result);
    });
}

void ConsoleSession::testRcdpConnection(const ConnectionProfile &profile, const std::optional<QString> &secret,
                                        QObject *context, TokenTestCallback done)
{
    QString why;
    if (!RcdpSettings::isComplete(profile, &why)) {
        TokenTest result;
        result.error = ApiError::make(ApiError::Kind::Config, why);
        later(context, [done, result] { done(result); });
        return;
    }
    QPointer<QObject> guard(context);
    auto run = [this, profile, guard, done](const QString &keySecret) {
        auto *provider = new RcdpTokenProvider(m_client, RcdpSettings::tokenConfig(profile, keySecret), this);
        provider->requestToken(provider, [provider, guard, done](const QByteArray &token, const ApiError &error) {
            TokenTest result;
            result.error = error;
            if (!error.isError() && !token.isEmpty()) {
                result.expiresAt = provider->expiresAt();
                result.lifetimeSeconds = result.expiresAt.isValid()
                    ? QDateTime::currentDateTimeUtc().secsTo(result.expiresAt) : 0;
            }
            provider->deleteLater();
            if (guard)
                done(result);
        });
    };
    if (secret && !secret->isEmpty()) {
        run(*secret);
        return;
    }
    // Nothing typed: the stored OAuth key secret, or none (a tenant without OAuth).
    m_secrets->read(profile.secretKey(), this, [run](bool found, const QString &stored, const QString &) {
        run(found ? stored : QString());
    });
}

QDateTime ConsoleSession::tokenExpiresAt() const
{
    return m_tokens ? m_tokens->expiresAt() : QDateTime();
}

bool ConsoleSession::hasValidToken() const
{
    const QDateTime expires = tokenExpiresAt();
    return expires.isValid() && expires > QDateTime::currentDateTimeUtc();
}

ApiReply *ConsoleSession::fetchProfile(const QString &userId, QObject *context, UserProfiles::ProfileCallback callback)
{
    if (!m_profiles) {
        const ApiError error = ApiError::make(
            ApiError::Kind::Config,
            m_problem.isEmpty() ? tr("No connection is selected; open Connections… to choose one.") : m_problem);
        later(context, [callback, error] { callback(UserProfile{}, error); });
        return nullptr;
    }
    m_activeReplies.removeIf([](const QPointer<ApiReply> &r) { return !r || r->isFinished(); });
    ApiReply *reply = m_profiles->fetch(userId, context, std::move(callback));
    if (reply)
        m_activeReplies.append(reply);
    return reply;
}

QString ConsoleSession::secretBackendDescription() const
{
    return m_secrets->backendDescription();
}

bool ConsoleSession::secretsInMemoryOnly() const
{
    return m_secrets->backend() == SecretStore::Backend::Memory;
}

QString ConsoleSession::waitStatus() const
{
    return m_client->waitStatus();
}

QList<RequestLogEntry> ConsoleSession::recentRequests(int limit) const
{
    return m_requestLog->recent(limit);
}

bool ConsoleSession::clearRequestLog()
{
    const bool ok = m_requestLog->clear();
    if (ok)
        emit requestLogCleared();
    return ok;
}

void ConsoleSession::storeRequest(const RequestLogEntry &entry)
{
    RequestLogEntry stored = entry;
    m_requestLog->append(stored);   // redacts again; a failed write still shows the row
    emit requestLogged(stored);
}

} // namespace cdp
