#include "importcommands.h"

#include "csv/carmaconversion.h"
#include "csv/carmavalidator.h"
#include "csv/csvreader.h"
#include "csv/mappingprofile.h"
#include "csv/sha256.h"
#include "csv/sourceanalysis.h"
#include "imports/importservice.h"
#include "session/consolesession.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace cdp::cli {

namespace {

QString trc(const char *text)
{
    return QCoreApplication::translate("cdp::cli", text);
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
    std::fflush(stderr);
}

int emitSummary(QJsonObject summary, int code)
{
    summary.insert(u"exitCode"_s, code);
    summary.insert(u"ok"_s, code == ExitOk);
    const QByteArray json = QJsonDocument(summary).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return code;
}

int usageError(const QString &command, const QString &text)
{
    printErr(text);
    printErr(trc("Run “cdp-console %1 --help” for the options.").arg(command));
    return emitSummary(QJsonObject{{u"command"_s, command}, {u"error"_s, text}}, ExitUsage);
}

QString exitCodesHelp()
{
    return trc("Exit codes: 0 ok; 1 validation errors (nothing sent); 2 usage; 3 duplicate blocked by the "
               "import ledger; 4 network or server error; 5 Carma's batch ended in ERROR; 6 configuration "
               "(connection, token, file, workspace); 7 outcome of the upload unknown (check Carma).");
}

QJsonObject problemJson(const csv::CarmaProblem &p)
{
    return QJsonObject{
        {u"line"_s, p.line},
        {u"column"_s, p.column},
        {u"field"_s, p.field},
        {u"rule"_s, csv::ruleId(p.rule)},
        {u"severity"_s, p.severity == csv::CarmaSeverity::Error ? u"error"_s : u"warning"_s},
        {u"value"_s, p.value},
        {u"message"_s, p.message},
    };
}

QJsonObject conversionProblemJson(const csv::ConversionProblem &p)
{
    return QJsonObject{
        {u"sourceLine"_s, p.sourceLine},
        {u"sourceColumn"_s, p.sourceColumn},
        {u"carmaColumn"_s, p.carmaColumn},
        {u"field"_s, p.field},
        {u"rule"_s, p.rule},
        {u"severity"_s, p.severity == csv::CarmaSeverity::Error ? u"error"_s : u"warning"_s},
        {u"value"_s, p.value},
        {u"message"_s, p.message},
    };
}

// --mapping NAME (a saved profile) or --mapping PATH.json (a profile file).
bool loadMapping(const QString &value, csv::ColumnMapping &mapping, QString *error)
{
    const QFileInfo file(value);
    if (value.endsWith(u".json"_s, Qt::CaseInsensitive) && file.isFile()) {
        const csv::MappingProfileStore store(file.absolutePath());
        return store.load(file.completeBaseName(), mapping, error);
    }
    const csv::MappingProfileStore store;
    if (!store.names().contains(value)) {
        *error = trc("There is no mapping profile “%1” in %2 (profiles: %3).")
                     .arg(value, QDir::toNativeSeparators(store.directory()),
                          store.names().isEmpty() ? trc("none") : store.names().join(u", "_s));
        return false;
    }
    return store.load(value, mapping, error);
}

struct Conversion
{
    int code = ExitOk;
    QString error;
    QString carmaPath;
    QJsonObject json;
};

// Maps a source export into a Carma file through a mapping profile (the wizard's core).
Conversion convertSource(const QString &source, const QString &mappingName, const QString &outputPath,
                         bool validRowsOnly, const QString &rejectedPath)
{
    Conversion result;
    csv::ColumnMapping mapping;
    QString error;
    if (!loadMapping(mappingName, mapping, &error)) {
        result.code = ExitConfig;
        result.error = error;
        return result;
    }
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        result.code = ExitConfig;
        result.error = trc("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), file.errorString());
        return result;
    }
    const csv::CsvDialect dialect = csv::sniffCsvDialect(&file);
    file.close();
    const csv::SourceAnalysis analysis = csv::analyzeSourceFile(source, dialect);
    if (!analysis.errorString.isEmpty()) {
        result.code = ExitValidation;
        result.error = analysis.errorString;
        return result;
    }
    mapping.applyAnalysis(analysis);
    QJsonArray decisions;
    for (const csv::MappingDecision &decision : mapping.pendingDecisions(&analysis)) {
        decisions.append(QJsonObject{{u"field"_s, decision.field}, {u"source"_s, decision.source},
                                     {u"example"_s, decision.example}, {u"message"_s, decision.message}});
    }
    QJsonArray issues;
    for (const csv::MappingIssue &issue : mapping.issues(int(analysis.columns.size())))
        issues.append(QJsonObject{{u"field"_s, issue.field}, {u"message"_s, issue.message}});
    result.json.insert(u"mapping"_s, mappingName);
    result.json.insert(u"delimiter"_s, QString(QLatin1Char(dialect.delimiter)));
    result.json.insert(u"header"_s, dialect.hasHeader);
    if (!decisions.isEmpty() || !issues.isEmpty()) {
        result.code = ExitValidation;
        result.json.insert(u"pendingDecisions"_s, decisions);
        result.json.insert(u"mappingIssues"_s, issues);
        result.error = !decisions.isEmpty()
            ? trc("The mapping profile leaves questions open (e.g. day/month order); decide them in the import wizard and save the profile.")
            : trc("The mapping profile does not fit this file: %1").arg(issues.at(0).toObject().value(u"message"_s).toString());
        return result;
    }

    csv::ConversionOptions options;
    options.outputPath = outputPath;
    options.validRowsOnly = validRowsOnly;
    options.rejectedRowsPath = rejectedPath;
    const csv::ConversionResult converted = csv::convertToCarma(source, dialect, mapping, options);
    QJsonObject rules;
    for (auto it = converted.ruleCounts.cbegin(); it != converted.ruleCounts.cend(); ++it)
        rules.insert(it.key(), it.value());
    QJsonArray problems;
    for (const csv::ConversionProblem &p : converted.problems) {
        if (problems.size() >= 50)
            break;
        problems.append(conversionProblemJson(p));
    }
    result.json.insert(u"rowsRead"_s, converted.rowsRead);
    result.json.insert(u"rowsWritten"_s, converted.rowsWritten);
    result.json.insert(u"rowsRejected"_s, converted.rowsRejected);
    result.json.insert(u"rowsWithWarnings"_s, converted.rowsWithWarnings);
    result.json.insert(u"ruleCounts"_s, rules);
    result.json.insert(u"problems"_s, problems);
    if (!converted.isSuccess()) {
        result.code = converted.outcome == csv::ConversionResult::Outcome::Failed && converted.rowsRejected == 0
                && converted.pendingDecisions.isEmpty() && converted.rowsRead == 0 && converted.problems.isEmpty()
            ? ExitConfig
            : ExitValidation;
        result.error = converted.errorString;
        return result;
    }
    result.carmaPath = converted.outputPath;
    result.json.insert(u"carmaFile"_s, converted.outputPath);
    result.json.insert(u"totalValue"_s, converted.totalValue.toString(2));
    return result;
}

QString defaultConvertedPath(const QString &source)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    dir += u"/converted"_s;
    QDir().mkpath(dir);
    return dir + u'/' + QFileInfo(source).completeBaseName() + u'-'
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u".carma.txt"_s;
}

