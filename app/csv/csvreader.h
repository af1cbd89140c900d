#pragma once

#include "csv/textencoding.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace cdp::csv {

// How a source CSV file is written. Detected by sniffCsvDialect, adjustable by the operator.
struct CsvDialect
{
    char delimiter = ',';
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false; // skipped by the reader
    bool hasHeader = false;
};

enum class CsvReadError {
    None,
    UnterminatedQuote, // end of data inside a quoted field
    RecordTooLarge,    // a record beyond maxRecordBytes (usually a stray quote): reading stops
    DeviceError,
};

// A streaming RFC 4180 reader for arbitrary source files: quoted fields with embedded delimiters,
// doubled quotes and line breaks; LF, CRLF or CR line ends; a UTF-8 BOM skipped. Lenient where
// real exports are sloppy: a quote inside an unquoted field is data, text after a closing quote
// is kept (counted in strayQuotes()). Reads the device in 1 MiB blocks; memory stays bounded by
// the largest record.
class CsvReader
{
public:
    CsvReader(QIODevice *device, const CsvDialect &dialect);

    // The next record as text; false at the end of the data or on an error (see error()).
    bool readRecord(QStringList &fields);
    // The same, as raw bytes (before decoding).
    bool readRawRecord(QList<QByteArray> &fields);

    qint64 recordNumber() const { return m_records; }       // records returned so far
    qint64 recordStartLine() const { return m_recordLine; } // 1-based physical line of the last record
    qint64 bytesConsumed() const { return m_consumed; }
    qint64 strayQuotes() const { return m_strayQuotes; }
    CsvReadError error() const { return m_error; }
    QString errorString() const;

    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }

private:
    bool fill();
    void finishField(QList<QByteArray> &fields);

    QIODevice *m_device;
    CsvDialect m_dialect;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_atEnd = false;
    QByteArray m_field;
    qsizetype m_recordBytes = 0;
    qsizetype m_maxRecordBytes = 16 << 20;
    qint64 m_records = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_consumed = 0;
    qint64 m_strayQuotes = 0;
    CsvReadError m_error = CsvReadError::None;
};

// Reads up to sampleBytes from the device's current position, guesses the dialect and seeks back.
CsvDialect sniffCsvDialect(QIODevice *device, qsizetype sampleBytes = 64 * 1024);
// The same on bytes in memory (the start of a file).
CsvDialect sniffCsvDialect(QByteArrayView sample);

} // namespace cdp::csv
