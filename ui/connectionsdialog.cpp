#include "connectionsdialog.h"

#include "formatting.h"
#include "icons.h"

#include "session/carmasettings.h"
#include "session/connectionsettings.h"
#include "session/esputniksettings.h"
#include "session/consolesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cdp::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ConnectionsDialog::ConnectionsDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(Icons::icon(QStringLiteral("add")), tr("&New"), this))
    , m_deleteButton(new QPushButton(Icons::icon(QStringLiteral("remove")), tr("&Delete"), this))
    , m_vendor(new QComboBox(this))
    , m_tenantHash(new QLineEdit(this))
    , m_customerId(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_tokenPath(new QComboBox(this))
    , m_style(new QComboBox(this))
    , m_rateLimit(new QSpinBox(this))
    , m_backendNote(new QLabel(this))
    , m_result(new QLabel(this))
    , m_testButton(new QPushButton(Icons::icon(QStringLiteral("test-connection")), tr("&Test"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
    , m_useButton(new QPushButton(tr("&Use This Connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Connections"));
    setWindowIcon(Icons::icon(QStringLiteral("connections")));

    m_list->setMinimumWidth(180);
    m_list->setAlternatingRowColors(true);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_vendor->addItem(vendorDisplayName(Vendor::UserProfile), int(Vendor::UserProfile));
    m_vendor->addItem(vendorDisplayName(Vendor::Rcdp), int(Vendor::Rcdp));
    m_vendor->addItem(vendorDisplayName(Vendor::Carma), int(Vendor::Carma));
    m_vendor->addItem(vendorDisplayName(Vendor::Esputnik), int(Vendor::Esputnik));
    m_vendor->setToolTip(tr("The service of the connection; chosen when the connection is created"));
    m_tenantHash->setPlaceholderText(tr("The tenant_hash Algonomy issued for the tenant"));
    m_customerId->setPlaceholderText(tr("The numeric customer id of the Carma account"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://gateway.richrelevance.com/"));
    m_apiKey->setPlaceholderText(tr("The site's API key"));
    m_clientId->setPlaceholderText(tr("From Algonomy support"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_tokenPath->addItem(QStringLiteral("/rruserprofile/api/v1/oauth2/token"), false);
    m_tokenPath->addItem(QStringLiteral("/rruserprofile/v1/oauth2/token"), true);
    m_tokenPath->setItemData(0, tr("The path of the documented cURL example"), Qt::ToolTipRole);
    m_tokenPath->setItemData(1, tr("The shorter path the documentation also shows"), Qt::ToolTipRole);
    m_style->addItem(tr("Form body"), int(OAuth2ClientCredentials::ParameterStyle::FormBody));
    m_style->addItem(tr("Query string"), int(OAuth2ClientCredentials::ParameterStyle::QueryString));
    m_rateLimit->setRange(1, 1000000);
    m_rateLimit->setSingleStep(100);
    m_rateLimit->setSuffix(tr(" requests/min"));
    m_rateLimit->setToolTip(tr("The console stays under this many requests per minute for this API key."));

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Ser&vice:"), m_vendor);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Tenant hash:"), m_tenantHash);
    form->addRow(tr("C&ustomer id:"), m_customerId);
    form->addRow(tr("&API key:"), m_apiKey);
    form->addRow(tr("Client &ID:"), m_clientId);
    m_secretLabel = new QLabel(tr("Client se&cret:"), this);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(tr("Token &endpoint:"), m_tokenPath);
    form->addRow(tr("&Parameters:"), m_style);
    form->addRow(tr("Rate &limit:"), m_rateLimit);

    m_backendNote->setWordWrap(true);
    m_backendNote->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 2);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_testButton);
    actions->addStretch();
    actions->addWidget(m_useButton);
    actions->addWidget(m_revertButton);
    actions->addWidget(m_saveButton);

    auto *group = new QGroupBox(tr("Connection"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_backendNote);
    groupLayout->addWidget(m_result);
    groupLayout->addStretch();
    groupLayout->addLayout(actions);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(group, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    m_saveButton->setDefault(true);
    resize(760, 440);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::onRowChanged);
    connect(m_list, &QListWidget::itemActivated, this, &ConnectionsDialog::useSelected);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionsDialog::newConnection);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionsDialog::deleteSelected);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionsDialog::testCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ConnectionsDialog::revert);
    connect(m_useButton, &QPushButton::clicked, this, &ConnectionsDialog::useSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this] {
        updateVendorFields();
        if (m_loading)
            return;
        // A new connection starts from the chosen service's documented rate limit.
        if (m_shown.id == 0) {
            m_rateLimit->setValue(formVendor() == Vendor::Esputnik ? EsputnikSettings::DefaultRateLimitPerMinute
                                  : formVendor() == Vendor::Rcdp   ? RcdpSettings::DefaultRateLimitPerMinute
                                                                   : UserProfileSettings::DefaultRateLimitPerMinute);
        }
        setDirty(true);
    });
    for (QLineEdit *edit : {m_name, m_baseUrl, m_tenantHash, m_customerId, m_apiKey, m_clientId, m_secret})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_tokenPath, &QComboBox::currentIndexChanged, this, [this] { if (!m_loading) setDirty(true); });
    connect(m_style, &QComboBox::currentIndexChanged, this, [this] { if (!m_loading) setDirty(true); });
    connect(m_rateLimit, &QSpinBox::valueChanged, this, [this] { if (!m_loading) setDirty(true); });

    connect(session, &ConsoleSession::secretBackendChanged, this, &ConnectionsDialog::updateBackendNote);
    connect(session, &ConsoleSession::currentConnectionChanged, this, [this] { setDirty(m_dirty); });

    updateBackendNote();
    reloadList(session->currentConnectionName());
    if (m_list->count() == 0)
        newConnection();
}

