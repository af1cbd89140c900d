#include "store/connectionstore.h"
#include "store/requestlogstore.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cdp;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

QStringList schemaObjects(const Workspace &workspace)
{
    QStringList names;
    QSqlQuery query(workspace.database());
    query.exec(u"SELECT type || ':' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

ConnectionProfile userProfileConnection(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.vendor = Vendor::UserProfile;
    profile.baseUrl = u"https://gateway.richrelevance.com/"_s;
    profile.settings = {{u"apiKey"_s, u"site-key"_s}, {u"clientId"_s, u"51934de97c95e1ced"_s},
                        {u"tokenPath"_s, u"api/v1"_s}, {u"tokenStyle"_s, u"form"_s}, {u"rateLimit"_s, 1000}};
    return profile;
}

RequestLogEntry logEntry(qint64 epochMs, const QString &url, int status = 200)
{
    RequestLogEntry entry;
    entry.time = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    entry.connection = u"Sandbox"_s;
    entry.method = QByteArrayLiteral("GET");
    entry.url = url;
    entry.httpStatus = status;
    entry.durationMs = 12;
    entry.attempt = 1;
    entry.bytesReceived = 345;
    entry.outcome = status < 400 ? u"ok"_s : u"http"_s;
    return entry;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesInMemory();
    void fileIsCreatedAndReopened();
    void instancesAreIndependent();
    void newerSchemaIsRefused();
    void openErrorsNamePathAndReason_data();
    void openErrorsNamePathAndReason();
    void vendorKeys();
    void profileHelpers();
    void profileValidity_data();
    void profileValidity();
    void connectionCrud();
    void uniqueName();
    void secretLookingKeys_data();
    void secretLookingKeys();
    void secretSettingsNeverReachSqlite();
    void requestLogAppendRecentPrune();
    void requestLogRedactsDefensively();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::migratesInMemory()
{
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(u":memory:"_s, &error), qPrintable(error));
    QVERIFY(workspace.isOpen());
    QCOMPARE(workspace.path(), u":memory:"_s);
    QVERIFY(Workspace::latestSchemaVersion() >= 1);
    QCOMPARE(workspace.schemaVersion(), Workspace::latestSchemaVersion());
    const QStringList objects = schemaObjects(workspace);
    QVERIFY(objects.contains(u"table:connections"_s));
    QVERIFY(objects.contains(u"table:request_log"_s));
    QVERIFY(objects.contains(u"index:request_log_time"_s));
    QCOMPARE(scalar(workspace, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QVERIFY(scalar(workspace, u"PRAGMA busy_timeout"_s).toInt() > 0);
    workspace.close();
    QVERIFY(!workspace.isOpen());
}

void TestWorkspace::fileIsCreatedAndReopened()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"nested/deeper/workspace.sqlite"_s);
    QVERIFY(!QFile::exists(path));
    qint64 id = 0;
    QStringList objectsBefore;
    {
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(workspace.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(scalar(workspace, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(workspace.schemaVersion(), Workspace::latestSchemaVersion());
        ConnectionStore store(workspace);
        ConnectionProfile profile = userProfileConnection(u"Production"_s);
        QVERIFY2(store.save(profile, &error), qPrintable(error));
        id = profile.id;
        objectsBefore = schemaObjects(workspace);
    }
    // Reopening runs no migration twice and keeps the data.
    Workspace again;
    QString error;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(schemaObjects(again), objectsBefore);
    ConnectionStore store(again);
    const std::optional<ConnectionProfile> loaded = store.byId(id);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->name, u"Production"_s);
    QCOMPARE(loaded->settings.value(u"apiKey"_s).toString(), u"site-key"_s);
    QCOMPARE(loaded->settings.value(u"rateLimit"_s).toInt(), 1000);
    // And a third open of the same object is harmless as well.
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QCOMPARE(ConnectionStore(again).list().size(), 1);
}

void TestWorkspace::instancesAreIndependent()
{
    Workspace a;
    Workspace b;
    QVERIFY(a.open(u":memory:"_s));
    QVERIFY(b.open(u":memory:"_s));
    ConnectionStore storeA(a);
    ConnectionProfile profile = userProfileConnection(u"Only in A"_s);
    QVERIFY(storeA.save(profile));
    QCOMPARE(ConnectionStore(a).list().size(), 1);
    QCOMPARE(ConnectionStore(b).list().size(), 0);
    QVERIFY(a.database().connectionName() != b.database().connectionName());
}

void TestWorkspace::newerSchemaIsRefused()
{
    const QString path = m_dir.filePath(u"future.sqlite"_s);
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
    }
    Workspace workspace;
    QString error;
    QVERIFY(!workspace.open(path, &error));
    QVERIFY(!workspace.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())), qPrintable(error));
    QVERIFY2(error.contains(u"999"_s), qPrintable(error));
}

void TestWorkspace::openErrorsNamePathAndReason_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("fileContent");   // written at path before opening (if not empty)
    QTest::addColumn<QString>("reason");           // part of the error text

    QTest::newRow("not a database") << u"garbage.sqlite"_s
                                    << QByteArray("this is not an SQLite database, just text. ").repeated(40)
                                    << u"not a database"_s;
    QTest::newRow("folder blocked by a file") << u"blocker/workspace.sqlite"_s << QByteArray() << u"blocker"_s;
}

