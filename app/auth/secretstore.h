#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace cdp {

// Secrets (client secrets, API keys used as passwords, tokens worth keeping) in the OS keyring
// via QtKeychain. Where no keyring service answers (CI, headless), secrets are kept in memory for
// this session only and backendDescription() says so. Never written to QSettings, SQLite or logs.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Unknown, Keyring, Memory };

    explicit SecretStore(const QString &service = QStringLiteral("cdp-console"), QObject *parent = nullptr);
    ~SecretStore() override;

    // Tries the keyring once (write/read/delete of a probe entry). The environment variable
    // CDP_SECRET_BACKEND=memory skips the probe. Calls back exactly once.
    void probe(QObject *context, std::function<void(Backend)> done);
    Backend backend() const { return m_backend; }
    QString backendDescription() const;   // "OS keyring" / "memory only (no keyring service …)"
    void forceMemoryBackend();

    using ReadCallback = std::function<void(bool found, const QString &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    // Each calls back exactly once while context lives (probing first when the backend is
    // still Unknown). Reading a missing key is found=false with an empty error.
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done);
    void read(const QString &key, QObject *context, ReadCallback done);
    void remove(const QString &key, QObject *context, WriteCallback done);

    // --- additions beyond the first contract ---
    // How long probe() waits for the keyring before choosing memory (default 3 s): without a
    // D-Bus session a keyring job may hang instead of failing.
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_probeTimeout = timeout; }
    QString service() const { return m_service; }

Q_SIGNALS:
    void backendChanged(cdp::SecretStore::Backend backend);

private:
    struct ProbeWaiter {
        QPointer<QObject> context;
        bool hadContext = false;
        std::function<void(Backend)> done;
    };
    void finishProbe(Backend backend, const QString &reason);
    void whenReady(QObject *context, std::function<void()> action);
    void post(QObject *context, std::function<void()> action);

    QString m_service;
    Backend m_backend = Backend::Unknown;
    QHash<QString, QString> m_memory;     // only used by the Memory backend
    QString m_memoryReason;               // why the keyring is not used
    bool m_probing = false;
    quint64 m_probeRun = 0;
    QList<ProbeWaiter> m_probeWaiters;
    std::chrono::milliseconds m_probeTimeout{3000};
};

} // namespace cdp
