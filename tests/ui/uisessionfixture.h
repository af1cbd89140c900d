#pragma once

#include "sandboxprocess.h"
#include "session/consolesession.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cdp::test {

// Isolates QSettings and QStandardPaths in a temporary directory: nothing a UI test saves reaches
// the developer's real settings.
inline void isolateSettings(const QString &directory)
{
    QCoreApplication::setOrganizationName(QStringLiteral("cdp-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("cdp-console-ui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
}

// A real cdp-sandbox process and a ConsoleSession on a temporary workspace file, set up the way
// `cdp-console --demo` sets itself up (a "Sandbox" connection, the secret in memory only).
class UiSessionFixture
{
public:
    bool start(QString *error, const QStringList &sandboxArgs = {})
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        if (!m_sandbox.start(sandboxArgs, error))
            return false;
        m_session = std::make_unique<ConsoleSession>();
        if (!m_session->openWorkspace(workspacePath(), error))
            return false;
        return true;
    }

    // Second step, so a test can connect to the session's signals (or build widgets) first.
    bool startDemo()
    {
        DemoEndpoint endpoint;
        endpoint.baseUrl = m_sandbox.baseUrl();
        endpoint.apiKey = m_sandbox.apiKey();
        endpoint.clientId = m_sandbox.clientId();
        endpoint.clientSecret = m_sandbox.clientSecret();
        endpoint.sampleUserIds = m_sandbox.sampleUserIds();
        m_session->startDemo(endpoint);
        return QTest::qWaitFor([this] { return m_session->isReady(); }, 10000);
    }

    ConsoleSession &session() { return *m_session; }
    SandboxProcess &sandbox() { return m_sandbox; }
    QString workspacePath() const { return m_dir.filePath(QStringLiteral("workspace.sqlite")); }
    QString directory() const { return m_dir.path(); }
    QString firstSample() { return m_sandbox.sampleUserIds().value(0); }
    void stopSession() { m_session.reset(); }

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    std::unique_ptr<ConsoleSession> m_session;
};

} // namespace cdp::test