QString ConnectionsDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

QString ConnectionsDialog::resultText() const
{
    return m_result->text();
}

void ConnectionsDialog::selectConnection(const QString &name)
{
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.constFirst());
}

void ConnectionsDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<ConnectionProfile> profiles = m_session->connections();
    int row = profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("connections")), profile.name, m_list);
        item->setData(IdRole, profile.id);
        item->setToolTip(vendorDisplayName(profile.vendor) + QStringLiteral("\n") + profile.baseUrl);
        if (profile.name == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    if (row >= 0)
        showProfile(profiles.at(row));
}

void ConnectionsDialog::onRowChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const QList<ConnectionProfile> profiles = m_session->connections();
    for (const ConnectionProfile &profile : profiles) {
        if (profile.id == id) {
            showProfile(profile);
            return;
        }
    }
}

void ConnectionsDialog::showProfile(const ConnectionProfile &profile)
{
    m_loading = true;
    m_shown = profile;
    m_vendor->setCurrentIndex(m_vendor->findData(int(profile.vendor)));
    m_vendor->setEnabled(profile.id == 0);
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl);
    m_tenantHash->setText(RcdpSettings::tenantHash(profile));
    m_customerId->setText(CarmaSettings::customerId(profile));
    m_apiKey->setText(UserProfileSettings::apiKey(profile));
    m_clientId->setText(UserProfileSettings::clientId(profile));
    m_secret->clear();
    m_tokenPath->setCurrentIndex(UserProfileSettings::legacyTokenPath(profile) ? 1 : 0);
    m_style->setCurrentIndex(
        UserProfileSettings::parameterStyle(profile) == OAuth2ClientCredentials::ParameterStyle::QueryString ? 1 : 0);
    switch (profile.vendor) {
    case Vendor::Rcdp:
        m_rateLimit->setValue(RcdpSettings::rateLimitPerMinute(profile));
        break;
    case Vendor::Esputnik:
        m_rateLimit->setValue(EsputnikSettings::rateLimitPerMinute(profile));
        break;
    case Vendor::UserProfile:
    case Vendor::Carma:
        m_rateLimit->setValue(UserProfileSettings::rateLimitPerMinute(profile));
        break;
    }
    updateVendorFields();
    m_loading = false;
    m_result->clear();
    setDirty(false);

    // Only whether a secret exists is kept; the value itself is dropped here.
    m_secretStored = false;
    updateSecretHint();
    if (profile.id != 0) {
        const qint64 id = profile.id;
        m_session->secretStore().read(profile.secretKey(), this, [this, id](bool found, const QString &, const QString &) {
            if (m_shown.id == id) {
                m_secretStored = found;
                updateSecretHint();
            }
        });
    }
}

