#pragma once

#include <QByteArray>
#include <QString>

namespace cdp::sandbox {

// Product thumbnails for productImgUrl, so image loading can be tested without a network:
// a deterministic 64×64 RGB PNG per name (a pastel background, a darker "product" block and a
// border, colours derived from the name). Encoded by hand (zlib via qCompress, CRC-32 below):
// the sandbox links no QtGui. A few hundred microseconds per image.
namespace RcdpThumbnail {

inline constexpr int kSize = 64;

// Names of at most 64 characters of [A-Za-z0-9._-] ending in ".png".
bool isValidName(const QString &fileName);
QByteArray png(const QString &fileName);

} // namespace RcdpThumbnail

} // namespace cdp::sandbox
