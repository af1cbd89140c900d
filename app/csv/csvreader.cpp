#include "csv/csvreader.h"

#include <QCoreApplication>

#include <cstring>

namespace cdp::csv {

namespace {

constexpr qint64 BlockBytes = 1 << 20;

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
{
}

QString CsvReader::errorString() const
{
    switch (m_error) {
    case CsvReadError::None:
        return {};
    case CsvReadError::UnterminatedQuote:
        return QCoreApplication::translate("CsvReader", "The file ends inside a quoted value (opened on line %1).").arg(m_recordLine);
    case CsvReadError::RecordTooLarge:
        return QCoreApplication::translate("CsvReader", "The record starting on line %1 is larger than %2 bytes; is a quote missing?")
            .arg(m_recordLine)
            .arg(m_maxRecordBytes);
    case CsvReadError::DeviceError:
        return m_device->errorString();
    }
    return {};
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer = m_device->read(BlockBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        if (!m_device->atEnd() && m_device->isSequential() == false)
            m_error = CsvReadError::DeviceError;
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed += 3;
        }
    }
    return true;
}

void CsvReader::finishField(QList<QByteArray> &fields)
{
    fields.append(m_field);
    m_field.clear();
}

bool CsvReader::readRawRecord(QList<QByteArray> &fields)
{
    fields.clear();
    if (m_error != CsvReadError::None)
        return false;
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterCr };
    State state = State::FieldStart;
    bool any = false; // the record has at least one byte
    m_recordBytes = 0;
    m_recordLine = m_line;
    const char delimiter = m_dialect.delimiter;

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error != CsvReadError::None)
                return false;
            if (state == State::Quoted) {
                m_error = CsvReadError::UnterminatedQuote;
                return false;
            }
            if (!any)
                return false;
            if (state != State::AfterCr)
                finishField(fields);
            ++m_records;
            return true;
        }
        const char *const data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        while (m_pos < size) {
            const char c = data[m_pos];
            if (state == State::AfterCr) {
                // CR ended the record; swallow the LF of a CRLF.
                if (c == '\n') {
                    ++m_pos;
                    ++m_consumed;
                }
                ++m_records;
                return true;
            }
            if (state == State::Quoted) {
                const auto *quote = static_cast<const char *>(std::memchr(data + m_pos, '"', static_cast<std::size_t>(size - m_pos)));
                const qsizetype stop = quote != nullptr ? quote - data : size;
                for (qsizetype k = m_pos; k < stop; ++k)
                    m_line += data[k] == '\n' ? 1 : 0;
                m_field.append(data + m_pos, stop - m_pos);
                m_recordBytes += stop - m_pos;
                m_consumed += stop - m_pos;
                m_pos = stop;
                if (quote != nullptr) {
                    ++m_pos;
                    ++m_consumed;
                    state = State::QuoteInQuoted;
                }
                if (m_recordBytes > m_maxRecordBytes) {
                    m_error = CsvReadError::RecordTooLarge;
                    return false;
                }
                continue;
            }
            ++m_pos;
            ++m_consumed;
            any = true;
            if (++m_recordBytes > m_maxRecordBytes) {
                m_error = CsvReadError::RecordTooLarge;
                return false;
            }
            if (state == State::QuoteInQuoted) {
                if (c == '"') { // doubled quote
                    m_field.append('"');
                    state = State::Quoted;
                    continue;
                }
                state = State::Unquoted; // closing quote; what follows is handled below
                if (c != delimiter && c != '\n' && c != '\r')
                    ++m_strayQuotes;
            }
            if (c == delimiter) {
                finishField(fields);
                state = State::FieldStart;
            } else if (c == '\n') {
                ++m_line;
                finishField(fields);
                ++m_records;
                return true;
            } else if (c == '\r') {
                ++m_line;
                finishField(fields);
                state = State::AfterCr;
            } else if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
            } else {
                // A run of ordinary bytes in one append.
                qsizetype end = m_pos;
                while (end < size && data[end] != delimiter && data[end] != '\n' && data[end] != '\r')
                    ++end;
                m_field.append(data + m_pos - 1, end - m_pos + 1);
                m_recordBytes += end - m_pos;
                m_consumed += end - m_pos;
                m_pos = end;
                state = State::Unquoted;
            }
        }
    }
}

bool CsvReader::readRecord(QStringList &fields)
{
    QList<QByteArray> raw;
    fields.clear();
    if (!readRawRecord(raw))
        return false;
    fields.reserve(raw.size());
    for (const QByteArray &field : raw)
        fields.append(decodeText(field, m_dialect.encoding));
    return true;
}

} // namespace cdp::csv
