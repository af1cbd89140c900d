#pragma once

#include "store/connectionprofile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace cdp {
class ConsoleSession;
}

namespace cdp::ui {

// Create, edit, delete and test connections of the Algonomy User Profile API and the Algonomy
// Real-time CDP (base URL with its prefix, tenant hash, OAuth key secret, rate limit). Non-secret settings go to the workspace through
// ConsoleSession; the client secret goes only to SecretStore and is never shown again (the field
// stays empty and masked; leaving it empty keeps the stored secret).
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionsDialog(ConsoleSession *session, QWidget *parent = nullptr);

    void selectConnection(const QString &name);
    QString selectedName() const;
    bool hasUnsavedChanges() const { return m_dirty; }

    // For tests and the screenshot: the widgets operators type into.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QComboBox *parameterStyleBox() const { return m_style; }
    QComboBox *tokenPathBox() const { return m_tokenPath; }
    QComboBox *vendorBox() const { return m_vendor; }
    QLineEdit *tenantHashEdit() const { return m_tenantHash; }
    QLineEdit *customerIdEdit() const { return m_customerId; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *useButton() const { return m_useButton; }
    QSpinBox *rateLimitBox() const { return m_rateLimit; }
    QString resultText() const;

public Q_SLOTS:
    void newConnection();
    void save();
    void revert();
    void deleteSelected();
    void testCurrent();
    void useSelected();

Q_SIGNALS:
    void saved(const QString &name);
    void tested(bool ok, const QString &message);

private:
    void reloadList(const QString &select);
    void showProfile(const ConnectionProfile &profile);
    ConnectionProfile profileFromForm() const;
    void setDirty(bool dirty);
    void updateSecretHint();
    void updateVendorFields();
    Vendor formVendor() const;
    void updateBackendNote();
    void setResult(const QString &text, bool error);
    void onRowChanged();

    ConsoleSession *m_session;
    ConnectionProfile m_shown;       // as stored (id 0 for a new draft)
    QString m_lastSavedName;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_secretStored = false;

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QComboBox *m_vendor;
    QFormLayout *m_form = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_tenantHash;
    QLineEdit *m_customerId;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QComboBox *m_tokenPath;
    QComboBox *m_style;
    QSpinBox *m_rateLimit;
    QLabel *m_backendNote;
    QLabel *m_result;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_useButton;
    QDialogButtonBox *m_buttons;
};

} // namespace cdp::ui
