#include "csv/carmachunkscanner.h"

#include <QByteArray>

#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cdp::csv {

namespace {

constexpr qsizetype RejectFlushBytes = 1 << 20;
constexpr std::size_t LongLinePrefix = 81; // one more than shown, so the value gets its ellipsis

class RejectWriter
{
public:
    explicit RejectWriter(QIODevice *device)
        : m_device(device)
    {
    }
    bool add(const char *begin, const char *end)
    {
        if (m_device == nullptr)
            return true;
        m_buffer.append(begin, end - begin);
        m_buffer.append('\n');
        return m_buffer.size() < RejectFlushBytes || flush();
    }
    bool flush()
    {
        if (m_device == nullptr || m_buffer.isEmpty())
            return true;
        const bool ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
};

} // namespace

CarmaScanStatus scanCarmaRange(const CarmaReadAt &readAt, CarmaScanRange range,
                               const CarmaScanSettings &settings, CarmaTally &tally)
{
    CarmaLineChecker checker(*settings.schema, settings.maxStoredProblems, range.begin == 0, tally);
    RejectWriter rejects(settings.rejectedRows);
    const qsizetype capacity = settings.blockBytes + settings.maxLineBytes + CarmaLineChecker::ReadSlackBytes;
    const std::unique_ptr<char[]> storage(new char[static_cast<std::size_t>(capacity)]());
    char *const buffer = storage.get();

    qint64 offset = range.begin;
    qsizetype held = 0;    // bytes of an unfinished line kept at the start of buffer
    bool skipping = false; // inside a line already reported as too long
    bool ok = true;

    auto process = [&](const char *begin, const char *end, bool clean) {
        if (!checker.checkLine(begin, end, clean))
            ok = rejects.add(begin, end) && ok;
    };
    auto reportLong = [&](const char *begin, const char *available) {
        const auto shown = std::min<std::size_t>(LongLinePrefix, static_cast<std::size_t>(available - begin));
        checker.reportLongLine(std::string_view(begin, shown), settings.maxLineBytes);
    };

    for (;;) {
        if (settings.cancel != nullptr && settings.cancel->load(std::memory_order_relaxed))
            return CarmaScanStatus::Cancelled;
        const qint64 wanted = std::min<qint64>(settings.blockBytes, range.end - offset);
        qint64 got = 0;
        if (wanted > 0) {
            got = readAt(offset, buffer + held, wanted);
            if (got < 0)
                return CarmaScanStatus::ReadError;
        }
        offset += got;
        if (settings.bytesDone != nullptr)
            settings.bytesDone->fetch_add(got, std::memory_order_relaxed);
        const bool atEnd = got == 0 || offset >= range.end;

        const char *p = buffer; // start of the current line
        const char *const stop = buffer + held + got;
        const char *firstSpecial = nullptr; // first byte >= 0x80, NUL or CR of the current line
        auto endLine = [&](const char *newline) {
            if (skipping) {
                skipping = false;
            } else if (newline - p > settings.maxLineBytes) {
                reportLong(p, stop);
            } else {
                // Clean: no special byte, or only the CR of a CRLF ending.
                const bool clean = firstSpecial == nullptr || (firstSpecial == newline - 1 && *firstSpecial == '\r');
                process(p, newline, clean);
            }
            p = newline + 1;
            firstSpecial = nullptr;
        };
        const char *q = p;
#if defined(__SSE2__)
        const __m128i newlines = _mm_set1_epi8('\n');
        const __m128i zero = _mm_setzero_si128();
        const __m128i cr = _mm_set1_epi8('\r');
        for (; stop - q >= 16; q += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q));
            auto lineEnds = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newlines)));
            auto specials = static_cast<unsigned>(_mm_movemask_epi8(
                _mm_or_si128(v, _mm_or_si128(_mm_cmpeq_epi8(v, zero), _mm_cmpeq_epi8(v, cr)))));
            while (lineEnds != 0) {
                const int bit = __builtin_ctz(lineEnds);
                const unsigned before = specials & ((1U << bit) - 1U);
                if (firstSpecial == nullptr && before != 0)
                    firstSpecial = q + __builtin_ctz(before);
                endLine(q + bit);
                specials &= ~((2U << bit) - 1U);
                lineEnds &= lineEnds - 1U;
            }
            if (firstSpecial == nullptr && specials != 0)
                firstSpecial = q + __builtin_ctz(specials);
        }
#endif
        for (; q != stop; ++q) {
            const auto c = static_cast<unsigned char>(*q);
            if (c == '\n')
                endLine(q);
            else if (firstSpecial == nullptr && (c >= 0x80 || c == 0 || c == '\r'))
                firstSpecial = q;
        }

        const qsizetype rest = stop - p;
        if (atEnd) {
            if (rest > 0 && !skipping) {
                if (rest > settings.maxLineBytes) {
                    reportLong(p, stop);
                } else {
                    const bool clean = firstSpecial == nullptr || (firstSpecial == stop - 1 && *firstSpecial == '\r');
                    process(p, stop, clean);
                }
            }
            break;
        }
        if (skipping) {
            held = 0;
        } else if (rest > settings.maxLineBytes) {
            reportLong(p, stop);
            skipping = true;
            held = 0;
        } else {
            std::memmove(buffer, p, static_cast<std::size_t>(rest));
            held = rest;
        }
    }
    ok = rejects.flush() && ok;
    return ok ? CarmaScanStatus::Done : CarmaScanStatus::WriteError;
}

} // namespace cdp::csv
