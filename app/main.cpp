// cdp-console: the thin executable. Wires the GUI-free session (cdpcore), the widgets (cdpui) and,
// for --demo and --screenshot, the embedded sandbox (cdpsandbox).

#include "importwizard.h"
#include "mainwindow.h"
#include "screenshotrunner.h"
#include "timelinepane.h"

#include "cli/importcommands.h"
#include "cli/eventscommand.h"
#include "icons.h"
#include "sandboxserver.h"
#include "session/appinfo.h"
#include "session/consolesession.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// --help and --version work without a display; --screenshot renders offscreen unless told otherwise.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return std::make_unique<QCoreApplication>(argc, argv);
        screenshot = screenshot || arg == "--screenshot" || arg.startsWith("--screenshot=");
    }
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

void installTranslators(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // The UI language when there is a catalogue for it, else English, the source language, whose
    // catalogue carries the plural forms ("1 event", "2 events").
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("cdp-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral(":/i18n/cdp-console_en")))
        QCoreApplication::installTranslator(appTranslator);
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

// Reports a start-up failure on stderr and, with a display, in a message box; returns the exit code.
int fail(const QString &text, bool interactive)
{
    printLine(stderr, text);
    if (!interactive || !qobject_cast<QApplication *>(QCoreApplication::instance()))
        return 1;
    QMessageBox box(QMessageBox::Critical, cdp::AppInfo::displayName(), text, QMessageBox::Close);
    QObject::connect(&box, &QMessageBox::finished, &box, [] { QCoreApplication::exit(1); });
    box.show();
    return QApplication::exec();
}

// The built-in sandbox of --demo: its own thread, a free loopback port, in-memory demo data.
std::unique_ptr<cdp::sandbox::SandboxThread> startSandbox(cdp::DemoEndpoint *endpoint, QString *error)
{
    auto sandbox = std::make_unique<cdp::sandbox::SandboxThread>();
    cdp::sandbox::Options options;
    options.port = 0;
    options.demo = true;
    if (!sandbox->start(options, error))
        return nullptr;
    *endpoint = cdp::DemoEndpoint::fromAnnouncement(sandbox->announcement());
    return sandbox;
}

} // namespace

int main(int argc, char *argv[])
{
    // `cdp-console validate|import …`: the GUI-free command line (app/cli), no display needed.
    if (cdp::cli::isCommand(argc, argv)) {
        QCoreApplication cliApp(argc, argv);
        QCoreApplication::setOrganizationName(cdp::AppInfo::organizationName());
        QCoreApplication::setOrganizationDomain(cdp::AppInfo::organizationDomain());
        QCoreApplication::setApplicationName(cdp::AppInfo::applicationName());
        QCoreApplication::setApplicationVersion(cdp::AppInfo::version());
        installTranslators(cliApp);
        return cdp::cli::run(QCoreApplication::arguments(), [](cdp::DemoEndpoint *endpoint, QString *error) {
            return std::unique_ptr<QObject>(startSandbox(endpoint, error).release());
        });
    }
    // `cdp-console send-outbox …`: deliver a workspace's eSputnik outbox headless (app/cli/eventscommand.h).
    if (cdp::cli::isEventsCommand(argc, argv)) {
        QCoreApplication cliApp(argc, argv);
        QCoreApplication::setOrganizationName(cdp::AppInfo::organizationName());
        QCoreApplication::setOrganizationDomain(cdp::AppInfo::organizationDomain());
        QCoreApplication::setApplicationName(cdp::AppInfo::applicationName());
        QCoreApplication::setApplicationVersion(cdp::AppInfo::version());
        installTranslators(cliApp);
        return cdp::cli::runEventsCommand(QCoreApplication::arguments());
    }
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setOrganizationName(cdp::AppInfo::organizationName());
    QApplication::setOrganizationDomain(cdp::AppInfo::organizationDomain());
    QApplication::setApplicationName(cdp::AppInfo::applicationName());
    QApplication::setApplicationDisplayName(cdp::AppInfo::displayName());
    QApplication::setApplicationVersion(cdp::AppInfo::version());
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Look up customer profiles and purchase data across marketing platforms."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QCoreApplication::translate(
        "main", "Start the built-in sandbox on a free local port and use its ready \"Sandbox\" "
                "connection: no account, no network. Uses a throw-away workspace unless --workspace is given."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QCoreApplication::translate("main", "Use the workspace database at <path> (\":memory:\" for a throw-away one)."),
        QStringLiteral("path"));
    const QCommandLineOption connectionOption(QStringLiteral("connection"),
        QCoreApplication::translate("main", "Start with the connection called <name>."), QStringLiteral("name"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QCoreApplication::translate("main", "Look up <id> at start (--screenshot: default the sandbox's first sample user)."),
        QStringLiteral("id"));
    const QCommandLineOption paneOption(QStringLiteral("pane"),
        QCoreApplication::translate("main", "Show the pane <name>: %1.")
            .arg(cdp::ui::ScreenshotRunner::paneNames().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window with demo data to <file.png> and exit "
                                            "(implies --demo; works with QT_QPA_PLATFORM=offscreen)."),
        QStringLiteral("file.png"));
    const QCommandLineOption importWizardOption(QStringLiteral("import-wizard"),
        QCoreApplication::translate("main", "Open the \"Import purchase history\" wizard with <file> at start."),
        QStringLiteral("file"));
    const QCommandLineOption composeOption(QStringLiteral("compose"),
        QCoreApplication::translate("main", "With --screenshot: render the event composer with a sample <type> event "
                                            "(orderCreated, cartUpdated …) over the Order Events pane, or \"raw\" for "
                                            "the raw-body check of a malformed example."),
        QStringLiteral("type"));
    parser.addOptions({demoOption, workspaceOption, connectionOption, userOption, paneOption, screenshotOption});
    parser.addOption(composeOption);
    parser.addOption(importWizardOption);
    parser.process(app);
    // From here on the application is a QApplication: help and version have exited.
    QApplication::setDesktopFileName(cdp::AppInfo::desktopFileName());
    QApplication::setWindowIcon(cdp::ui::Icons::application());

    const bool screenshot = parser.isSet(screenshotOption);
    const bool demo = parser.isSet(demoOption) || screenshot;
    const bool interactive = !screenshot;
    const QString pane = parser.value(paneOption);
    if (!pane.isEmpty() && !cdp::ui::ScreenshotRunner::paneNames().contains(pane)) {
        return fail(QCoreApplication::translate("main", "Unknown pane \"%1\"; choose one of: %2.")
                        .arg(pane, cdp::ui::ScreenshotRunner::paneNames().join(QStringLiteral(", "))), false);
    }

    // A demo never touches the operator's workspace unless asked to.
    QString workspacePath = parser.value(workspaceOption);
    if (workspacePath.isEmpty())
        workspacePath = demo ? cdp::ConsoleSession::memoryWorkspacePath() : cdp::Workspace::defaultPath();

    cdp::ConsoleSession session;
    QString error;
    if (!session.openWorkspace(workspacePath, &error)) {
        return fail(QCoreApplication::translate("main", "The workspace %1 could not be opened: %2")
                        .arg(workspacePath, error), interactive);
    }

    cdp::DemoEndpoint endpoint;
    std::unique_ptr<cdp::sandbox::SandboxThread> sandbox;
    if (demo) {
        sandbox = startSandbox(&endpoint, &error);
        if (!sandbox)
            return fail(QCoreApplication::translate("main", "The demo sandbox could not start: %1").arg(error), interactive);
    }

    cdp::ui::MainWindow window(&session);
    const QString user = parser.value(userOption);

    std::unique_ptr<cdp::ui::ScreenshotRunner> runner;
    if (screenshot) {
        cdp::ui::ScreenshotRunner::Options options;
        options.path = parser.value(screenshotOption);
        options.pane = pane;
        options.userId = user;
        options.compose = parser.value(composeOption);
        runner = std::make_unique<cdp::ui::ScreenshotRunner>(&session, &window, options);
        QObject::connect(runner.get(), &cdp::ui::ScreenshotRunner::finished, &app, [](int code, const QString &message) {
            printLine(code == 0 ? stdout : stderr, message);
            QCoreApplication::exit(code);
        });
        runner->start();
    } else {
        window.restoreSettings();
        if (!pane.isEmpty() && pane != QLatin1String("connections"))
            window.showPane(pane);
        else if (!user.isEmpty())
            window.showPane(QStringLiteral("timeline"));
        QObject::connect(&session, &cdp::ConsoleSession::ready, &window, [&window, user, pane] {
            if (!user.isEmpty())
                window.timelinePane()->lookUp(user);
            if (pane == QLatin1String("connections"))
                window.openConnectionsDialog();
        });
        window.show();
        if (parser.isSet(importWizardOption)) {
            const QString importFile = parser.value(importWizardOption);
            QObject::connect(&session, &cdp::ConsoleSession::ready, &window,
                             [&window, importFile] { window.openImportWizard(importFile); },
                             Qt::SingleShotConnection);
        }
    }

    if (demo) {
        session.startDemo(endpoint, sandbox.release());
    } else {
        const QString preferred = parser.isSet(connectionOption) ? parser.value(connectionOption)
                                                                 : cdp::ui::MainWindow::lastConnectionName();
        session.start(preferred);
    }
    return QApplication::exec();
}
