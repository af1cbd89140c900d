#include "csv/carmaconversion.h"

#include "csv/carmalinechecker.h"
#include "csv/carmarowmapper.h"
#include "csv/csvrecordsplitter.h"
#include "csv/textencoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

constexpr qsizetype OutputBlockBytes = 4 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("CarmaConversion", text);
}

// SHA-256 of the written blocks on its own thread (Qt's SHA-256 runs at ~190 MB/s, slower than
// the conversion); blocks are implicitly shared, so handing one over copies nothing.
class HashWorker
{
public:
    HashWorker()
        : m_thread([this] { run(); })
    {
    }
    ~HashWorker() { finish(); }
    HashWorker(const HashWorker &) = delete;
    HashWorker &operator=(const HashWorker &) = delete;

    void add(const QByteArray &block)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < 4; });
        m_queue.push_back(block);
        m_ready.notify_one();
    }
    QByteArray finish()
    {
        if (m_thread.joinable()) {
            {
                std::lock_guard lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
            m_thread.join();
        }
        return m_hash.result();
    }

private:
    void run()
    {
        for (;;) {
            QByteArray block;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return m_done || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                block = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_space.notify_one();
            m_hash.addData(block);
        }
    }

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QByteArray> m_queue;
    bool m_done = false;
    std::thread m_thread;
};

void appendCsvRecord(QByteArray &out, const CsvFieldViews &fields, char delimiter)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        const QByteArrayView field = fields.at(i);
        const bool quote = field.contains(delimiter) || field.contains('"') || field.contains('\n')
            || field.contains('\r');
        if (!quote) {
            out.append(field);
            continue;
        }
        out.append('"');
        for (char c : field) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
        out.append('"');
    }
    out.append('\n');
}

QString readErrorText(CsvReadError error)
{
    switch (error) {
    case CsvReadError::UnterminatedQuote:
        return tr("the file ends inside a quoted value");
    case CsvReadError::RecordTooLarge:
        return tr("a record is larger than 16 MiB; is a quote missing?");
    case CsvReadError::DeviceError:
        return tr("read error");
    case CsvReadError::None:
        break;
    }
    return {};
}

class Conversion
{
public:
    Conversion(const QString &sourcePath, const CsvDialect &dialect, const ColumnMapping &mapping,
               const ConversionOptions &options)
        : m_sourcePath(sourcePath)
        , m_dialect(dialect)
        , m_mapping(mapping)
        , m_schema(mapping.schema())
        , m_options(options)
        , m_mapper(mapping, dialect)
        , m_checker(m_schema, std::numeric_limits<qsizetype>::max(), true, m_tally)
    {
    }

    ConversionResult run();

private:
    bool fail(const QString &message)
    {
        m_result.outcome = ConversionResult::Outcome::Failed;
        m_result.errorString = message;
        return false;
    }
    bool open();
    void readHeader(const CsvFieldViews &record);
    void convertRecord(const CsvFieldViews &record, qint64 sourceLine);
    void addProblem(ConversionProblem problem);
    bool flush(bool force);
    void reportProgress(bool force);
    QString sourceColumnName(int carmaColumn) const;

    QString m_sourcePath;
    CsvDialect m_dialect;
    ColumnMapping m_mapping;
    CarmaSchema m_schema;
    ConversionOptions m_options;
    CarmaRowMapper m_mapper;
    CarmaTally m_tally;
    CarmaLineChecker m_checker;
    ConversionResult m_result;

    QFile m_source;
    qint64 m_sourceSize = 0;
    QSaveFile m_output;
    std::optional<QSaveFile> m_rejected;
    std::optional<HashWorker> m_hash;
    QByteArray m_block;
    QByteArray m_rejectedBlock;
    QByteArray m_line;
    QList<RowProblem> m_rowProblems;
    QList<QString> m_headers;
    QByteArray m_headerRecord;
    QElapsedTimer m_progressClock;
    qint64 m_bytesDone = 0;
};

