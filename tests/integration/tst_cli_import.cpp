// `cdp-console validate` and `cdp-console import` as an operator's script runs them: the real
// executable, its JSON summary on stdout and its exit codes, against the real cdp-sandbox (and the
// embedded one for --demo).

#include "csv/carmaschema.h"
#include "csv/columnmapping.h"
#include "csv/mappingprofile.h"
#include "session/carmasettings.h"
#include "store/connectionprofile.h"
#include "store/connectionstore.h"
#include "store/workspace.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cdp;
using namespace Qt::StringLiterals;
using cdp::test::SandboxProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray stdoutText;
    QByteArray stderrText;
};

QByteArray carmaLines(int rows, const QByteArray &prefix)
{
    QByteArray data;
    for (int i = 0; i < rows; ++i)
        data += prefix + QByteArray::number(i) + ";SKU-" + QByteArray::number(i % 13) + ";9.99;2023-05-06 07:08:09;3;29.97\n";
    return data;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_workspace;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    Run run(const QStringList &arguments, const QByteArray &token = {}, int timeoutMs = 120000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CDP_SECRET_BACKEND"_s, u"memory"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
        env.remove(u"CDP_CARMA_TOKEN"_s);
        if (!token.isEmpty())
            env.insert(u"CDP_CARMA_TOKEN"_s, QString::fromLatin1(token));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CDP_CONSOLE_EXECUTABLE), arguments);
        Run result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            qWarning() << "cdp-console did not finish:" << arguments;
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.stdoutText = process.readAllStandardOutput();
        result.stderrText = process.readAllStandardError();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.stdoutText, &error);
        if (error.error != QJsonParseError::NoError && !arguments.contains(u"--help"_s))
            qWarning() << "stdout is not JSON:" << error.errorString() << result.stdoutText.left(300);
        result.json = doc.object();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start({u"--carma-pending-ms"_s, u"100"_s, u"--carma-rows-per-second"_s, u"100000"_s}, &error),
                 qPrintable(error));
        // A workspace with a Carma connection (no token inside: the CLI gets it from CDP_CARMA_TOKEN).
        m_workspace = m_dir.filePath(u"ws.sqlite"_s);
        Workspace workspace;
        QVERIFY(workspace.open(m_workspace, &error));
        ConnectionStore store(workspace);
        ConnectionProfile profile;
        profile.name = u"Carma CLI"_s;
        profile.vendor = Vendor::Carma;
        profile.baseUrl = m_sandbox.baseUrl().resolved(QUrl(u"rest/"_s)).toString();
        CarmaSettings::setCustomerId(profile, QString::number(m_sandbox.carmaCustomerId()));
        QVERIFY(store.save(profile, &error));
    }

    void validateValidFile()
    {
        const QString path = write(u"ok.txt"_s, carmaLines(25, "v"));
        const Run r = run({u"validate"_s, path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"command"_s).toString(), u"validate"_s);
        QCOMPARE(r.json.value(u"ok"_s).toBool(), true);
        QCOMPARE(r.json.value(u"exitCode"_s).toInt(), 0);
        QCOMPARE(r.json.value(u"rows"_s).toInteger(), 25);
        QCOMPARE(r.json.value(u"errors"_s).toInteger(), 0);
        QCOMPARE(r.json.value(u"totalValue"_s).toString(), u"749.25"_s);
        QCOMPARE(r.json.value(u"sha256"_s).toString().size(), 64);
    }

    void validateInvalidFile()
    {
        const QString path = write(u"bad.txt"_s, "a;S;1,5;2023-05-06 07:08:09;1;1.5\nb;S;2.00;06/05/2023;1;2.00\nc;S;3.00\n");
        const QString rejected = m_dir.filePath(u"rejected.txt"_s);
        const Run r = run({u"validate"_s, path, u"--rejected-rows"_s, rejected});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"ok"_s).toBool(), false);
        QCOMPARE(r.json.value(u"invalidRows"_s).toInteger(), 2);
        const QJsonArray problems = r.json.value(u"problems"_s).toArray();
        QVERIFY(problems.size() >= 2);
        QCOMPARE(problems.at(0).toObject().value(u"line"_s).toInteger(), 1);
        QCOMPARE(problems.at(0).toObject().value(u"field"_s).toString(), u"itemPrice"_s);
        QVERIFY(!problems.at(0).toObject().value(u"rule"_s).toString().isEmpty());
        QVERIFY(r.json.value(u"ruleCounts"_s).toObject().size() >= 2);
        QFile file(rejected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
    }

    void usageErrors()
    {
        QCOMPARE(run({u"validate"_s}).exitCode, 2);
        QCOMPARE(run({u"validate"_s, u"a"_s, u"b"_s}).exitCode, 2);
        QCOMPARE(run({u"validate"_s, u"x.txt"_s, u"--bogus"_s}).exitCode, 2);
        const Run noList = run({u"import"_s, u"x.txt"_s, u"--connection"_s, u"Carma CLI"_s});
        QCOMPARE(noList.exitCode, 2);
        QVERIFY(noList.json.value(u"error"_s).toString().contains(u"--list"_s));
        QCOMPARE(run({u"import"_s, u"x.txt"_s, u"--list"_s, u"1"_s}).exitCode, 2);
        QCOMPARE(run({u"import"_s, u"x.txt"_s, u"--list"_s, u"1"_s, u"--connection"_s, u"c"_s, u"--poll-interval"_s, u"3"_s}).exitCode, 2);
        const Run help = run({u"import"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.stdoutText.contains("Exit codes"));
    }

    void validateOlistThroughMapping()
    {
        const QString source = QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/olist_order_items_dataset.csv"_s;
        if (!QFile::exists(source))
            QSKIP("The Olist export is not available (CDP_SHARED_DATA_DIR)");
        csv::ColumnMapping mapping;
        mapping.mapColumn(csv::CarmaSchema::OriginalIdColumn, 0, u"order_id"_s);
        mapping.mapColumn(csv::CarmaSchema::SkuColumn, 2, u"product_id"_s);
        mapping.mapColumn(csv::CarmaSchema::ItemPriceColumn, 5, u"price"_s);
        mapping.mapColumn(csv::CarmaSchema::TransactionTimeColumn, 4, u"shipping_limit_date"_s);
        mapping.setSource(csv::CarmaSchema::NoOfItemsColumn, csv::FieldSource::CountOne);
        mapping.setSource(csv::CarmaSchema::TotalPriceColumn, csv::FieldSource::ComputedTotal);
        const csv::MappingProfileStore profiles(m_dir.filePath(u"profiles"_s));
        QString error;
        QVERIFY2(profiles.save(u"olist-items"_s, mapping, &error), qPrintable(error));

        const QString output = m_dir.filePath(u"olist.carma.txt"_s);
        const Run r = run({u"validate"_s, source, u"--mapping"_s, profiles.filePath(u"olist-items"_s), u"--output"_s, output});
        QVERIFY2(r.exitCode == 0, r.stderrText.constData());
        const QJsonObject conversion = r.json.value(u"conversion"_s).toObject();
        QCOMPARE(conversion.value(u"rowsRead"_s).toInteger(), 112650);
        QCOMPARE(r.json.value(u"rows"_s).toInteger(), conversion.value(u"rowsWritten"_s).toInteger());
        QCOMPARE(r.json.value(u"errors"_s).toInteger(), 0);
        QVERIFY(QFile::exists(output));

        const Run unknown = run({u"validate"_s, source, u"--mapping"_s, u"no-such-profile"_s});
        QCOMPARE(unknown.exitCode, 6);
    }

    void importLedgerAndExitCodes()
    {
        const QString path = write(u"import.txt"_s, carmaLines(40, "i"));
        const QStringList base = {u"import"_s, path, u"--connection"_s, u"Carma CLI"_s, u"--list"_s, u"42"_s,
                                  u"--workspace"_s, m_workspace};

        // No token anywhere: configuration error, nothing sent.
        const Run noToken = run(base);
        QCOMPARE(noToken.exitCode, 6);
        QVERIFY(noToken.json.value(u"error"_s).toString().contains(u"token"_s));
        QCOMPARE(m_sandbox.carmaList(u"42"_s).value(u"imports"_s).toArray().size(), 0);

        // Accepted: exits once the upload is in (the ledger keeps polling for the next start).
        const Run first = run(base, m_sandbox.carmaToken());
        QVERIFY2(first.exitCode == 0, first.stderrText.constData());
        QCOMPARE(first.json.value(u"state"_s).toString(), u"polling"_s);
        QVERIFY(!first.json.value(u"batchId"_s).toString().isEmpty());
        QCOMPARE(first.json.value(u"rows"_s).toInteger(), 40);
        QVERIFY(!first.stdoutText.contains(m_sandbox.carmaToken()));
        QVERIFY(!first.stderrText.contains(m_sandbox.carmaToken()));

        // The same content to the same list: blocked by the ledger (exit 3), nothing sent.
        const Run again = run(base, m_sandbox.carmaToken());
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.json.value(u"failure"_s).toString(), u"duplicate"_s);
        QVERIFY(again.json.value(u"error"_s).toString().contains(first.json.value(u"batchId"_s).toString()));
        QCOMPARE(m_sandbox.carmaList(u"42"_s).value(u"imports"_s).toArray().size(), 1);

        // Explicit override, waiting for Carma to finish.
        const Run forced = run(base + QStringList{u"--override-duplicate"_s, u"test re-import"_s, u"--wait"_s,
                                                  u"--poll-interval"_s, u"10"_s},
                               m_sandbox.carmaToken());
        QVERIFY2(forced.exitCode == 0, forced.stderrText.constData());
        QCOMPARE(forced.json.value(u"state"_s).toString(), u"finished"_s);
        QCOMPARE(forced.json.value(u"batchStatus"_s).toString(), u"FINISHED"_s);
        QCOMPARE(forced.json.value(u"processed"_s).toInteger(), 40);
        QCOMPARE(forced.json.value(u"overrideNote"_s).toString(), u"test re-import"_s);
        QCOMPARE(m_sandbox.carmaList(u"42"_s).value(u"rowCount"_s).toInteger(), 80);

        // Invalid file: exit 1, nothing sent. Unknown connection: exit 6.
        const QString bad = write(u"import-bad.txt"_s, "x;y;1,00\n");
        const Run invalid = run({u"import"_s, bad, u"--connection"_s, u"Carma CLI"_s, u"--list"_s, u"43"_s,
                                 u"--workspace"_s, m_workspace},
                                m_sandbox.carmaToken());
        QCOMPARE(invalid.exitCode, 1);
        QCOMPARE(invalid.json.value(u"failure"_s).toString(), u"validation"_s);
        QCOMPARE(m_sandbox.carmaList(u"43"_s).value(u"imports"_s).toArray().size(), 0);
        const Run unknown = run({u"import"_s, path, u"--connection"_s, u"Nope"_s, u"--list"_s, u"43"_s,
                                 u"--workspace"_s, m_workspace},
                                m_sandbox.carmaToken());
        QCOMPARE(unknown.exitCode, 6);
        QVERIFY(unknown.json.value(u"error"_s).toString().contains(u"Carma CLI"_s));
    }

    void importDemoWait()
    {
        const QString path = write(u"demo.txt"_s, carmaLines(7, "d"));
        const Run r = run({u"import"_s, path, u"--demo"_s, u"--list"_s, u"5"_s, u"--wait"_s});
        QVERIFY2(r.exitCode == 0, r.stderrText.constData());
        QCOMPARE(r.json.value(u"connection"_s).toString(), u"Sandbox Carma"_s);
        QCOMPARE(r.json.value(u"batchStatus"_s).toString(), u"FINISHED"_s);
        QCOMPARE(r.json.value(u"affected"_s).toInteger(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
