#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace cdp {

struct DemoEndpoint;

namespace cli {

// Exit codes of `cdp-console validate` and `cdp-console import` (documented in --help and
// docs/ARCHITECTURE.md). Stable: scripts test them.
enum ExitCode : int {
    ExitOk = 0,               // valid file / import accepted (with --wait: batch FINISHED)
    ExitValidation = 1,       // the file (or its mapping) has errors; nothing was sent
    ExitUsage = 2,            // bad command line
    ExitDuplicate = 3,        // the ledger holds this content for the list; --override-duplicate not given
    ExitNetwork = 4,          // network or server error (HTTP status in the summary); nothing imported
    ExitBatchError = 5,       // Carma's batch ended in ERROR: it rejected the file, nothing imported
    ExitConfig = 6,           // unknown/incomplete connection, missing token, unreadable file, workspace
    ExitUnknownOutcome = 7,   // the upload's outcome could not be established: check the list in Carma
};

// True when argv[1] names a command-line subcommand (validate, import): main() then runs run()
// with a QCoreApplication instead of starting the GUI.
bool isCommand(int argc, char *argv[]);

// Starts the embedded sandbox for --demo and fills `endpoint`; returns the object that owns the
// sandbox (handed to ConsoleSession::startDemo) or null with `error` set. Provided by main.cpp
// (cdpcore never links the sandbox).
using DemoStarter = std::function<std::unique_ptr<QObject>(DemoEndpoint *endpoint, QString *error)>;

// Runs `cdp-console validate|import …` (arguments as QCoreApplication::arguments()). Needs a
// running QCoreApplication (it spins the event loop itself). The JSON summary goes to stdout,
// progress and messages to stderr. Returns the exit code.
int run(const QStringList &arguments, const DemoStarter &startDemo);

} // namespace cli
} // namespace cdp