// ---------------------------------------------------------------------------------------------

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trc("Validates a Carma purchase-history file (or a source export mapped with "
                                         "--mapping) against every rule of the vendor's format; prints a JSON summary.")
                                     + u"\n\n"_s + exitCodesHelp());
    parser.addHelpOption();
    parser.addPositionalArgument(u"validate"_s, trc("The command."));
    parser.addPositionalArgument(u"FILE"_s, trc("The Carma file, or with --mapping the source export."));
    const QCommandLineOption mappingOption(u"mapping"_s, trc("Map the source export with the mapping profile <name> (or a profile .json file) first."), u"name"_s);
    const QCommandLineOption rejectedOption(u"rejected-rows"_s, trc("Write the rejected rows to <file>."), u"file"_s);
    const QCommandLineOption outputOption(u"output"_s, trc("With --mapping: write the Carma file to <file> (default: a file in the application's data directory)."), u"file"_s);
    parser.addOptions({mappingOption, rejectedOption, outputOption});
    if (!parser.parse(arguments))
        return usageError(u"validate"_s, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(u"validate"_s, trc("validate takes exactly one FILE."));
    const QString path = positional.at(1);
    QJsonObject summary{{u"command"_s, u"validate"_s}, {u"file"_s, QFileInfo(path).absoluteFilePath()}};

    QString carmaPath = path;
    if (parser.isSet(mappingOption)) {
        const QString output = parser.isSet(outputOption) ? parser.value(outputOption) : defaultConvertedPath(path);
        Conversion conversion = convertSource(path, parser.value(mappingOption), output, false, parser.value(rejectedOption));
        summary.insert(u"conversion"_s, conversion.json);
        if (conversion.code != ExitOk) {
            summary.insert(u"error"_s, conversion.error);
            printErr(conversion.error);
            return emitSummary(summary, conversion.code);
        }
        carmaPath = conversion.carmaPath;
    }
    if (!QFileInfo(carmaPath).isFile()) {
        const QString text = trc("The file %1 does not exist.").arg(QDir::toNativeSeparators(carmaPath));
        summary.insert(u"error"_s, text);
        printErr(text);
        return emitSummary(summary, ExitConfig);
    }
    csv::CarmaValidationOptions options;
    options.computeContentHash = false;
    options.maxStoredProblems = 1000;
    if (!parser.isSet(mappingOption))
        options.rejectedRowsPath = parser.value(rejectedOption);
    const csv::CarmaValidationResult v = csv::CarmaValidator::validateFile(carmaPath, options);
    if (v.outcome != csv::CarmaValidationResult::Outcome::Completed) {
        summary.insert(u"error"_s, v.errorString);
        printErr(v.errorString);
        return emitSummary(summary, ExitConfig);
    }
    QString hashError;
    const QByteArray sha = csv::Sha256::hashFile(carmaPath, &hashError);
    QJsonObject rules;
    for (int i = 0; i < csv::CarmaRuleCount; ++i) {
        if (v.ruleCounts[size_t(i)] > 0)
            rules.insert(csv::ruleId(static_cast<csv::CarmaRule>(i)), v.ruleCounts[size_t(i)]);
    }
    QJsonArray problems;
    for (const csv::CarmaProblem &p : v.problems) {
        if (problems.size() >= 50)
            break;
        problems.append(problemJson(p));
    }
    summary.insert(u"carmaFile"_s, QFileInfo(carmaPath).absoluteFilePath());
    summary.insert(u"bytes"_s, v.bytes);
    summary.insert(u"rows"_s, v.validRows + v.invalidRows);
    summary.insert(u"validRows"_s, v.validRows);
    summary.insert(u"invalidRows"_s, v.invalidRows);
    summary.insert(u"errors"_s, v.errorCount());
    summary.insert(u"warnings"_s, v.warningCount());
    summary.insert(u"ruleCounts"_s, rules);
    summary.insert(u"problems"_s, problems);
    summary.insert(u"problemsTruncated"_s, v.problemsTruncated() || problems.size() < v.problems.size());
    summary.insert(u"totalValue"_s, v.totalValue.toString(2));
    summary.insert(u"sha256"_s, QString::fromLatin1(sha.toHex()));
    const bool ok = v.isAcceptable() && v.validRows + v.invalidRows > 0;
    if (!ok) {
        const QString text = v.validRows + v.invalidRows == 0
            ? trc("The file holds no rows.")
            : trc("%1 error(s) in %2 row(s); first: %3")
                  .arg(v.errorCount())
                  .arg(v.invalidRows)
                  .arg(v.problems.isEmpty() ? QString() : v.problems.constFirst().message);
        summary.insert(u"error"_s, text);
        printErr(text);
    } else {
        printErr(trc("%1: %2 rows, no errors, total value %3.")
                     .arg(QDir::toNativeSeparators(carmaPath))
                     .arg(v.validRows)
                     .arg(v.totalValue.toString(2)));
    }
    return emitSummary(summary, ok ? ExitOk : ExitValidation);
}

