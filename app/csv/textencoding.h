#pragma once

#include <QByteArrayView>
#include <QString>

namespace cdp::csv {

enum class TextEncoding { Utf8, Windows1252, Latin1 };

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false; // a UTF-8 BOM starts the sample
};

// UTF-8 BOM -> UTF-8; valid UTF-8 -> UTF-8 (an ASCII-only sample too); otherwise Windows-1252 when
// bytes 0x80-0x9F occur (printable there, control codes in ISO-8859-1), else ISO-8859-1.
// A sample cut inside a UTF-8 sequence at its end still counts as UTF-8.
EncodingGuess detectEncoding(QByteArrayView sample);

// Whole-value conversion; invalid UTF-8 becomes U+FFFD, a leading UTF-8 BOM is dropped.
QString decodeText(QByteArrayView bytes, TextEncoding encoding);

bool isValidUtf8(QByteArrayView bytes);

QString encodingName(TextEncoding encoding); // "UTF-8", "Windows-1252", "ISO-8859-1"

} // namespace cdp::csv
