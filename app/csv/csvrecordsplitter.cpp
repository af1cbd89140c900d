#include "csv/csvrecordsplitter.h"

#include <algorithm>
#include <cstring>

namespace cdp::csv {

CsvRecordSplitter::CsvRecordSplitter(QIODevice *device, char delimiter, qsizetype blockBytes)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_blockBytes(std::max<qsizetype>(blockBytes, 16))
{
}

bool CsvRecordSplitter::refill()
{
    if (m_eof)
        return false;
    // Keep the unfinished record, drop what was consumed.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + m_blockBytes);
    const qint64 got = m_device->read(m_buffer.data() + kept, m_blockBytes);
    if (got < 0) {
        m_buffer.resize(kept);
        m_error = CsvReadError::DeviceError;
        return false;
    }
    m_buffer.resize(kept + got);
    if (got == 0)
        m_eof = true;
    if (!m_started && m_buffer.size() >= 3) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed += 3;
        }
    } else if (!m_started && m_eof) {
        m_started = true;
    }
    return true;
}

CsvRecordSplitter::Parse CsvRecordSplitter::parse(qsizetype &lines)
{
    const char *const base = m_buffer.constData();
    const char *p = base + m_pos;
    const char *const end = base + m_buffer.size();
    const char delimiter = m_delimiter;
    m_spans.clear();
    m_scratch.resize(0);
    lines = 0;
    if (p == end)
        return m_eof ? Parse::End : Parse::NeedMore;
    for (;;) {
        if (p == end) { // after a delimiter
            if (!m_eof)
                return Parse::NeedMore;
            m_spans.append(Span{p - base, 0, false});
            m_pos = p - base;
            return Parse::Complete;
        }
        if (*p == '"') {
            const char *segment = ++p;
            bool copied = false;
            qsizetype scratchStart = m_scratch.size();
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
                if (quote == nullptr) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error = CsvReadError::UnterminatedQuote;
                    return Parse::Error;
                }
                lines += std::count(p, quote, '\n');
                if (quote + 1 == end && !m_eof)
                    return Parse::NeedMore;
                if (quote + 1 < end && quote[1] == '"') { // doubled quote
                    if (!copied) {
                        copied = true;
                        scratchStart = m_scratch.size();
                    }
                    m_scratch.append(segment, quote + 1 - segment);
                    p = quote + 2;
                    segment = p;
                    continue;
                }
                p = quote + 1;
                if (p < end && *p != delimiter && *p != '\n' && *p != '\r') {
                    // Text after the closing quote is kept (CsvReader counts it as a stray quote).
                    if (!copied) {
                        copied = true;
                        scratchStart = m_scratch.size();
                    }
                    m_scratch.append(segment, quote - segment);
                    const char *run = p;
                    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
                        ++p;
                    if (p == end && !m_eof)
                        return Parse::NeedMore;
                    m_scratch.append(run, p - run);
                } else if (copied) {
                    m_scratch.append(segment, quote - segment);
                }
                if (copied)
                    m_spans.append(Span{scratchStart, m_scratch.size() - scratchStart, true});
                else
                    m_spans.append(Span{segment - base, quote - segment, false});
                break;
            }
        } else {
            const char *start = p;
            while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
                ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore;
            m_spans.append(Span{start - base, p - start, false});
        }
        if (p == end) { // end of data ends the record
            m_pos = p - base;
            return Parse::Complete;
        }
        const char c = *p++;
        if (c == delimiter)
            continue;
        ++lines;
        if (c == '\r') {
            if (p == end && !m_eof)
                return Parse::NeedMore;
            if (p < end && *p == '\n')
                ++p;
        }
        m_pos = p - base;
        return Parse::Complete;
    }
}

bool CsvRecordSplitter::next(CsvFieldViews &fields)
{
    fields.clear();
    if (m_error != CsvReadError::None)
        return false;
    if (!m_started && !refill())
        return false;
    for (;;) {
        const qsizetype start = m_pos;
        qsizetype lines = 0;
        const Parse result = parse(lines);
        if (result == Parse::Error)
            return false;
        if (result == Parse::End)
            return false;
        if (result == Parse::NeedMore) {
            m_pos = start;
            if (m_buffer.size() - m_pos > m_maxRecordBytes) {
                m_error = CsvReadError::RecordTooLarge;
                return false;
            }
            if (!refill())
                return false;
            continue;
        }
        if (m_pos - start > m_maxRecordBytes) {
            m_error = CsvReadError::RecordTooLarge;
            return false;
        }
        m_consumed += m_pos - start;
        m_recordLine = m_line;
        m_line += lines;
        ++m_records;
        const char *base = m_buffer.constData();
        for (const Span &span : std::as_const(m_spans))
            fields.append(QByteArrayView((span.inScratch ? m_scratch.constData() : base) + span.offset, span.length));
        return true;
    }
}

} // namespace cdp::csv
