#include "sandboxserver.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

struct SandboxThread::Private
{
    QThread thread;
    SandboxServer *server = nullptr;   // lives in `thread`, deleted when it finishes
    QUrl baseUrl;
    Credentials credentials;
    QStringList sampleUserIds;
    QJsonObject announcement;
};

SandboxThread::SandboxThread(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->thread.setObjectName(u"cdp-sandbox"_s);
}

SandboxThread::~SandboxThread()
{
    if (d->server) {
        SandboxServer *server = d->server;
        QMetaObject::invokeMethod(server, [server] { server->stop(); }, Qt::BlockingQueuedConnection);
    }
    d->thread.quit();
    d->thread.wait();
}

bool SandboxThread::start(const Options &options, QString *error)
{
    if (d->server) {
        if (error)
            *error = u"the sandbox thread is already running"_s;
        return false;
    }

    d->server = new SandboxServer;
    d->server->moveToThread(&d->thread);
    // Deferred deletes still run when a thread finishes: the server dies in its own thread.
    connect(&d->thread, &QThread::finished, d->server, &QObject::deleteLater);
    d->thread.start();

    bool started = false;
    QString message;
    SandboxServer *server = d->server;
    QMetaObject::invokeMethod(
            server,
            [&, server] {
                started = server->start(options, &message);
                if (started) {
                    d->baseUrl = server->baseUrl();
                    d->credentials = server->credentials();
                    d->sampleUserIds = server->sampleUserIds();
                    d->announcement = server->announcement();
                }
            },
            Qt::BlockingQueuedConnection);

    if (!started) {
        d->thread.quit();
        d->thread.wait();
        d->server = nullptr;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

QUrl SandboxThread::baseUrl() const
{
    return d->baseUrl;
}

Credentials SandboxThread::credentials() const
{
    return d->credentials;
}

QStringList SandboxThread::sampleUserIds() const
{
    return d->sampleUserIds;
}

QJsonObject SandboxThread::announcement() const
{
    return d->announcement;
}

} // namespace cdp::sandbox
