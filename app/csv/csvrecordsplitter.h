#pragma once

#include "csv/csvreader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QVarLengthArray>

namespace cdp::csv {

// The fields of one record as views; valid until the next call of CsvRecordSplitter::next().
using CsvFieldViews = QVarLengthArray<QByteArrayView, 32>;

// A zero-copy variant of CsvReader::readRawRecord for the conversion's hot loop: the same RFC 4180
// rules (quoted fields with doubled quotes and line breaks, text after a closing quote kept, a
// quote inside an unquoted field is data, LF/CRLF/CR line ends, UTF-8 BOM skipped, the same
// record-size limit and errors), but the fields are views into one reused block buffer; only a
// field with a doubled or stray quote is copied. Tests check it record for record against CsvReader.
class CsvRecordSplitter
{
public:
    CsvRecordSplitter(QIODevice *device, char delimiter, qsizetype blockBytes = 4 << 20);

    bool next(CsvFieldViews &fields);

    qint64 recordNumber() const { return m_records; }
    qint64 recordStartLine() const { return m_recordLine; }
    qint64 nextRecordLine() const { return m_line; } // where the next (or failing) record starts
    qint64 bytesConsumed() const { return m_consumed; }
    CsvReadError error() const { return m_error; }
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }

private:
    enum class Parse { Complete, NeedMore, End, Error };
    struct Span
    {
        qsizetype offset; // into the buffer, or into m_scratch when inScratch
        qsizetype length;
        bool inScratch;
    };
    Parse parse(qsizetype &lines);
    bool refill();

    QIODevice *m_device;
    char m_delimiter;
    qsizetype m_blockBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;   // start of the next record in m_buffer
    bool m_eof = false;
    bool m_started = false;
    QByteArray m_scratch;
    QVarLengthArray<Span, 32> m_spans;
    qsizetype m_maxRecordBytes = 16 << 20;
    qint64 m_records = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_consumed = 0;
    CsvReadError m_error = CsvReadError::None;
};

} // namespace cdp::csv
