// Runs a real console session against cdp-sandbox with a known client secret: the operator enters
// the secret in the Connections dialog, looks profiles up through the timeline (with tokens short
// enough to be renewed), then every byte the session left behind is searched for the secret and
// every token it obtained: the workspace database (and its journal files), the QSettings file,
// the request log rows and every log message. Failure messages name the place, never the secret.

#include "sandboxprocess.h"

#include "connectionsdialog.h"
#include "mainwindow.h"
#include "timelinepane.h"

#include "auth/oauth2clientcredentials.h"
#include "net/requestlogentry.h"
#include "session/consolesession.h"
#include "store/requestlogstore.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Needle
{
    QString what;        // "the client secret", "token #2" — safe to print
    QByteArray bytes;
};

// The encodings a secret could be stored in: UTF-8/Latin-1, UTF-16 (QString dumps), base64 and
// percent-encoding. Returns where each needle was found, without the needle itself.
QStringList findLeaks(const QByteArray &haystack, const QList<Needle> &needles, const QString &place)
{
    QStringList found;
    for (const Needle &needle : needles) {
        const QString text = QString::fromUtf8(needle.bytes);
        const QList<QPair<QString, QByteArray>> forms{
            {u"UTF-8"_s, needle.bytes},
            {u"UTF-16"_s, QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)},
            {u"base64"_s, needle.bytes.toBase64(QByteArray::OmitTrailingEquals)},
            {u"percent-encoded"_s, needle.bytes.toPercentEncoding()},
        };
        QSet<QByteArray> searched;
        for (const auto &[form, bytes] : forms) {
            if (bytes.isEmpty() || searched.contains(bytes))
                continue;   // e.g. percent-encoding leaves an alphanumeric secret unchanged
            searched.insert(bytes);
            if (haystack.contains(bytes))
                found.append(u"%1 (%2) in %3"_s.arg(needle.what, form, place));
        }
    }
    return found;
}

QMutex g_logMutex;
QList<QByteArray> g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines.append(message.toUtf8());
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsAPlantedSecret();
    void sessionLeavesNoSecretOrTokenBehind();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    cdp::test::SandboxProcess m_sandbox;
};

void TestSecretLeak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"cdp-console-tests"_s);
    QCoreApplication::setApplicationName(u"cdp-console-secretleak"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    // Every debug message of the console is captured and searched too.
    QLoggingCategory::setFilterRules(u"cdp.*=true"_s);
    g_previousHandler = qInstallMessageHandler(captureMessages);

    QString error;
    // Tokens of 4 s: the session renews them while the test runs, so several tokens are checked.
    QVERIFY2(m_sandbox.start({u"--token-ttl"_s, u"4"_s}, &error), qPrintable(error));
    QVERIFY(!m_sandbox.clientSecret().isEmpty());
}

void TestSecretLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestSecretLeak::scannerFindsAPlantedSecret()
{
    const QList<Needle> needles{{u"the client secret"_s, m_sandbox.clientSecret().toUtf8()}};
    const QByteArray planted = "prefix client_secret=" + m_sandbox.clientSecret().toUtf8() + " suffix";
    QCOMPARE(findLeaks(planted, needles, u"a planted buffer"_s).size(), 1);
    const QString utf16 = u"x"_s + m_sandbox.clientSecret();
    QCOMPARE(findLeaks(QByteArray(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2), needles,
                       u"a planted buffer"_s).size(), 1);
    QVERIFY(findLeaks("nothing to see here", needles, u"a clean buffer"_s).isEmpty());
}

