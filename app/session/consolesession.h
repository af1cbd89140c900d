#pragma once

#include "auth/secretstore.h"
#include "connectors/cdppurchases.h"
#include "connectors/userprofiles.h"
#include "net/apierror.h"
#include "net/requestlogentry.h"
#include "store/connectionprofile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace cdp {

class ApiClient;
class ApiReply;
class ConnectionStore;
class ImportService;
class OAuth2ClientCredentials;
class OrderEventsService;
class RcdpTokenProvider;
class RequestLogStore;
class Workspace;

// Where the built-in sandbox of `cdp-console --demo` listens and how to sign in to it.
// cdpcore does not link the sandbox: the executable (or a test) starts it and hands this over.
struct DemoEndpoint
{
    // A demo customer of the sandbox's Algonomy Real-time CDP (identifiers it lacks are empty).
    struct RcdpCustomer
    {
        QString key;              // "few", "big", "byEmail" …
        QString label;
        QString email;
        QString mobile;
        QString customerCode;
        QString gcrId;
        int purchases = 0;
    };

    QUrl baseUrl;
    QString apiKey;
    QString clientId;
    QString clientSecret;         // goes straight into SecretStore, never into the workspace
    QStringList sampleUserIds;    // the first one has every event kind

    // The sandbox's RCDP module; an invalid rcdpBaseUrl means none (no "Sandbox RCDP" connection).
    QUrl rcdpBaseUrl;             // including the prefix, e.g. http://127.0.0.1:PORT/rcdpapi
    QString rcdpTenantHash;
    QString rcdpOauthKeySecret;   // goes straight into SecretStore
    QList<RcdpCustomer> rcdpSampleCustomers;

    // The sandbox's Carma module; an invalid carmaBaseUrl means none (no "Sandbox Carma" connection).
    QUrl carmaBaseUrl;            // the REST base, e.g. http://127.0.0.1:PORT/rest/
    QString carmaCustomerId;
    QString carmaToken;           // X-Carma-Authentication-Token: goes straight into SecretStore
    // Fills the carma* fields from the "carma" object of the announcement line.
    void readCarmaAnnouncement(const QJsonObject &carma, const QUrl &sandboxBaseUrl);

    // Fills the rcdp* fields from the "rcdp" object of the sandbox's announcement line (prefix,
    // tenantHash, oauthKeySecret, sampleCustomers); the sandbox listens at `sandboxBaseUrl`.
    void readRcdpAnnouncement(const QJsonObject &rcdp, const QUrl &sandboxBaseUrl);
    RcdpCustomer rcdpCustomer(const QString &key) const;   // empty key when unknown

    // The sandbox's eSputnik module; an invalid esputnikBaseUrl means none (no "Sandbox eSputnik"
    // connection). A demo contact as announced under "esputnik"/"contacts".
    struct EsputnikContact
    {
        QString email;
        QString phone;
        QString contactKey;
        QString firstName;
    };
    QUrl esputnikBaseUrl;         // the API root, e.g. http://127.0.0.1:PORT/api/
    QString esputnikApiKey;       // goes straight into SecretStore (memory), never into the workspace
    QList<EsputnikContact> esputnikContacts;   // the first is the seed's own (example@email.com)
    // Fills the esputnik* fields from the "esputnik" object of the announcement (apiKey,
    // eventPath → API root, contacts).
    void readEsputnikAnnouncement(const QJsonObject &esputnik, const QUrl &sandboxBaseUrl);

    // Everything from the sandbox's whole announcement line (SandboxServer::announcement()):
    // base URL, User Profile credentials and sample users, and the RCDP, Carma and eSputnik modules.
    static DemoEndpoint fromAnnouncement(const QJsonObject &announcement);
};