void TestWorkspace::openErrorsNamePathAndReason()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, fileContent);
    QFETCH(QString, reason);
    const QString fullPath = m_dir.filePath(path);
    if (!fileContent.isEmpty()) {
        QFile file(fullPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileContent);
    } else {
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    Workspace workspace;
    QString error;
    QVERIFY(!workspace.open(fullPath, &error));
    QVERIFY(!workspace.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(fullPath)), qPrintable(error));
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
}

void TestWorkspace::vendorKeys()
{
    for (const Vendor vendor : {Vendor::UserProfile, Vendor::Rcdp, Vendor::Carma, Vendor::Esputnik}) {
        Vendor back = Vendor::Esputnik == vendor ? Vendor::UserProfile : Vendor::Esputnik;
        QVERIFY(vendorFromKey(vendorKey(vendor), &back));
        QCOMPARE(back, vendor);
        QVERIFY(!vendorDisplayName(vendor).isEmpty());
    }
    QCOMPARE(vendorKey(Vendor::UserProfile), u"userprofile"_s);
    Vendor unused = Vendor::Carma;
    QVERIFY(!vendorFromKey(u"nope"_s, &unused));
    QCOMPARE(unused, Vendor::Carma);
}

void TestWorkspace::profileHelpers()
{
    ConnectionProfile profile = userProfileConnection(u"Staging"_s);
    QCOMPARE(profile.secretKey(), u"connection/userprofile/Staging"_s);
    QCOMPARE(profile.setting(u"apiKey"_s), u"site-key"_s);
    QCOMPARE(profile.setting(u"missing"_s, u"fallback"_s), u"fallback"_s);
    QCOMPARE(profile.setting(u"rateLimit"_s), u"1000"_s);
}

void TestWorkspace::profileValidity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("missing");   // empty: valid

    QTest::newRow("complete") << u"P"_s << u"https://gateway.richrelevance.com/"_s << u"k"_s << u"c"_s << QString();
    QTest::newRow("loopback http") << u"Sandbox"_s << u"http://127.0.0.1:8080/"_s << u"k"_s << u"c"_s << QString();
    QTest::newRow("no name") << u" "_s << u"https://h.example/"_s << u"k"_s << u"c"_s << u"name"_s;
    QTest::newRow("no url") << u"P"_s << QString() << u"k"_s << u"c"_s << u"base URL"_s;
    QTest::newRow("not a web url") << u"P"_s << u"ftp://h.example/"_s << u"k"_s << u"c"_s << u"base URL"_s;
    QTest::newRow("no api key") << u"P"_s << u"https://h.example/"_s << QString() << u"c"_s << u"API key"_s;
    QTest::newRow("no client id") << u"P"_s << u"https://h.example/"_s << u"k"_s << QString() << u"client id"_s;
}

