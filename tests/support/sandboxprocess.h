#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace cdp::test {

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

    // Control endpoints (synchronous, for test set-up only).
    bool setFaults(int latencyMs, double errorRate, double dropRate, quint32 seed = 1);
    QJsonObject stats() const;

private:
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_announcement;
};

} // namespace cdp::test