// The GUI-free heart of one console window: owns the workspace (SQLite), the connection and
// request-log stores, the one ApiClient, the SecretStore and, for the current User Profile
// connection, its OAuth2 client-credentials provider and UserProfiles connector.
//
// Start-up is asynchronous (the keyring answers through callbacks): openWorkspace(), then start()
// or startDemo(); ready() is emitted once when the current connection is usable (or known to be
// unusable, with connectionProblem() saying why).
//
// Demo sessions (startDemo) force the memory secret backend so the sandbox's secret never lands
// in the operator's keyring; main.cpp also gives them an in-memory workspace unless --workspace
// is passed, so a demo never writes to the operator's real workspace.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    struct TokenTest
    {
        ApiError error;             // Kind::None when a token was issued
        qint64 lifetimeSeconds = 0; // how long the issued token lives
        QDateTime expiresAt;        // UTC
    };
    using TokenTestCallback = std::function<void(const cdp::ConsoleSession::TokenTest &result)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    static QString demoConnectionName();    // "Sandbox"
    static QString rcdpDemoConnectionName();   // "Sandbox RCDP"
    static QString esputnikDemoConnectionName();   // "Sandbox eSputnik"
    static QString carmaDemoConnectionName();  // "Sandbox Carma"
    static QString memoryWorkspacePath();   // ":memory:"

    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Opens (creating and migrating) the workspace; ":memory:" gives a throw-away one.
    bool openWorkspace(const QString &path, QString *error = nullptr);
    // Probes the keyring (or uses memory when asked), selects `preferredConnection` or the first
    // stored connection, then emits ready().
    void start(const QString &preferredConnection = {}, bool memorySecretsOnly = false);
    // Creates or updates the "Sandbox" connection for `endpoint`, stores its secret in memory,
    // selects it and emits ready(). `sandbox` (may be null) is owned and destroyed last.
    void startDemo(const DemoEndpoint &endpoint, QObject *sandbox = nullptr);

    bool isReady() const { return m_ready; }
    bool isDemo() const { return m_demo; }
    const DemoEndpoint &demoEndpoint() const { return m_demoEndpoint; }

    Workspace &workspace() { return *m_workspace; }
    ApiClient &apiClient() { return *m_client; }
    SecretStore &secretStore() { return *m_secrets; }
    // Carma purchase-history imports (ledger, uploads, polling); null until openWorkspace() succeeded.
    ImportService *imports() const { return m_imports; }

    // Connections (non-secret settings in the workspace, secrets in SecretStore).
    QList<ConnectionProfile> connections() const;
    std::optional<ConnectionProfile> currentConnection() const { return m_current; }
    QString currentConnectionName() const;
    void selectConnection(const QString &name);
    // Why the current connection cannot be used (empty when it can).
    QString connectionProblem() const { return m_problem; }

    // Saves `profile` (insert or update; a rename moves the stored secret). `secret` replaces the
    // stored client secret when it has a value. Calls back once while context lives.
    void saveConnection(const ConnectionProfile &profile, const std::optional<QString> &secret,
                        QObject *context, std::function<void(bool ok, const QString &error,
                                                             const cdp::ConnectionProfile &saved)> done);
    void removeConnection(qint64 id, QObject *context, DoneCallback done);
    // Fetches a token with `profile` (and `secret`, or the stored one when absent) and reports its
    // lifetime or the error. Does not touch the current connection's token.
    void testConnection(const ConnectionProfile &profile, const std::optional<QString> &secret,
                        QObject *context, TokenTestCallback done);

    // The current connection's auth and connector (null while none is usable).
    OAuth2ClientCredentials *tokenProvider() const { return m_tokens; }
    UserProfiles *userProfiles() const { return m_profiles; }
    QDateTime tokenExpiresAt() const;      // invalid while no token is held
    bool hasValidToken() const;

    // Customer lookup (Algonomy Real-time CDP): the purchases connection is the current connection
    // when that is an RCDP one, else the RCDP connection used last, else the first stored one.
    std::optional<ConnectionProfile> purchasesConnection() const { return m_purchasesProfile; }
    QString purchasesConnectionName() const;
    QString purchasesProblem() const { return m_purchasesProblem; }   // empty when usable
    RcdpTokenProvider *rcdpTokenProvider() const { return m_rcdpTokens; }
    CdpPurchases *purchases() const { return m_purchases; }
    // One page of a customer's purchases through the purchases connection. Without a usable one it
    // calls back (asynchronously) with an ApiError of kind Config and returns null.
    ApiReply *fetchPurchases(const CustomerKey &key, const PurchaseCursor &cursor, int pageSize,
                             QObject *context, CdpPurchases::PageCallback callback);

    // Looks a profile up through the current connection. Without a usable connection it calls
    // back (asynchronously) with an ApiError of kind Config and returns null.
    ApiReply *fetchProfile(const QString &userId, QObject *context, UserProfiles::ProfileCallback callback);

    // eSputnik order events (issue 6): the outbox, its sender, order histories and bulk runs.
    // Created with the workspace (openWorkspace); null before. Its connection is the "Sandbox
    // eSputnik" one in demos, else the first stored eSputnik connection (selectEventsConnection).
    OrderEventsService *orderEvents() const { return m_orderEvents; }
    // Makes `name` (an eSputnik connection) the one events go through; reads its API key from
    // SecretStore. Calls back once while context lives.
    void selectEventsConnection(const QString &name, QObject *context, DoneCallback done);

    QString secretBackendDescription() const;
    bool secretsInMemoryOnly() const;
    QString waitStatus() const;

    QList<RequestLogEntry> recentRequests(int limit = 5000) const;   // newest first
    bool clearRequestLog();