void TestWorkspace::profileValidity()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, apiKey);
    QFETCH(QString, clientId);
    QFETCH(QString, missing);
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = baseUrl;
    profile.settings = {{u"apiKey"_s, apiKey}, {u"clientId"_s, clientId}};
    QString why;
    QCOMPARE(profile.isValid(&why), missing.isEmpty());
    if (missing.isEmpty())
        QCOMPARE(why, QString());
    else
        QVERIFY2(why.contains(missing), qPrintable(why));
}

void TestWorkspace::connectionCrud()
{
    Workspace workspace;
    QVERIFY(workspace.open(u":memory:"_s));
    ConnectionStore store(workspace);
    QCOMPARE(store.list().size(), 0);

    ConnectionProfile production = userProfileConnection(u"Production"_s);
    ConnectionProfile sandbox = userProfileConnection(u"  Sandbox "_s);
    ConnectionProfile carma;
    carma.name = u"Carma live"_s;
    carma.vendor = Vendor::Carma;
    carma.baseUrl = u"https://www2.carmamail.com/rest/123/"_s;
    QString error;
    QVERIFY2(store.save(production, &error), qPrintable(error));
    QVERIFY2(store.save(sandbox, &error), qPrintable(error));
    QVERIFY2(store.save(carma, &error), qPrintable(error));
    QVERIFY(production.id > 0);
    QVERIFY(sandbox.id > production.id);
    QCOMPARE(sandbox.name, u"Sandbox"_s);   // trimmed

    // Ordered by vendor key, then name.
    QStringList names;
    for (const ConnectionProfile &p : store.list())
        names.append(p.name);
    QCOMPARE(names, (QStringList{u"Carma live"_s, u"Production"_s, u"Sandbox"_s}));

    const std::optional<ConnectionProfile> byName = store.byName(u"Sandbox"_s);
    QVERIFY(byName.has_value());
    QCOMPARE(byName->id, sandbox.id);
    QCOMPARE(byName->vendor, Vendor::UserProfile);
    QCOMPARE(byName->baseUrl, u"https://gateway.richrelevance.com/"_s);
    QCOMPARE(byName->settings, sandbox.settings);
    QCOMPARE(store.byId(carma.id)->vendor, Vendor::Carma);
    QVERIFY(!store.byName(u"Nope"_s).has_value());
    QVERIFY(!store.byId(9999).has_value());

    // Update in place: same id, new values.
    sandbox.name = u"Sandbox 2"_s;
    sandbox.baseUrl = u"http://127.0.0.1:1234/"_s;
    sandbox.settings.insert(u"apiKey"_s, u"other"_s);
    const qint64 id = sandbox.id;
    QVERIFY2(store.save(sandbox, &error), qPrintable(error));
    QCOMPARE(sandbox.id, id);
    QCOMPARE(store.byId(id)->name, u"Sandbox 2"_s);
    QCOMPARE(store.byId(id)->setting(u"apiKey"_s), u"other"_s);
    QVERIFY(!store.byName(u"Sandbox"_s).has_value());
    QCOMPARE(store.list().size(), 3);

    QVERIFY2(store.remove(id, &error), qPrintable(error));
    QVERIFY(!store.byId(id).has_value());
    QVERIFY(!store.remove(id, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.list().size(), 2);

    // Saving a removed connection again by id fails clearly instead of silently doing nothing.
    error.clear();
    QVERIFY(!store.save(sandbox, &error));
    QVERIFY(!error.isEmpty());

    ConnectionProfile unnamed = userProfileConnection(u"   "_s);
    QVERIFY(!store.save(unnamed, &error));
    QCOMPARE(unnamed.id, qint64(0));
}

void TestWorkspace::uniqueName()
{
    Workspace workspace;
    QVERIFY(workspace.open(u":memory:"_s));
    ConnectionStore store(workspace);
    ConnectionProfile first = userProfileConnection(u"Production"_s);
    QVERIFY(store.save(first));

    for (const QString &name : {u"Production"_s, u"production"_s}) {
        ConnectionProfile duplicate = userProfileConnection(name);
        QString error;
        QVERIFY(!store.save(duplicate, &error));
        QCOMPARE(duplicate.id, qint64(0));
        QVERIFY2(error.contains(u"Production"_s) && error.contains(u"already exists"_s), qPrintable(error));
    }
    // Renaming another connection onto the name fails too; saving itself under its name works.
    ConnectionProfile other = userProfileConnection(u"Other"_s);
    QVERIFY(store.save(other));
    other.name = u"PRODUCTION"_s;
    QString error;
    QVERIFY(!store.save(other, &error));
    QVERIFY(store.save(first, &error));
    QCOMPARE(store.list().size(), 2);
}

void TestWorkspace::secretLookingKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");

    QTest::newRow("apiKey") << u"apiKey"_s << false;
    QTest::newRow("clientId") << u"clientId"_s << false;
    QTest::newRow("tokenPath") << u"tokenPath"_s << false;
    QTest::newRow("tokenStyle") << u"tokenStyle"_s << false;
    QTest::newRow("token_url") << u"token_url"_s << false;
    QTest::newRow("rateLimit") << u"rateLimit"_s << false;
    QTest::newRow("tenantHash") << u"tenantHash"_s << false;
    QTest::newRow("clientSecret") << u"clientSecret"_s << true;
    QTest::newRow("client_secret") << u"client_secret"_s << true;
    QTest::newRow("SECRET") << u"SECRET"_s << true;
    QTest::newRow("password") << u"password"_s << true;
    QTest::newRow("userPassword") << u"userPassword"_s << true;
    QTest::newRow("passwd") << u"passwd"_s << true;
    QTest::newRow("token") << u"token"_s << true;
    QTest::newRow("accessToken") << u"accessToken"_s << true;
    QTest::newRow("refresh_token") << u"refresh_token"_s << true;
    QTest::newRow("X-Carma-Authentication-Token") << u"X-Carma-Authentication-Token"_s << true;
    QTest::newRow("oauth_key_secret") << u"oauth_key_secret"_s << true;
    QTest::newRow("privateKey") << u"privateKey"_s << true;
    QTest::newRow("APIToken") << u"APIToken"_s << true;
}

