#include "rcdpthumbnail.h"

#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace cdp::sandbox::RcdpThumbnail {

namespace {

struct Rgb
{
    quint8 r = 0;
    quint8 g = 0;
    quint8 b = 0;
};

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> values{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            values[n] = c;
        }
        return values;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray typed = type + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}

quint32 fnv1a(const QString &text)
{
    quint32 hash = 2166136261u;
    const QByteArray bytes = text.toUtf8();
    for (const char byte : bytes)
        hash = (hash ^ quint8(byte)) * 16777619u;
    return hash;
}

// A colour of the given hue (0..359) and lightness band, without floating point.
Rgb colour(quint32 hue, int base, int span)
{
    const int sector = int(hue / 60);
    const int rise = int(hue % 60) * span / 60;
    const int fall = span - rise;
    const int high = base + span;
    switch (sector) {
    case 0: return {quint8(high), quint8(base + rise), quint8(base)};
    case 1: return {quint8(base + fall), quint8(high), quint8(base)};
    case 2: return {quint8(base), quint8(high), quint8(base + rise)};
    case 3: return {quint8(base), quint8(base + fall), quint8(high)};
    case 4: return {quint8(base + rise), quint8(base), quint8(high)};
    default: return {quint8(high), quint8(base), quint8(base + fall)};
    }
}

} // namespace

bool isValidName(const QString &fileName)
{
    if (fileName.size() > 64 || fileName.size() <= 4 || !fileName.endsWith(u".png"_s))
        return false;
    for (const QChar c : fileName) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || c == u'.' || c == u'_' || c == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

QByteArray png(const QString &fileName)
{
    const quint32 hash = fnv1a(fileName);
    const Rgb background = colour(hash % 360, 200, 45);
    const Rgb block = colour((hash / 360) % 360, 60, 120);
    const Rgb border = colour(hash % 360, 120, 60);
    const int inset = 14 + int((hash >> 20) % 8);

    QByteArray raw;
    raw.reserve(kSize * (1 + 3 * kSize));
    for (int y = 0; y < kSize; ++y) {
        raw.append('\0');   // filter type 0 (None)
        for (int x = 0; x < kSize; ++x) {
            const bool onBorder = x < 2 || y < 2 || x >= kSize - 2 || y >= kSize - 2;
            const bool inBlock = x >= inset && x < kSize - inset && y >= inset + 4 && y < kSize - inset + 4;
            const Rgb &pixel = onBorder ? border : (inBlock ? block : background);
            raw.append(char(pixel.r));
            raw.append(char(pixel.g));
            raw.append(char(pixel.b));
        }
    }

    QByteArray header = bigEndian(kSize) + bigEndian(kSize);
    header.append(char(8));   // bit depth
    header.append(char(2));   // colour type: RGB
    header.append(char(0));   // compression
    header.append(char(0));   // filter
    header.append(char(0));   // interlace
    // qCompress prefixes the zlib stream with the uncompressed length (4 bytes): PNG wants the stream.
    const QByteArray zlib = qCompress(raw, 9).mid(4);

    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + chunk("IHDR", header) + chunk("IDAT", zlib)
            + chunk("IEND", {});
}

} // namespace cdp::sandbox::RcdpThumbnail