ConnectionProfile ConnectionsDialog::profileFromForm() const
{
    ConnectionProfile profile = m_shown;
    profile.vendor = formVendor();
    profile.name = m_name->text().trimmed();
    profile.baseUrl = m_baseUrl->text().trimmed();
    if (profile.vendor == Vendor::Rcdp) {
        RcdpSettings::setTenantHash(profile, m_tenantHash->text());
        RcdpSettings::setRateLimitPerMinute(profile, m_rateLimit->value());
        return profile;
    }
    if (profile.vendor == Vendor::Carma) {
        CarmaSettings::setCustomerId(profile, m_customerId->text().trimmed());
        return profile;
    }
    if (profile.vendor == Vendor::Esputnik) {
        EsputnikSettings::setRateLimitPerMinute(profile, m_rateLimit->value());
        return profile;
    }
    UserProfileSettings::setApiKey(profile, m_apiKey->text());
    UserProfileSettings::setClientId(profile, m_clientId->text());
    UserProfileSettings::setLegacyTokenPath(profile, m_tokenPath->currentData().toBool());
    UserProfileSettings::setParameterStyle(
        profile, OAuth2ClientCredentials::ParameterStyle(m_style->currentData().toInt()));
    UserProfileSettings::setRateLimitPerMinute(profile, m_rateLimit->value());
    return profile;
}

void ConnectionsDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    const bool isNew = m_shown.id == 0;
    m_list->setEnabled(!dirty);
    m_addButton->setEnabled(!dirty);
    m_deleteButton->setEnabled(!dirty && !isNew);
    m_saveButton->setEnabled(dirty || isNew);
    m_revertButton->setEnabled(dirty);
    // Carma and eSputnik connections are picked where they are used (import wizard, event composer).
    const bool selectable = m_shown.vendor == Vendor::UserProfile || m_shown.vendor == Vendor::Rcdp;
    m_useButton->setEnabled(selectable && !dirty && !isNew && m_shown.name != m_session->currentConnectionName());
    m_list->setToolTip(dirty ? tr("Save or revert the changes first.") : QString());
}

Vendor ConnectionsDialog::formVendor() const
{
    return Vendor(m_vendor->currentData().toInt());
}

