#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace cdp::test {

// A demo customer of the Algonomy Real-time CDP, as announced under "rcdp"/"sampleCustomers";
// an empty identifier means the customer has none of that kind.
struct RcdpSampleCustomer
{
    QString key;            // "seed", "none", "one", "few", "big", "byEmail", "byMobile", "byCode", "byGcr"
    QString label;
    qint64 customerId = 0;
    QString hashKey;        // HK_CUSTOMER_CODE
    QString gcrId;
    QString email;
    QString mobile;
    QString customerCode;   // customer_code_external
    int purchases = 0;
};

// Starts the real cdp-sandbox executable (CDP_SANDBOX_EXECUTABLE) on a free loopback port, reads
// its one-line JSON announcement and stops it on destruction. Every integration test talks to it
// over a real socket.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();

    // extraArgs e.g. {"--token-ttl", "2", "--rate-limit", "30"}; --port 0 and --demo are added.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    void stop();

    QUrl baseUrl() const;
    QString clientId() const;
    QString clientSecret() const;
    QString apiKey() const;
    QStringList sampleUserIds() const;
    QJsonObject announcement() const { return m_announcement; }

    // Algonomy Real-time CDP ("rcdp" object of the announcement).
    QJsonObject rcdp() const;
    QString rcdpTenantHash() const;
    QString rcdpOauthKeySecret() const;
    QUrl rcdpTokenUrl() const;              // baseUrl + rcdp.tokenPath
    QUrl rcdpProductPurchasedUrl() const;   // baseUrl + rcdp.productPurchasedPath
    QList<RcdpSampleCustomer> rcdpSampleCustomers() const;
    RcdpSampleCustomer rcdpSampleCustomer(const QString &key) const;   // empty key when unknown

    // Carma purchase-history import ("carma" object of the announcement).
    QJsonObject carma() const;
    qint64 carmaCustomerId() const;
    QByteArray carmaToken() const;                        // X-Carma-Authentication-Token
    QUrl carmaUrl(const QString &relativePath) const;     // baseUrl + "rest/<customerId>/" + relativePath
    QJsonObject carmaList(const QString &listId, int rows = 0) const;   // GET /sandbox/carma/lists/<id>
    bool setCarmaDropAfterUpload(double rate) const;      // POST /sandbox/carma/faults

    // eSputnik ("esputnik" object of the announcement).
    QJsonObject esputnik() const;
    QByteArray esputnikApiKey() const;                    // the Basic auth password
    QUrl esputnikUrl(const QString &relativePath) const;  // baseUrl + "api/" + relativePath
    QJsonObject esputnikState(const QString &query = {}) const;   // GET /sandbox/esputnik/state?query

    // Control endpoints (synchronous, for test set-up only).
    bool setFaults(int latencyMs, double errorRate, double dropRate, quint32 seed = 1);
    // POST /sandbox/revoke-tokens: every token issued so far answers 401. The number revoked, -1 on failure.
    int revokeTokens();
    QJsonObject stats() const;

private:
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_announcement;
};

} // namespace cdp::test
