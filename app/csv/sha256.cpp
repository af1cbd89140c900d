#include "csv/sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace cdp::csv {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool finished = false;
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    if (d->ctx == nullptr || EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL: cannot initialise SHA-256");
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    Q_ASSERT(!d->finished);
    if (!data.isEmpty())
        EVP_DigestUpdate(d->ctx, data.data(), std::size_t(data.size()));
}

QByteArray Sha256::result()
{
    Q_ASSERT(!d->finished);
    d->finished = true;
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.truncate(int(length));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QByteArray Sha256::hashFile(const QString &path, QString *error, const std::atomic<bool> *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Sha256", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    Sha256 sha;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = QCoreApplication::translate("Sha256", "cancelled");
            return {};
        }
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            if (error)
                *error = QCoreApplication::translate("Sha256", "Cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        if (n == 0)
            break;
        sha.addData(QByteArrayView(block.constData(), n));
    }
    return sha.result();
}

} // namespace cdp::csv