void ConnectionsDialog::updateVendorFields()
{
    const Vendor vendor = formVendor();
    const bool rcdp = vendor == Vendor::Rcdp;
    const bool userProfile = vendor == Vendor::UserProfile;
    m_form->setRowVisible(m_tenantHash, rcdp);
    m_form->setRowVisible(m_customerId, vendor == Vendor::Carma);
    m_form->setRowVisible(m_apiKey, userProfile);
    m_form->setRowVisible(m_clientId, userProfile);
    m_form->setRowVisible(m_tokenPath, userProfile);
    m_form->setRowVisible(m_style, userProfile);
    m_form->setRowVisible(m_rateLimit, vendor != Vendor::Carma);
    // Carma and eSputnik have no sign-in endpoint of their own: their first call tells.
    const bool testable = rcdp || userProfile;
    m_testButton->setEnabled(testable);
    m_testButton->setToolTip(testable ? QString()
                                      : tr("%1 has no sign-in check; the first request shows whether the "
                                           "credentials work (see the Request Log).")
                                            .arg(vendorDisplayName(vendor)));
    switch (vendor) {
    case Vendor::Rcdp:
        m_secretLabel->setText(tr("OAuth key se&cret:"));
        m_baseUrl->setPlaceholderText(QStringLiteral("https://api-dev.algonomy.com/rcdpapi"));
        m_baseUrl->setToolTip(tr("The B2B API URL including its path prefix (e.g. /rcdpapi)"));
        m_rateLimit->setToolTip(tr("The console stays under this many requests per minute for this tenant."));
        break;
    case Vendor::Carma:
        m_secretLabel->setText(tr("API &token:"));
        m_baseUrl->setPlaceholderText(QStringLiteral("https://www3.carmamail.com/rest/"));
        m_baseUrl->setToolTip(tr("The REST base without the customer id (…/rest/)"));
        break;
    case Vendor::Esputnik:
        m_secretLabel->setText(tr("API &key:"));
        m_baseUrl->setPlaceholderText(QStringLiteral("https://esputnik.com/api/"));
        m_baseUrl->setToolTip(tr("The API root including /api/ (e.g. https://yespo.io/api/)"));
        m_rateLimit->setToolTip(tr("The console stays under this many requests per minute for this API key."));
        break;
    case Vendor::UserProfile:
        m_secretLabel->setText(tr("Client se&cret:"));
        m_baseUrl->setPlaceholderText(QStringLiteral("https://gateway.richrelevance.com/"));
        m_baseUrl->setToolTip(QString());
        m_rateLimit->setToolTip(tr("The console stays under this many requests per minute for this API key."));
        break;
    }
    updateSecretHint();
}

void ConnectionsDialog::updateSecretHint()
{
    const Vendor vendor = formVendor();
    if (vendor == Vendor::Carma || vendor == Vendor::Esputnik) {
        const QString where = m_session->secretsInMemoryOnly() ? tr("Kept in memory") : tr("Stored in the keyring");
        m_secret->setPlaceholderText(m_secretStored ? tr("%1; leave empty to keep it").arg(where)
                                     : vendor == Vendor::Carma ? tr("The X-Carma-Authentication-Token")
                                                               : tr("The API key (the Basic-auth password)"));
        return;
    }
    if (vendor == Vendor::Rcdp) {
        const QString where = m_session->secretsInMemoryOnly() ? tr("Kept in memory") : tr("Stored in the keyring");
        m_secret->setPlaceholderText(m_secretStored ? tr("%1; leave empty to keep it").arg(where)
                                                    : tr("The oauth_key_secret (empty when the tenant has no OAuth)"));
        return;
    }
    if (m_session->secretsInMemoryOnly())
        m_secret->setPlaceholderText(m_secretStored ? tr("Kept in memory; leave empty to keep it")
                                                    : tr("Enter the client secret"));
    else
        m_secret->setPlaceholderText(m_secretStored ? tr("Stored in the keyring; leave empty to keep it")
                                                    : tr("Enter the client secret"));
}

void ConnectionsDialog::updateBackendNote()
{
    const bool memoryOnly = m_session->secretsInMemoryOnly();
    m_backendNote->setText(memoryOnly ? tr("Secret storage: %1.").arg(m_session->secretBackendDescription())
                                      : QString());
    m_backendNote->setVisible(memoryOnly);
    updateSecretHint();
}

void ConnectionsDialog::setResult(const QString &text, bool error)
{
    m_result->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1e6b33;"));
    m_result->setText(text);
}

