#pragma once

#include <QByteArray>
#include <QIODevice>

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

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace cdp