QString Conversion::sourceColumnName(int carmaColumn) const
{
    if (carmaColumn < 0)
        return {};
    const FieldMapping &field = m_mapping.field(carmaColumn);
    if (field.source != FieldSource::Column)
        return {};
    if (field.sourceColumn < m_headers.size() && !m_headers.at(field.sourceColumn).isEmpty())
        return m_headers.at(field.sourceColumn);
    if (!field.sourceHeader.isEmpty())
        return field.sourceHeader;
    return tr("column %1").arg(field.sourceColumn + 1);
}

void Conversion::addProblem(ConversionProblem problem)
{
    ++m_result.ruleCounts[problem.rule];
    if (m_result.problems.size() < m_options.maxStoredProblems)
        m_result.problems.append(std::move(problem));
}

bool Conversion::open()
{
    const QList<MappingIssue> issues = m_mapping.issues();
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const MappingIssue &issue : issues)
            messages.append(issue.message);
        return fail(tr("The mapping is incomplete: %1").arg(messages.join(u' ')));
    }
    m_result.pendingDecisions = m_mapping.pendingDecisions();
    if (!m_result.pendingDecisions.isEmpty()) {
        QStringList messages;
        for (const MappingDecision &decision : std::as_const(m_result.pendingDecisions))
            messages.append(decision.message);
        return fail(tr("The mapping needs a decision first: %1").arg(messages.join(u' ')));
    }
    m_source.setFileName(m_sourcePath);
    if (!m_source.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(m_sourcePath, m_source.errorString()));
    m_sourceSize = m_source.size();
    QString outputPath = m_options.outputPath;
    if (outputPath.isEmpty()) {
        const QFileInfo info(m_sourcePath);
        outputPath = info.absolutePath() + u'/' + info.completeBaseName() + u".carma.txt"_s;
    }
    m_output.setFileName(outputPath);
    if (!m_output.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(outputPath, m_output.errorString()));
    if (!m_options.rejectedRowsPath.isEmpty()) {
        m_rejected.emplace(m_options.rejectedRowsPath);
        if (!m_rejected->open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(m_options.rejectedRowsPath, m_rejected->errorString()));
    }
    if (m_options.computeContentHash)
        m_hash.emplace();
    m_block.reserve(OutputBlockBytes + (1 << 20));
    return true;
}

void Conversion::readHeader(const CsvFieldViews &record)
{
    for (QByteArrayView name : record)
        m_headers.append(decodeText(name, m_dialect.encoding).trimmed());
    if (m_rejected)
        appendCsvRecord(m_rejectedBlock, record, m_dialect.delimiter);
}

void Conversion::convertRecord(const CsvFieldViews &record, qint64 sourceLine)
{
    ++m_result.rowsRead;
    m_rowProblems.clear();
    bool errors = !m_mapper.mapRecord(record, m_line, m_rowProblems);
    bool warnings = false;
    for (const RowProblem &row : std::as_const(m_rowProblems)) {
        addProblem(ConversionProblem{sourceLine, sourceColumnName(row.carmaColumn), row.carmaColumn,
                                     m_schema.fieldName(row.carmaColumn), row.rule, CarmaSeverity::Error,
                                     QString::fromUtf8(row.value), row.message});
    }
    if (!errors) {
        // The line checker may read ReadSlackBytes past the end of the line.
        const qsizetype length = m_line.size();
        m_line.resize(length + CarmaLineChecker::ReadSlackBytes);
        std::memset(m_line.data() + length, 0, CarmaLineChecker::ReadSlackBytes);
        m_checker.checkLine(m_line.constData(), m_line.constData() + length, m_mapper.lineIsClean());
        m_line.resize(length);
        for (CarmaProblem &problem : m_tally.problems) {
            errors = errors || problem.severity == CarmaSeverity::Error;
            warnings = warnings || problem.severity == CarmaSeverity::Warning;
            addProblem(ConversionProblem{sourceLine, sourceColumnName(problem.column), problem.column,
                                         problem.field, ruleId(problem.rule), problem.severity,
                                         problem.value, problem.message});
        }
        m_tally.problems.clear();
    }
    if (errors) {
        ++m_result.rowsRejected;
        if (m_rejected)
            appendCsvRecord(m_rejectedBlock, record, m_dialect.delimiter);
        return;
    }
    if (warnings)
        ++m_result.rowsWithWarnings;
    ++m_result.rowsWritten;
    m_block.append(m_line);
    m_block.append('\n');
}