void ConnectionsDialog::newConnection()
{
    ConnectionProfile draft;
    draft.vendor = Vendor::UserProfile;
    draft.name = tr("New connection");
    UserProfileSettings::setRateLimitPerMinute(draft, UserProfileSettings::DefaultRateLimitPerMinute);
    m_list->clearSelection();
    showProfile(draft);
    setDirty(true);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionsDialog::revert()
{
    if (m_shown.id == 0) {
        reloadList(m_session->currentConnectionName());
        if (m_list->count() == 0)
            newConnection();
        return;
    }
    showProfile(m_shown);
}

void ConnectionsDialog::save()
{
    const ConnectionProfile profile = profileFromForm();
    QString why;
    bool complete = false;
    switch (profile.vendor) {
    case Vendor::Rcdp:
        complete = RcdpSettings::isComplete(profile, &why);
        break;
    case Vendor::Carma:
        complete = CarmaSettings::isComplete(profile, &why);
        break;
    case Vendor::Esputnik:
        complete = EsputnikSettings::isComplete(profile, &why);
        break;
    case Vendor::UserProfile:
        complete = UserProfileSettings::isComplete(profile, &why);
        break;
    }
    if (!complete) {
        setResult(why, true);
        return;
    }
    const QString secret = m_secret->text();
    // The RCDP tenant may have OAuth disabled (no secret); every other service needs its secret.
    if (profile.vendor != Vendor::Rcdp && secret.isEmpty() && !m_secretStored) {
        setResult(profile.vendor == Vendor::Carma      ? tr("Enter the API token: imports cannot be sent without it.")
                  : profile.vendor == Vendor::Esputnik ? tr("Enter the API key: events cannot be sent without it.")
                                                       : tr("Enter the client secret: the connection cannot sign in without it."),
                  true);
        m_secret->setFocus();
        return;
    }
    m_saveButton->setEnabled(false);
    m_session->saveConnection(profile, secret.isEmpty() ? std::nullopt : std::optional<QString>(secret), this,
                              [this](bool ok, const QString &error, const ConnectionProfile &saved) {
        if (!ok && saved.id == 0) {
            setResult(error, true);
            m_saveButton->setEnabled(true);
            return;
        }
        setDirty(false);
        reloadList(saved.name);
        if (ok)
            setResult(tr("Saved."), false);
        else
            setResult(error, true);
        emit this->saved(saved.name);
    });
}

void ConnectionsDialog::deleteSelected()
{
    if (m_shown.id == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Connection"),
                                tr("Delete the connection \"%1\" and its stored secret?").arg(m_shown.name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    const qint64 id = m_shown.id;
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_session->removeConnection(id, this, [this](bool ok, const QString &error) {
            reloadList(m_session->currentConnectionName());
            if (m_list->count() == 0)
                newConnection();
            setResult(ok ? tr("Deleted.") : error, !ok || !error.isEmpty());
        });
    });
    box->open();
}

void ConnectionsDialog::testCurrent()
{
    const ConnectionProfile profile = profileFromForm();
    if (profile.vendor != Vendor::Rcdp && profile.vendor != Vendor::UserProfile)
        return; // no sign-in check (the button is disabled)
    const QString secret = m_secret->text();
    m_testButton->setEnabled(false);
    setResult(tr("Requesting a token…"), false);
    m_session->testConnection(profile, secret.isEmpty() ? std::nullopt : std::optional<QString>(secret), this,
                              [this](const ConsoleSession::TokenTest &result) {
        m_testButton->setEnabled(true);
        if (result.error.isError()) {
            const QString text = tr("The token request failed: %1").arg(result.error.toDisplayString());
            setResult(text, true);
            emit tested(false, text);
            return;
        }
        const QString text = tr("Signed in. The token is valid for %1 (until %2).")
                                 .arg(Format::duration(result.lifetimeSeconds), Format::localTime(result.expiresAt));
        setResult(text, false);
        emit tested(true, text);
    });
}

void ConnectionsDialog::useSelected()
{
    if (m_dirty || m_shown.id == 0)
        return;
    m_session->selectConnection(m_shown.name);
    setResult(tr("\"%1\" is now the current connection.").arg(m_shown.name), false);
}

} // namespace cdp::ui