int exitFor(ImportJob::Failure failure)
{
    switch (failure) {
    case ImportJob::Failure::None: return ExitOk;
    case ImportJob::Failure::Validation: return ExitValidation;
    case ImportJob::Failure::DuplicateBlocked: return ExitDuplicate;
    case ImportJob::Failure::Config:
    case ImportJob::Failure::Storage: return ExitConfig;
    case ImportJob::Failure::Network:
    case ImportJob::Failure::Server:
    case ImportJob::Failure::RateLimited: return ExitNetwork;
    case ImportJob::Failure::BatchError: return ExitBatchError;
    case ImportJob::Failure::Unknown: return ExitUnknownOutcome;
    }
    return ExitNetwork;
}

QString failureKey(ImportJob::Failure failure)
{
    switch (failure) {
    case ImportJob::Failure::None: return u"none"_s;
    case ImportJob::Failure::Validation: return u"validation"_s;
    case ImportJob::Failure::DuplicateBlocked: return u"duplicate"_s;
    case ImportJob::Failure::Config: return u"config"_s;
    case ImportJob::Failure::Network: return u"network"_s;
    case ImportJob::Failure::Server: return u"server"_s;
    case ImportJob::Failure::RateLimited: return u"rate-limited"_s;
    case ImportJob::Failure::BatchError: return u"batch-error"_s;
    case ImportJob::Failure::Unknown: return u"unknown"_s;
    case ImportJob::Failure::Storage: return u"storage"_s;
    }
    return {};
}