bool Conversion::flush(bool force)
{
    if (m_block.size() >= OutputBlockBytes || (force && !m_block.isEmpty())) {
        if (m_output.write(m_block) != m_block.size())
            return fail(tr("Cannot write %1: %2").arg(m_output.fileName(), m_output.errorString()));
        m_result.bytesWritten += m_block.size();
        if (m_hash) {
            m_hash->add(m_block); // the worker now shares the block; start a fresh one
            m_block = QByteArray();
            m_block.reserve(OutputBlockBytes + (1 << 20));
        } else {
            m_block.resize(0);
        }
    }
    if (m_rejected && (m_rejectedBlock.size() >= OutputBlockBytes || force)) {
        if (m_rejected->write(m_rejectedBlock) != m_rejectedBlock.size())
            return fail(tr("Cannot write %1: %2").arg(m_rejected->fileName(), m_rejected->errorString()));
        m_rejectedBlock.resize(0);
    }
    return true;
}

void Conversion::reportProgress(bool force)
{
    if (!m_options.progress)
        return;
    if (force || m_progressClock.elapsed() >= 50) {
        m_options.progress(m_bytesDone, m_sourceSize);
        m_progressClock.restart();
    }
}

ConversionResult Conversion::run()
{
    if (!open())
        return m_result;
    m_progressClock.start();
    CsvRecordSplitter reader(&m_source, m_dialect.delimiter);
    CsvFieldViews record;
    bool header = m_dialect.hasHeader;
    for (;;) {
        if (!reader.next(record)) {
            if (reader.error() != CsvReadError::None) {
                fail(tr("%1, line %2: %3").arg(m_sourcePath).arg(reader.nextRecordLine()).arg(readErrorText(reader.error())));
                return m_result;
            }
            break;
        }
        if (record.size() == 1 && record.first().isEmpty())
            continue; // a blank line is no data row
        if (header) {
            header = false;
            readHeader(record);
            continue;
        }
        convertRecord(record, reader.recordStartLine());
        if ((m_result.rowsRead & 1023) == 0) {
            if (!flush(false))
                return m_result;
            m_bytesDone = reader.bytesConsumed();
            reportProgress(false);
            if (m_options.cancel != nullptr && m_options.cancel->load(std::memory_order_relaxed)) {
                m_result.outcome = ConversionResult::Outcome::Cancelled;
                m_result.errorString = tr("Cancelled.");
                return m_result;
            }
        }
    }
    if (!flush(true))
        return m_result;
    m_bytesDone = reader.bytesConsumed();
    reportProgress(true);
    if (m_result.rowsRejected > 0 && !m_options.validRowsOnly) {
        fail(tr("%1 of %2 rows have errors; nothing was written. Fix them, or leave invalid rows out.")
                 .arg(m_result.rowsRejected)
                 .arg(m_result.rowsRead));
        if (m_rejected)
            m_rejected->commit();
        return m_result;
    }
    if (m_rejected && !m_rejected->commit()) {
        fail(tr("Cannot write %1: %2").arg(m_rejected->fileName(), m_rejected->errorString()));
        return m_result;
    }
    if (!m_output.commit()) {
        fail(tr("Cannot write %1: %2").arg(m_output.fileName(), m_output.errorString()));
        return m_result;
    }
    m_result.totalValue = m_tally.totalValue;
    m_result.outputPath = m_output.fileName();
    if (m_hash)
        m_result.sha256 = m_hash->finish();
    return m_result;
}

} // namespace

ConversionResult convertToCarma(const QString &sourcePath, const CsvDialect &dialect, const ColumnMapping &mapping,
                                const ConversionOptions &options)
{
    Conversion conversion(sourcePath, dialect, mapping, options);
    return conversion.run();
}

} // namespace cdp::csv