void TestSecretLeak::sessionLeavesNoSecretOrTokenBehind()
{
    const QString workspacePath = m_dir.filePath(u"workspace.sqlite"_s);
    const QString secret = m_sandbox.clientSecret();
    QSet<QByteArray> tokens;
    int lookups = 0;
    {
        cdp::ConsoleSession session;
        QString error;
        QVERIFY2(session.openWorkspace(workspacePath, &error), qPrintable(error));
        cdp::ui::MainWindow window(&session);
        // The test hook: every token the session's provider holds, read in-process.
        connect(&session, &cdp::ConsoleSession::tokenChanged, this, [&session, &tokens] {
            if (cdp::OAuth2ClientCredentials *provider = session.tokenProvider()) {
                const QByteArray token = provider->currentToken();
                if (!token.isEmpty())
                    tokens.insert(token);
            }
        });
        session.start({}, /*memorySecretsOnly=*/true);
        QTRY_VERIFY(session.isReady());
        window.show();

        // The operator creates the connection in the dialog and types the secret.
        cdp::ui::ConnectionsDialog *dialog = window.openConnectionsDialog();
        dialog->newConnection();
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), u"Production"_s);
        QTest::keyClicks(dialog->baseUrlEdit(), m_sandbox.baseUrl().toString());
        QTest::keyClicks(dialog->apiKeyEdit(), m_sandbox.apiKey());
        QTest::keyClicks(dialog->clientIdEdit(), m_sandbox.clientId());
        QTest::keyClicks(dialog->secretEdit(), secret);
        // The riskier variant of the seed: client_secret in the token URL's query string.
        dialog->parameterStyleBox()->setCurrentIndex(1);
        dialog->tokenPathBox()->setCurrentIndex(1);
        QSignalSpy saved(dialog, &cdp::ui::ConnectionsDialog::saved);
        dialog->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QTRY_COMPARE(session.currentConnectionName(), u"Production"_s);
        QTRY_VERIFY(session.tokenProvider() != nullptr);
        dialog->close();

        // Lookups until at least two tokens were used (the 4 s tokens are renewed on the way).
        cdp::ui::TimelinePane *timeline = window.timelinePane();
        const QStringList users = m_sandbox.sampleUserIds() << u"unknown-user-for-a-404"_s;
        QDeadlineTimer deadline(30000);
        while ((tokens.size() < 2 || lookups < users.size()) && !deadline.hasExpired()) {
            const QString user = users.at(lookups % users.size());
            QSignalSpy finished(timeline, &cdp::ui::TimelinePane::lookupFinished);
            window.lookUp(user);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
            ++lookups;
            if (lookups >= users.size() && tokens.size() < 2)
                QTRY_VERIFY_WITH_TIMEOUT(tokens.size() >= 2 || deadline.hasExpired(), 6000);
        }
        QVERIFY2(tokens.size() >= 2, qPrintable(u"only %1 token(s) seen"_s.arg(tokens.size())));
        QVERIFY(lookups >= users.size());
        window.close();   // saves geometry and view state to QSettings
    }

    QList<Needle> needles{{u"the client secret"_s, secret.toUtf8()}};
    int n = 0;
    for (const QByteArray &token : std::as_const(tokens))
        needles.append({u"token #%1"_s.arg(++n), token});

    QStringList leaks;

    // 1. Every file the session left: the workspace and its journals, the settings file.
    int files = 0;
    bool sawSettings = false;
    bool sawWorkspace = false;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString place = QDir(m_dir.path()).relativeFilePath(path);
        leaks += findLeaks(file.readAll(), needles, place);
        ++files;
        sawSettings = sawSettings || path.endsWith(u".ini"_s) || path.endsWith(u".conf"_s);
        sawWorkspace = sawWorkspace || path == workspacePath;
    }
    QVERIFY2(sawWorkspace, "the workspace file was not written");
    QVERIFY2(sawSettings, "the settings file was not written");
    QVERIFY(files >= 2);

    // 2. The request log as the store gives it back.
    {
        cdp::Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(workspacePath, &error), qPrintable(error));
        const QList<cdp::RequestLogEntry> entries = cdp::RequestLogStore(workspace).recent();
        QVERIFY2(entries.size() >= lookups, qPrintable(u"%1 log rows for %2 lookups"_s.arg(entries.size()).arg(lookups)));
        bool sawTokenRequest = false;
        for (const cdp::RequestLogEntry &entry : entries) {
            const QByteArray row = entry.connection.toUtf8() + '\n' + entry.method + '\n' + entry.url.toUtf8() + '\n'
                + entry.outcome.toUtf8() + '\n' + entry.message.toUtf8();
            leaks += findLeaks(row, needles, u"request log row %1"_s.arg(entry.id));
            sawTokenRequest = sawTokenRequest || entry.url.contains(u"oauth2/token"_s);
        }
        QVERIFY2(sawTokenRequest, "the token requests are missing from the request log");
    }

    // 3. Every log message of the run.
    {
        QMutexLocker lock(&g_logMutex);
        for (qsizetype i = 0; i < g_logLines.size(); ++i)
            leaks += findLeaks(g_logLines.at(i), needles, u"log message %1"_s.arg(i + 1));
    }

    QVERIFY2(leaks.isEmpty(), qPrintable(u"secrets leaked: "_s + leaks.join(u"; "_s)));
}

QTEST_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
