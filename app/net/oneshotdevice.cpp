#include "oneshotdevice.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace cdp {

OneShotDevice::OneShotDevice(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotDevice::bytesAvailable() const
{
    return (m_data.size() - m_read) + QIODevice::bytesAvailable();
}

bool OneShotDevice::atEnd() const
{
    return m_read >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_read);
    if (n <= 0)
        return m_read >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_read, static_cast<size_t>(n));
    m_read += n;
    return n;
}

qint64 OneShotDevice::writeData(const char *, qint64)
{
    return -1;
}

OneShotFileDevice::OneShotFileDevice(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
{
}

bool OneShotFileDevice::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) || !(mode & QIODevice::ReadOnly)) {
        setErrorString(QCoreApplication::translate("cdp::ApiClient", "A request body can only be read."));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(QCoreApplication::translate("cdp::ApiClient", "Cannot read %1: %2")
                           .arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    m_size = m_file.size();
    m_read = 0;
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void OneShotFileDevice::close()
{
    m_file.close();
    QIODevice::close();
}

qint64 OneShotFileDevice::bytesAvailable() const
{
    return std::max<qint64>(0, m_size - m_read) + QIODevice::bytesAvailable();
}

bool OneShotFileDevice::atEnd() const
{
    return m_read >= m_size && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotFileDevice::readData(char *data, qint64 maxSize)
{
    // Never more than the size announced in Content-Length, even if the file grew meanwhile.
    const qint64 n = std::min<qint64>(maxSize, m_size - m_read);
    if (n <= 0)
        return m_read >= m_size ? -1 : 0;
    const qint64 got = m_file.read(data, n);
    if (got < 0) {
        setErrorString(m_file.errorString());
        return -1;
    }
    if (got == 0)   // the file shrank: end the body early (the server sees a short body)
        return -1;
    m_read += got;
    if (m_observer && (m_read - m_lastObserved >= m_observerStep || m_read >= m_size)) {
        m_lastObserved = m_read;
        m_observer(m_read);
    }
    return got;
}

void OneShotFileDevice::setReadObserver(std::function<void(qint64)> observer, qint64 step)
{
    m_observer = std::move(observer);
    m_observerStep = std::max<qint64>(1, step);
}

qint64 OneShotFileDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace cdp
