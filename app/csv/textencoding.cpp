#include "csv/textencoding.h"

#include <array>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

// Windows-1252 0x80-0x9F; the five undefined positions keep their ISO-8859-1 code point.
constexpr std::array<char16_t, 32> windows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Length of the valid UTF-8 prefix; *truncated is set when the rest is an unfinished sequence.
qsizetype validUtf8Prefix(QByteArrayView bytes, bool *truncated)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype index = 0;
    *truncated = false;
    while (index < size) {
        const unsigned char c = p[index];
        if (c < 0x80) {
            ++index;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return index;
        }
        for (int k = 1; k < length; ++k) {
            if (index + k >= size) {
                *truncated = true;
                return index;
            }
            const unsigned char next = p[index + k];
            if (k == 1 ? (next < low || next > high) : (next < 0x80 || next > 0xBF))
                return index;
        }
        index += length;
    }
    return index;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    bool truncated = false;
    return validUtf8Prefix(bytes, &truncated) == bytes.size();
}

EncodingGuess detectEncoding(QByteArrayView sample)
{
    EncodingGuess guess;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        guess.byteOrderMark = true;
        return guess;
    }
    bool truncated = false;
    if (validUtf8Prefix(sample, &truncated) == sample.size() || truncated)
        return guess;
    guess.encoding = TextEncoding::Latin1;
    for (const char c : sample) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte <= 0x9F) {
            guess.encoding = TextEncoding::Windows1252;
            break;
        }
    }
    return guess;
}

QString decodeText(QByteArrayView bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QString::fromUtf8(bytes);
    case TextEncoding::Latin1:
        return QString::fromLatin1(bytes);
    case TextEncoding::Windows1252: {
        QString text(bytes.size(), Qt::Uninitialized);
        QChar *out = text.data();
        for (const char c : bytes) {
            const auto byte = static_cast<unsigned char>(c);
            *out++ = (byte >= 0x80 && byte <= 0x9F) ? QChar(windows1252High[byte - 0x80]) : QChar(char16_t(byte));
        }
        return text;
    }
    }
    return QString::fromUtf8(bytes);
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    case TextEncoding::Latin1:
        return u"ISO-8859-1"_s;
    }
    return u"UTF-8"_s;
}

} // namespace cdp::csv
