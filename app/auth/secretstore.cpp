#include "secretstore.h"

#include "net/logging.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

const QString kProbeKey = u"cdp-console-keyring-probe"_s;

template <typename Job>
Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);   // never a plaintext file on disk
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::backendDescription() const
{
    switch (m_backend) {
    case Backend::Keyring:
        return tr("OS keyring");
    case Backend::Memory:
        return tr("memory only (%1): secrets are forgotten when the console closes").arg(m_memoryReason);
    case Backend::Unknown:
        break;
    }
    return tr("not checked yet");
}

void SecretStore::forceMemoryBackend()
{
    ++m_probeRun;   // a probe still running no longer decides
    finishProbe(Backend::Memory, tr("chosen for this session"));
}

void SecretStore::post(QObject *context, std::function<void()> action)
{
    QMetaObject::invokeMethod(context ? context : this, std::move(action), Qt::QueuedConnection);
}

void SecretStore::probe(QObject *context, std::function<void(Backend)> done)
{
    if (m_backend != Backend::Unknown) {
        const Backend backend = m_backend;
        post(context, [done = std::move(done), backend] {
            if (done)
                done(backend);
        });
        return;
    }
    if (!m_probing
        && qEnvironmentVariable("CDP_SECRET_BACKEND").compare(u"memory"_s, Qt::CaseInsensitive) == 0) {
        // Decided at once; the caller still hears it from the event loop, like every answer.
        finishProbe(Backend::Memory, tr("CDP_SECRET_BACKEND=memory"));
        post(context, [done = std::move(done)] {
            if (done)
                done(Backend::Memory);
        });
        return;
    }
    m_probeWaiters.append(ProbeWaiter{QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (m_probing)
        return;
    m_probing = true;
    const quint64 run = ++m_probeRun;

    // Without a D-Bus session a keyring job may hang rather than fail: a timer decides then.
    QTimer::singleShot(m_probeTimeout, this, [this, run] {
        if (run == m_probeRun && m_backend == Backend::Unknown)
            finishProbe(Backend::Memory, tr("no keyring service answered"));
    });

    const QString probeValue = QString::number(QRandomGenerator::global()->generate64(), 16);
    auto *writeJob = makeJob<QKeychain::WritePasswordJob>(m_service, kProbeKey, this);
    writeJob->setTextData(probeValue);
    connect(writeJob, &QKeychain::Job::finished, this, [this, run, probeValue](QKeychain::Job *job) {
        if (run != m_probeRun || m_backend != Backend::Unknown)
            return;
        if (job->error() != QKeychain::NoError) {
            finishProbe(Backend::Memory, tr("no keyring service: %1").arg(job->errorString()));
            return;
        }
        auto *readJob = makeJob<QKeychain::ReadPasswordJob>(m_service, kProbeKey, this);
        connect(readJob, &QKeychain::Job::finished, this, [this, run, probeValue](QKeychain::Job *finishedJob) {
            if (run != m_probeRun || m_backend != Backend::Unknown)
                return;
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(finishedJob);
            if (read->error() != QKeychain::NoError || read->textData() != probeValue) {
                finishProbe(Backend::Memory, tr("the keyring did not return what was stored"));
                return;
            }
            auto *deleteJob = makeJob<QKeychain::DeletePasswordJob>(m_service, kProbeKey, this);
            connect(deleteJob, &QKeychain::Job::finished, this, [this, run](QKeychain::Job *) {
                if (run == m_probeRun && m_backend == Backend::Unknown)
                    finishProbe(Backend::Keyring, QString());
            });
            deleteJob->start();
        });
        readJob->start();
    });
    writeJob->start();
}

void SecretStore::finishProbe(Backend backend, const QString &reason)
{
    m_probing = false;
    const bool changed = m_backend != backend;
    m_backend = backend;
    if (backend == Backend::Memory) {
        m_memoryReason = reason;
        qCInfo(lcAuth).noquote() << "secrets are kept in memory only:" << reason;
    } else {
        qCInfo(lcAuth) << "secrets are kept in the OS keyring";
    }
    if (changed)
        Q_EMIT backendChanged(backend);
    const QList<ProbeWaiter> waiters = std::exchange(m_probeWaiters, {});
    for (const ProbeWaiter &waiter : waiters) {
        if ((!waiter.hadContext || waiter.context) && waiter.done)
            waiter.done(backend);
    }
}

void SecretStore::whenReady(QObject *context, std::function<void()> action)
{
    if (m_backend != Backend::Unknown) {
        action();
        return;
    }
    probe(context, [action = std::move(action)](Backend) { action(); });
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    whenReady(context, [this, key, secret, guard, hadContext, done = std::move(done)] {
        auto finish = [guard, hadContext, done](bool ok, const QString &error) {
            if ((!hadContext || guard) && done)
                done(ok, error);
        };
        if (m_backend == Backend::Memory) {
            m_memory.insert(key, secret);
            post(guard, [finish] { finish(true, QString()); });
            return;
        }
        auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this, [finish](QKeychain::Job *j) {
            finish(j->error() == QKeychain::NoError,
                   j->error() == QKeychain::NoError ? QString() : j->errorString());
        });
        job->start();
    });
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    whenReady(context, [this, key, guard, hadContext, done = std::move(done)] {
        auto finish = [guard, hadContext, done](bool found, const QString &secret, const QString &error) {
            if ((!hadContext || guard) && done)
                done(found, secret, error);
        };
        if (m_backend == Backend::Memory) {
            const auto it = m_memory.constFind(key);
            const bool found = it != m_memory.cend();
            const QString secret = found ? *it : QString();
            post(guard, [finish, found, secret] { finish(found, secret, QString()); });
            return;
        }
        auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
        connect(job, &QKeychain::Job::finished, this, [finish](QKeychain::Job *j) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
            if (readJob->error() == QKeychain::NoError)
                finish(true, readJob->textData(), QString());
            else if (readJob->error() == QKeychain::EntryNotFound)
                finish(false, QString(), QString());
            else
                finish(false, QString(), readJob->errorString());
        });
        job->start();
    });
}

void SecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    whenReady(context, [this, key, guard, hadContext, done = std::move(done)] {
        auto finish = [guard, hadContext, done](bool ok, const QString &error) {
            if ((!hadContext || guard) && done)
                done(ok, error);
        };
        if (m_backend == Backend::Memory) {
            m_memory.remove(key);
            post(guard, [finish] { finish(true, QString()); });
            return;
        }
        auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
        connect(job, &QKeychain::Job::finished, this, [finish](QKeychain::Job *j) {
            const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            finish(ok, ok ? QString() : j->errorString());
        });
        job->start();
    });
}

} // namespace cdp
