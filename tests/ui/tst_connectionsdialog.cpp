// The Connections dialog offscreen against a real cdp-sandbox: test a connection (a real token
// request, lifetime in words), a wrong secret in words, create/edit/rename/delete with the secret
// going only to SecretStore.

#include "uisessionfixture.h"

#include "connectionsdialog.h"
#include "session/carmasettings.h"
#include "session/esputniksettings.h"

#include "auth/secretstore.h"
#include "session/connectionsettings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using cdp::ui::ConnectionsDialog;

class TestConnectionsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testingTheSandboxReportsTheTokenLifetime();
    void testingAWrongSecretSaysSoInWords();
    void createRenameAndDeleteAConnection();
    void incompleteConnectionIsNotSaved();
    void carmaAndEsputnikConnectionsKeepTheirSecretsInTheStore_data();
    void carmaAndEsputnikConnectionsKeepTheirSecretsInTheStore();

private:
    std::optional<QString> storedSecret(const QString &key);
    cdp::test::UiSessionFixture m_fixture;
};

void TestConnectionsDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QVERIFY(m_fixture.startDemo());
}

std::optional<QString> TestConnectionsDialog::storedSecret(const QString &key)
{
    std::optional<QString> result;
    bool done = false;
    m_fixture.session().secretStore().read(key, this, [&](bool found, const QString &secret, const QString &) {
        if (found)
            result = secret;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return std::nullopt;
    return result;
}

void TestConnectionsDialog::testingTheSandboxReportsTheTokenLifetime()
{
    ConnectionsDialog dialog(&m_fixture.session());
    dialog.show();
    QCOMPARE(dialog.selectedName(), u"Sandbox"_s);
    QSignalSpy tested(&dialog, &ConnectionsDialog::tested);
    dialog.testCurrent();   // the secret field is empty: the stored secret is used
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
    QCOMPARE(tested.at(0).at(0).toBool(), true);
    const QString message = tested.at(0).at(1).toString();
    QVERIFY2(message.contains(u"valid for 8 h 0 min"_s) || message.contains(u"valid for 7 h 59 min"_s),
             qPrintable(message));
    QCOMPARE(dialog.resultText(), message);
}

void TestConnectionsDialog::testingAWrongSecretSaysSoInWords()
{
    ConnectionsDialog dialog(&m_fixture.session());
    dialog.show();
    QTest::keyClicks(dialog.secretEdit(), u"definitely-not-the-secret"_s);
    QSignalSpy tested(&dialog, &ConnectionsDialog::tested);
    dialog.testCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    const QString message = tested.at(0).at(1).toString();
    QVERIFY2(message.contains(u"401"_s), qPrintable(message));
    QVERIFY(!message.contains(u"definitely-not-the-secret"_s));
    dialog.revert();
    QVERIFY(!dialog.hasUnsavedChanges());
}

void TestConnectionsDialog::createRenameAndDeleteAConnection()
{
    cdp::ConsoleSession &session = m_fixture.session();
    const int before = int(session.connections().size());
    ConnectionsDialog dialog(&session);
    dialog.show();

    dialog.newConnection();
    QVERIFY(dialog.hasUnsavedChanges());
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), u"Staging"_s);
    QTest::keyClicks(dialog.baseUrlEdit(), m_fixture.sandbox().baseUrl().toString());
    QTest::keyClicks(dialog.apiKeyEdit(), m_fixture.sandbox().apiKey());
    QTest::keyClicks(dialog.clientIdEdit(), m_fixture.sandbox().clientId());
    QTest::keyClicks(dialog.secretEdit(), m_fixture.sandbox().clientSecret());
    QSignalSpy saved(&dialog, &ConnectionsDialog::saved);
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
    QCOMPARE(session.connections().size(), before + 1);
    const std::optional<cdp::ConnectionProfile> staging = [&]() -> std::optional<cdp::ConnectionProfile> {
        for (const cdp::ConnectionProfile &p : session.connections())
            if (p.name == u"Staging"_s)
                return p;
        return std::nullopt;
    }();
    QVERIFY(staging);
    QCOMPARE(cdp::UserProfileSettings::rateLimitPerMinute(*staging), 1000);
    // The secret is in SecretStore, not in the profile's settings, and the field is cleared.
    for (auto it = staging->settings.cbegin(); it != staging->settings.cend(); ++it)
        QVERIFY(it.value().toString() != m_fixture.sandbox().clientSecret());
    QVERIFY(dialog.secretEdit()->text().isEmpty());
    QCOMPARE(storedSecret(staging->secretKey()), std::optional<QString>(m_fixture.sandbox().clientSecret()));

    // Rename: the stored secret moves to the new key.
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), u"Staging EU"_s);
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 5000);
    cdp::ConnectionProfile renamed = *staging;
    renamed.name = u"Staging EU"_s;
    QTRY_COMPARE(storedSecret(renamed.secretKey()), std::optional<QString>(m_fixture.sandbox().clientSecret()));
    QCOMPARE(storedSecret(staging->secretKey()), std::nullopt);

    // The renamed connection signs in with the moved secret.
    QSignalSpy tested(&dialog, &ConnectionsDialog::tested);
    dialog.testCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));

    // Delete (after confirming) removes the profile and its secret.
    QCOMPARE(dialog.selectedName(), u"Staging EU"_s);
    dialog.deleteSelected();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = dialog.findChild<QMessageBox *>()) && confirm->isVisible());
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(session.connections().size(), before);
    QTRY_COMPARE(storedSecret(renamed.secretKey()), std::nullopt);
    QCOMPARE(session.currentConnectionName(), u"Sandbox"_s);
}

