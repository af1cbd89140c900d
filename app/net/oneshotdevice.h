#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <functional>

namespace cdp {

// A request body that can be read exactly once. QNetworkAccessManager silently re-sends a
// request whose connection dropped before the answer (even a POST) when it can rewind the
// body; with this device (and DoNotBufferUploadDataAttribute) it cannot, so a non-idempotent
// request reaches the server at most once per attempt.
class OneShotDevice : public QIODevice
{
public:
    explicit OneShotDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    qint64 size() const override { return m_data.size(); }
    qint64 bytesRead() const { return m_read; }   // read by the network: at least what went out

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

// The same guarantee for a body streamed from a file: the file is read sequentially in the chunks
// the network asks for (never held in memory) and cannot be rewound, so Qt cannot re-send it.
// open() of the device opens the file; errorString() then names the file and the reason.
class OneShotFileDevice : public QIODevice
{
public:
    explicit OneShotFileDevice(const QString &path, QObject *parent = nullptr);

    bool open(OpenMode mode) override;   // ReadOnly only
    void close() override;
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    qint64 size() const override { return m_size; }
    qint64 bytesRead() const { return m_read; }
    // Called after reads (in the device's thread) with the bytes read so far: at least every
    // `step` bytes and at the end. QNetworkAccessManager reads the body as it sends it.
    void setReadObserver(std::function<void(qint64 bytesRead)> observer, qint64 step = 256 * 1024);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::function<void(qint64)> m_observer;
    qint64 m_observerStep = 256 * 1024;
    qint64 m_lastObserved = 0;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_read = 0;
};

} // namespace cdp
