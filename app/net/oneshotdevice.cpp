#include "oneshotdevice.h"

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

} // namespace cdp