void TestConnectionsDialog::incompleteConnectionIsNotSaved()
{
    cdp::ConsoleSession &session = m_fixture.session();
    const int before = int(session.connections().size());
    ConnectionsDialog dialog(&session);
    dialog.show();
    dialog.newConnection();
    QTest::keyClicks(dialog.baseUrlEdit(), u"not a url"_s);
    dialog.save();
    QVERIFY(dialog.resultText().contains(u"base URL"_s));
    QCOMPARE(session.connections().size(), before);
}

void TestConnectionsDialog::carmaAndEsputnikConnectionsKeepTheirSecretsInTheStore_data()
{
    QTest::addColumn<int>("vendor");
    QTest::addColumn<QString>("name");
    QTest::newRow("carma") << int(cdp::Vendor::Carma) << u"Carma Staging"_s;
    QTest::newRow("esputnik") << int(cdp::Vendor::Esputnik) << u"eSputnik Staging"_s;
}

void TestConnectionsDialog::carmaAndEsputnikConnectionsKeepTheirSecretsInTheStore()
{
    QFETCH(int, vendor);
    QFETCH(QString, name);
    cdp::ConsoleSession &session = m_fixture.session();
    ConnectionsDialog dialog(&session);
    dialog.show();
    dialog.newConnection();
    dialog.vendorBox()->setCurrentIndex(dialog.vendorBox()->findData(vendor));
    const bool carma = vendor == int(cdp::Vendor::Carma);
    QCOMPARE(dialog.customerIdEdit()->isVisibleTo(&dialog), carma);
    QVERIFY(!dialog.apiKeyEdit()->isVisibleTo(&dialog));
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), name);
    const QString baseUrl = carma ? m_fixture.sandbox().baseUrl().toString() + u"rest/"_s
                                  : m_fixture.sandbox().baseUrl().toString() + u"api/"_s;
    QTest::keyClicks(dialog.baseUrlEdit(), baseUrl);
    if (carma)
        QTest::keyClicks(dialog.customerIdEdit(), QString::number(m_fixture.sandbox().carmaCustomerId()));
    const QString secret = carma ? QString::fromLatin1(m_fixture.sandbox().carmaToken())
                                 : QString::fromLatin1(m_fixture.sandbox().esputnikApiKey());

    // Without the secret nothing is saved, and the message says what is missing.
    QSignalSpy saved(&dialog, &ConnectionsDialog::saved);
    dialog.save();
    QCOMPARE(saved.size(), 0);
    QVERIFY2(dialog.resultText().contains(carma ? u"API token"_s : u"API key"_s), qPrintable(dialog.resultText()));

    QTest::keyClicks(dialog.secretEdit(), secret);
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
    std::optional<cdp::ConnectionProfile> profile;
    for (const cdp::ConnectionProfile &p : session.connections())
        if (p.name == name)
            profile = p;
    QVERIFY(profile);
    QCOMPARE(int(profile->vendor), vendor);
    if (carma)
        QCOMPARE(cdp::CarmaSettings::customerId(*profile), QString::number(m_fixture.sandbox().carmaCustomerId()));
    else
        QCOMPARE(cdp::EsputnikSettings::rateLimitPerMinute(*profile), cdp::EsputnikSettings::DefaultRateLimitPerMinute);
    for (auto it = profile->settings.cbegin(); it != profile->settings.cend(); ++it)
        QVERIFY(it.value().toString() != secret);
    QCOMPARE(storedSecret(profile->secretKey()), std::optional<QString>(secret));
    // Neither service has a sign-in check, and neither becomes the Profile Timeline's connection.
    QVERIFY(!dialog.testButton()->isEnabled());
    QVERIFY(!dialog.useButton()->isEnabled());
    session.removeConnection(profile->id, this, [](bool, const QString &) {});
    QTRY_VERIFY_WITH_TIMEOUT(!storedSecret(profile->secretKey()).has_value(), 5000);
}

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"