void addEntry(QJsonObject &summary, const ImportLedgerEntry &e)
{
    if (e.id == 0)
        return;
    summary.insert(u"ledgerEntry"_s, e.id);
    summary.insert(u"carmaFile"_s, e.filePath);
    summary.insert(u"rows"_s, e.rows);
    summary.insert(u"totalValue"_s, e.totalValue);
    summary.insert(u"sha256"_s, e.sha256Hex());
    summary.insert(u"customerId"_s, e.customerId);
    summary.insert(u"importId"_s, e.importId);
    summary.insert(u"batchId"_s, e.batchId);
    summary.insert(u"state"_s, importStateKey(e.state));
    summary.insert(u"batchStatus"_s, e.batchStatus);
    summary.insert(u"processed"_s, e.processed);
    summary.insert(u"affected"_s, e.affected);
    summary.insert(u"total"_s, e.total);
    if (!e.overrideNote.isEmpty())
        summary.insert(u"overrideNote"_s, e.overrideNote);
}

int runImport(const QStringList &arguments, const DemoStarter &startDemo)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Imports a purchase-history file into a Carma list: validates it, checks the import ledger for the same "
            "content, uploads it (streamed) and, with --wait, polls the batch until Carma has imported it. Prints a "
            "JSON summary. The connection's API token comes from the keyring; for unattended runs the environment "
            "variable CDP_CARMA_TOKEN may give it instead (kept in memory only).")
        + u"\n\n"_s + exitCodesHelp());
    parser.addHelpOption();
    parser.addPositionalArgument(u"import"_s, trc("The command."));
    parser.addPositionalArgument(u"FILE"_s, trc("The Carma file, or with --mapping the source export."));
    const QCommandLineOption connectionOption(u"connection"_s, trc("The Carma connection <name>."), u"name"_s);
    const QCommandLineOption listOption(u"list"_s, trc("The Carma list <id>."), u"id"_s);
    const QCommandLineOption mappingOption(u"mapping"_s, trc("Map the source export with the mapping profile <name> (or a profile .json file) first."), u"name"_s);
    const QCommandLineOption outputOption(u"output"_s, trc("With --mapping: write the Carma file to <file> (default: a file in the application's data directory; keep it until the import finished)."), u"file"_s);
    const QCommandLineOption validOnlyOption(u"valid-rows-only"_s, trc("With --mapping: leave rows with errors out instead of refusing the file."));
    const QCommandLineOption rejectedOption(u"rejected-rows"_s, trc("With --mapping: write the rejected source rows to <file>."), u"file"_s);
    const QCommandLineOption waitOption(u"wait"_s, trc("Poll the batch until Carma finished (or failed); else exit once the upload was accepted (the console resumes polling at its next start)."));
    const QCommandLineOption overrideOption(u"override-duplicate"_s, trc("Import even though the ledger holds the same content for this list; <note> says why (stored in the ledger)."), u"note"_s);
    const QCommandLineOption pollOption(u"poll-interval"_s, trc("Seconds between batch polls (default 30, at least 10)."), u"seconds"_s);
    const QCommandLineOption workspaceOption(u"workspace"_s, trc("Use the workspace database at <path>."), u"path"_s);
    const QCommandLineOption demoOption(u"demo"_s, trc("Use the built-in sandbox and its \"Sandbox Carma\" connection (throw-away workspace unless --workspace is given)."));
    parser.addOptions({connectionOption, listOption, mappingOption, outputOption, validOnlyOption, rejectedOption,
                       waitOption, overrideOption, pollOption, workspaceOption, demoOption});
    if (!parser.parse(arguments))
        return usageError(u"import"_s, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(u"import"_s, trc("import takes exactly one FILE."));
    const bool demo = parser.isSet(demoOption);
    QString connection = parser.value(connectionOption);
    if (connection.isEmpty() && demo)
        connection = ConsoleSession::carmaDemoConnectionName();
    if (connection.isEmpty())
        return usageError(u"import"_s, trc("--connection NAME is required (a Carma connection)."));
    const QString list = parser.value(listOption).trimmed();
    if (list.isEmpty())
        return usageError(u"import"_s, trc("--list ID is required."));
    int pollSeconds = ImportService::DefaultPollIntervalSeconds;
    if (parser.isSet(pollOption)) {
        bool ok = false;
        pollSeconds = parser.value(pollOption).toInt(&ok);
        if (!ok || pollSeconds < ImportService::MinimumPollIntervalSeconds)
            return usageError(u"import"_s, trc("--poll-interval takes a number of seconds, at least 10."));
    }

    const QString path = positional.at(1);
    QJsonObject summary{{u"command"_s, u"import"_s}, {u"file"_s, QFileInfo(path).absoluteFilePath()},
                        {u"connection"_s, connection}, {u"listId"_s, list}};
    auto failWith = [&summary](int code, const QString &text) {
        summary.insert(u"error"_s, text);
        printErr(text);
        return emitSummary(summary, code);
    };

    QString carmaPath = path;
    if (parser.isSet(mappingOption)) {
        const QString output = parser.isSet(outputOption) ? parser.value(outputOption) : defaultConvertedPath(path);
        Conversion conversion = convertSource(path, parser.value(mappingOption), output, parser.isSet(validOnlyOption),
                                              parser.value(rejectedOption));
        summary.insert(u"conversion"_s, conversion.json);
        if (conversion.code != ExitOk)
            return failWith(conversion.code, conversion.error);
        carmaPath = conversion.carmaPath;
        printErr(trc("Converted %1 rows into %2.")
                     .arg(conversion.json.value(u"rowsWritten"_s).toInteger())
                     .arg(QDir::toNativeSeparators(carmaPath)));
    }

    // The session: workspace, secrets, the import service.
    ConsoleSession session;
    QString workspacePath = parser.value(workspaceOption);
    if (workspacePath.isEmpty())
        workspacePath = demo ? ConsoleSession::memoryWorkspacePath() : Workspace::defaultPath();
    QString error;
    if (!session.openWorkspace(workspacePath, &error))
        return failWith(ExitConfig, trc("The workspace %1 cannot be opened: %2").arg(workspacePath, error));
    QEventLoop loop;
    if (demo) {
        if (!startDemo)
            return failWith(ExitConfig, trc("This build has no built-in sandbox."));
        DemoEndpoint endpoint;
        std::unique_ptr<QObject> sandbox = startDemo(&endpoint, &error);
        if (!sandbox)
            return failWith(ExitConfig, trc("The built-in sandbox did not start: %1").arg(error));
        QObject::connect(&session, &ConsoleSession::ready, &loop, &QEventLoop::quit);
        session.startDemo(endpoint, sandbox.release());
        if (!session.isReady())
            loop.exec();
    } else {
        bool probed = false;
        session.secretStore().probe(&loop, [&probed, &loop](SecretStore::Backend) {
            probed = true;
            loop.quit();
        });
        if (!probed)
            loop.exec();
    }
    ImportService *imports = session.imports();
    const QByteArray envToken = qgetenv("CDP_CARMA_TOKEN");
    if (!envToken.isEmpty())
        imports->setTokenOverride(connection, QString::fromUtf8(envToken));

    ImportRequest request;
    request.filePath = carmaPath;
    request.sourcePath = carmaPath == path ? QString() : QFileInfo(path).absoluteFilePath();
    request.connectionName = connection;
    request.listId = list;
    request.overrideDuplicate = parser.isSet(overrideOption);
    request.overrideNote = parser.value(overrideOption);
    request.pollIntervalSeconds = pollSeconds;

    const bool wait = parser.isSet(waitOption);
    int code = ExitOk;
    ImportJob *job = imports->startImport(request);
    QObject::connect(job, &ImportJob::stageChanged, &loop, [&](ImportStage stage) {
        printErr(importStageDisplayName(stage));
        if (stage == ImportStage::Polling && !wait) {
            printErr(trc("The upload was accepted (batch %1); the console resumes polling at its next start. "
                         "Use --wait to wait for Carma.").arg(job->entry().batchId));
            loop.quit();
        }
    });
    QObject::connect(job, &ImportJob::waiting, &loop, [](const QString &reason, qint64) {
        if (!reason.isEmpty())
            printErr(reason);
    });
    QObject::connect(job, &ImportJob::batchProgress, &loop, [](const ImportLedgerEntry &e) {
        printErr(e.progressText());
    });
    QObject::connect(job, &ImportJob::finished, &loop, &QEventLoop::quit);
    QObject::connect(job, &ImportJob::failed, &loop, [&](ImportJob::Failure failure, const QString &) {
        code = exitFor(failure);
        loop.quit();
    });
    QObject::connect(job, &ImportJob::cancelled, &loop, [&] {
        code = ExitNetwork;
        loop.quit();
    });
    if (!job->isDone())
        loop.exec();

    addEntry(summary, job->entry());
    summary.insert(u"stage"_s, importStageDisplayName(job->stage()));
    if (job->failure() != ImportJob::Failure::None) {
        summary.insert(u"failure"_s, failureKey(job->failure()));
        return failWith(code, job->errorText());
    }
    if (job->stage() == ImportStage::Finished)
        printErr(trc("Finished: %1").arg(job->entry().progressText()));
    return emitSummary(summary, ExitOk);
}

} // namespace

bool isCommand(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArrayView command(argv[1]);
    return command == "validate" || command == "import";
}

int run(const QStringList &arguments, const DemoStarter &startDemo)
{
    const QString command = arguments.value(1);
    if (command == u"validate"_s)
        return runValidate(arguments);
    if (command == u"import"_s)
        return runImport(arguments, startDemo);
    return usageError(command, trc("Unknown command “%1”: use validate or import.").arg(command));
}

} // namespace cdp::cli