void TestWorkspace::secretLookingKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(ConnectionProfile::isSecretLookingKey(key), secret);
}

void TestWorkspace::secretSettingsNeverReachSqlite()
{
    Workspace workspace;
    QVERIFY(workspace.open(u":memory:"_s));
    ConnectionStore store(workspace);
    ConnectionProfile profile = userProfileConnection(u"Leaky"_s);
    profile.settings.insert(u"clientSecret"_s, u"s3cr3t-value-1"_s);
    profile.settings.insert(u"password"_s, u"s3cr3t-value-2"_s);
    profile.settings.insert(u"accessToken"_s, u"s3cr3t-value-3"_s);
    // The names of what was dropped are logged (never the values).
    const QRegularExpression dropped(u"Not storing secret-looking settings.*accessToken.*clientSecret.*password"_s);
    QTest::ignoreMessage(QtWarningMsg, dropped);
    QString error;
    QVERIFY2(store.save(profile, &error), qPrintable(error));

    // The caller's copy shows what was stored.
    QVERIFY(!profile.settings.contains(u"clientSecret"_s));
    QVERIFY(!profile.settings.contains(u"password"_s));
    QVERIFY(!profile.settings.contains(u"accessToken"_s));
    QVERIFY(profile.settings.contains(u"tokenPath"_s));

    const QString raw = scalar(workspace, u"SELECT settings_json FROM connections WHERE name = 'Leaky'"_s).toString();
    QVERIFY(raw.contains(u"site-key"_s));
    QVERIFY(raw.contains(u"tokenStyle"_s));
    QVERIFY2(!raw.contains(u"s3cr3t"_s), qPrintable(raw));
    QVERIFY(!raw.contains(u"clientSecret"_s));

    // An update cannot smuggle one in either.
    profile.settings.insert(u"client_secret"_s, u"s3cr3t-value-4"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Not storing secret-looking settings.*client_secret"_s));
    QVERIFY(store.save(profile));
    const QString dump = scalar(workspace, u"SELECT group_concat(settings_json || name || base_url) FROM connections"_s).toString();
    QVERIFY2(!dump.contains(u"s3cr3t"_s), qPrintable(dump));
    QVERIFY(!store.byName(u"Leaky"_s)->settings.contains(u"client_secret"_s));
}

void TestWorkspace::requestLogAppendRecentPrune()
{
    Workspace workspace;
    QVERIFY(workspace.open(u":memory:"_s));
    RequestLogStore log(workspace);
    const qint64 base = 1700000000000;
    for (int i = 0; i < 10; ++i) {
        RequestLogEntry entry = logEntry(base + i * 1000, u"https://h.example/rruserprofile/api/v1/x/u%1"_s.arg(i),
                                         i == 7 ? 503 : 200);
        QVERIFY(log.append(entry));
        QVERIFY(entry.id > 0);
    }
    QCOMPARE(log.count(), 10);

    const QList<RequestLogEntry> five = log.recent(5);
    QCOMPARE(five.size(), 5);
    QCOMPARE(five.first().time, QDateTime::fromMSecsSinceEpoch(base + 9000, Qt::UTC));
    QCOMPARE(five.last().time, QDateTime::fromMSecsSinceEpoch(base + 5000, Qt::UTC));
    for (int i = 1; i < five.size(); ++i)
        QVERIFY(five.at(i - 1).time > five.at(i).time);
    const RequestLogEntry &failed = five.at(2);
    QCOMPARE(failed.httpStatus, 503);
    QCOMPARE(failed.outcome, u"http"_s);
    QCOMPARE(failed.method, QByteArrayLiteral("GET"));
    QCOMPARE(failed.connection, u"Sandbox"_s);
    QCOMPARE(failed.durationMs, qint64(12));
    QCOMPARE(failed.bytesReceived, qint64(345));
    QCOMPARE(failed.attempt, 1);
    QCOMPARE(failed.time.timeSpec(), Qt::UTC);

    QVERIFY(log.prune(3));
    const QList<RequestLogEntry> kept = log.recent();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first().time, QDateTime::fromMSecsSinceEpoch(base + 9000, Qt::UTC));
    QCOMPARE(kept.last().time, QDateTime::fromMSecsSinceEpoch(base + 7000, Qt::UTC));
    QVERIFY(log.prune(10));
    QCOMPARE(log.count(), 3);

    QVERIFY(log.clear());
    QCOMPARE(log.count(), 0);
    QCOMPARE(log.recent().size(), 0);
}