Q_SIGNALS:
    void ready();
    void connectionsChanged();
    void currentConnectionChanged();
    void tokenChanged();                           // obtained, renewed or dropped
    void purchasesConnectionChanged();
    void tokenFailed(const cdp::ApiError &error);
    void waitStatusChanged(const QString &status);
    void secretBackendChanged();
    void requestLogged(const cdp::RequestLogEntry &entry);   // stored (id set), redacted
    void requestLogCleared();

private:
    void selectConnectionThen(const QString &name, std::function<void()> done);
    void activate(const ConnectionProfile &profile, const QString &secret, const QString &secretError);
    void dropCurrent();
    void selectPurchasesThen(std::function<void()> done);
    void testRcdpConnection(const ConnectionProfile &profile, const std::optional<QString> &secret,
                            QObject *context, TokenTestCallback done);
    void activatePurchases(const ConnectionProfile &profile, const QString &secret);
    void dropPurchases();
    void selectInitial(const QString &preferred);
    void markReady();
    void setUpEsputnikDemoThen(std::function<void()> done);
    void setUpCarmaDemoThen(std::function<void()> done);
    void storeRequest(const RequestLogEntry &entry);
    void moveSecret(const QString &fromKey, const QString &toKey, QObject *context, DoneCallback done);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connectionStore;
    std::unique_ptr<RequestLogStore> m_requestLog;
    ApiClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    OAuth2ClientCredentials *m_tokens = nullptr;
    UserProfiles *m_profiles = nullptr;
    std::optional<ConnectionProfile> m_current;
    QString m_problem;
    QList<QPointer<ApiReply>> m_activeReplies;
    std::optional<ConnectionProfile> m_purchasesProfile;
    QString m_purchasesProblem;
    RcdpTokenProvider *m_rcdpTokens = nullptr;
    CdpPurchases *m_purchases = nullptr;
    QList<QPointer<ApiReply>> m_purchaseReplies;
    int m_purchasesGeneration = 0;
    int m_selectGeneration = 0;
    bool m_ready = false;
    bool m_demo = false;
    DemoEndpoint m_demoEndpoint;
    OrderEventsService *m_orderEvents = nullptr;
    int m_eventsGeneration = 0;
    std::unique_ptr<QObject> m_sandbox;
    ImportService *m_imports = nullptr;
};

} // namespace cdp
