#include "consolesession.h"

#include "connectionsettings.h"

#include "auth/oauth2clientcredentials.h"
#include "auth/rcdptokenprovider.h"
#include "net/apiclient.h"
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

QString ConsoleSession::demoConnectionName() { return QStringLiteral("Sandbox"); }
QString ConsoleSession::rcdpDemoConnectionName() { return QStringLiteral("Sandbox RCDP"); }
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
    // The client (and any reply still referring to a provider) goes before the sandbox it talks to.
    delete m_client;
    m_client = nullptr;
    m_sandbox.reset();
}

bool ConsoleSession::openWorkspace(const QString &path, QString *error)
{
    return m_workspace->open(path, error);
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
        selectConnectionThen(demoConnectionName(), [this] { selectPurchasesThen([this] { markReady(); }); });
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

void ConsoleSession::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    emit ready();
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