void TestWorkspace::requestLogRedactsDefensively()
{
    Workspace workspace;
    QVERIFY(workspace.open(u":memory:"_s));
    RequestLogStore log(workspace);
    RequestLogEntry entry = logEntry(1700000000000,
                                     u"https://h.example/rruserprofile/v1/oauth2/token?grant_type=client_credentials"
                                     "&client_id=abc&client_secret=topsecret99"_s,
                                     401);
    entry.message = u"Bearer eyJhbGciOiJIUzI1NiJ9.abc rejected for jane.doe@example.com, call +380671234567"_s;
    QVERIFY(log.append(entry));

    const QList<RequestLogEntry> stored = log.recent(1);
    QCOMPARE(stored.size(), 1);
    for (const RequestLogEntry &e : {entry, stored.first()}) {
        QVERIFY2(!e.url.contains(u"topsecret99"_s), qPrintable(e.url));
        QVERIFY(e.url.contains(u"client_secret=REDACTED"_s));
        QVERIFY(e.url.contains(u"grant_type=client_credentials"_s));
        QVERIFY2(!e.message.contains(u"eyJhbGciOiJIUzI1NiJ9"_s), qPrintable(e.message));
        QVERIFY2(!e.message.contains(u"jane.doe@example.com"_s), qPrintable(e.message));
        QVERIFY2(!e.message.contains(u"0671234567"_s), qPrintable(e.message));
    }
    const QString dump = scalar(workspace, u"SELECT group_concat(url || message) FROM request_log"_s).toString();
    QVERIFY(!dump.contains(u"topsecret99"_s));
    QVERIFY(!dump.contains(u"jane.doe"_s));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
