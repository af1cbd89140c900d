#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cdp {

enum class Vendor { UserProfile, Rcdp, Carma, Esputnik };

QString vendorKey(Vendor vendor);              // "userprofile", "rcdp", "carma", "esputnik"
QString vendorDisplayName(Vendor vendor);      // "Algonomy User Profile API" ...
bool vendorFromKey(const QString &key, Vendor *vendor);

// An environment of one vendor. Only non-secret settings live here (and so in SQLite);
// the secret lives in SecretStore under secretKey().
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(cdp::ConnectionProfile)

public:
    qint64 id = 0;            // 0 until saved
    QString name;             // unique, e.g. "Sandbox", "Production"
    Vendor vendor = Vendor::UserProfile;
    QString baseUrl;          // e.g. https://gateway.richrelevance.com/
    QVariantMap settings;     // UserProfile: apiKey, clientId, tokenPath ("api/v1"|"v1"), tokenStyle ("form"|"query"), rateLimit (per min)

    QString setting(const QString &key, const QString &fallback = {}) const;
    QString secretKey() const;  // "connection/<vendorKey>/<name>"
    bool isValid(QString *why = nullptr) const;   // why: a translated sentence naming what is missing

    // Setting names whose values would be secrets: any word "secret", "password", "passwd",
    // "credential(s)" or "private", or a last word "token(s)" ("accessToken", "refresh_token";
    // not "tokenPath" or "tokenStyle"). Such settings are never stored (ConnectionStore strips them).
    static bool isSecretLookingKey(const QString &key);
    // Removes secret-looking settings; returns the names removed.
    QStringList stripSecretLookingSettings();
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::ConnectionProfile)
