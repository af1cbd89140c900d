#include "csv/carmaconversion.h"

#include "csv/carmalinechecker.h"
#include "csv/carmarowmapper.h"
#include "csv/csvrecordsplitter.h"
#include "csv/sha256.h"
#include "csv/textencoding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <condition_variable>
#include <cstring>
#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

constexpr qsizetype OutputBlockBytes = 4 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("CarmaConversion", text);
}

// SHA-256 of the written blocks on its own thread (OpenSSL, ~1.6 GB/s with SHA-NI); blocks are implicitly shared, so handing one over copies nothing.
class HashWorker
{
public:
    HashWorker()
        : m_thread([this] { run(); })
    {
    }
    ~HashWorker() { stop(); }
    HashWorker(const HashWorker &) = delete;
    HashWorker &operator=(const HashWorker &) = delete;

    void add(const QByteArray &block)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < 4; });
        m_queue.push_back(block);
        m_ready.notify_one();
    }
    // Call once, after the last add().
    QByteArray finish()
    {
        stop();
        return m_hash.result();
    }

private:
    void stop()
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_ready.notify_one();
        m_thread.join();
    }

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

    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QByteArray> m_queue;
    bool m_done = false;
    std::thread m_thread;
};

// Records are split on a thread of their own and handed over in numbered batches that own their
// bytes (the splitter's views die with its next block, so each batch copies the fields it carries:
// a memcpy of the source, cheap beside the parse). Converter threads map and check whole batches
// in parallel; the calling thread writes their outputs strictly in batch order, so the Carma file,
// the rejected-rows file and the problem list come out exactly as a sequential run would write them.
struct RecordBatch
{
    qint64 seq = 0;
    QByteArray storage;                 // the fields' bytes, back to back
    std::vector<qsizetype> fields;      // per field: offset into storage, length (pairs)
    std::vector<int> fieldCounts;       // per record
    std::vector<qint64> lines;          // per record: 1-based line where it starts
    qint64 bytesConsumed = 0;           // source bytes consumed after the batch's last record
    bool last = false;                  // no batch follows
    CsvReadError error = CsvReadError::None;   // set on the last batch when reading failed
    qint64 errorLine = 0;
};

class RecordProducer
{
public:
    static constexpr qsizetype BatchBytes = 512 << 10;
    static constexpr int BatchRecords = 4096;
    static constexpr std::size_t MaxQueued = 6;

    // Reads the header record (the first non-blank one) on the calling thread when there is one,
    // then starts splitting the rest on its own thread.
    RecordProducer(QIODevice *device, char delimiter, bool hasHeader)
        : m_splitter(device, delimiter)
    {
        if (hasHeader) {
            CsvFieldViews record;
            while (m_splitter.next(record)) {
                if (record.size() == 1 && record.first().isEmpty())
                    continue;
                for (QByteArrayView field : std::as_const(record))
                    m_header.append(field.toByteArray());
                break;
            }
        }
        m_thread = std::thread([this] { run(); });
    }
    ~RecordProducer() { stop(); }
    RecordProducer(const RecordProducer &) = delete;
    RecordProducer &operator=(const RecordProducer &) = delete;

    const QList<QByteArray> &header() const { return m_header; }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        m_ready.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    // The next batch; nothing once the last one was taken or after stop().
    std::optional<RecordBatch> take()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_stop || m_drained || !m_queue.empty(); });
        if (m_queue.empty())
            return std::nullopt;
        RecordBatch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_drained = batch.last;
        lock.unlock();
        m_space.notify_one();
        if (m_drained)
            m_ready.notify_all();
        return batch;
    }

private:
    bool push(RecordBatch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_stop || m_queue.size() < MaxQueued; });
        if (m_stop)
            return false;
        batch.seq = m_nextSeq++;
        m_queue.push_back(std::move(batch));
        lock.unlock();
        m_ready.notify_one();
        batch = RecordBatch();
        return true;
    }
    void run()
    {
        RecordBatch batch;
        CsvFieldViews record;
        qsizetype used = 0;
        for (;;) {
            if (m_splitter.error() != CsvReadError::None || !m_splitter.next(record)) {
                batch.storage.truncate(used);
                batch.last = true;
                batch.error = m_splitter.error();
                batch.errorLine = m_splitter.nextRecordLine();
                batch.bytesConsumed = m_splitter.bytesConsumed();
                push(batch);
                return;
            }
            if (batch.storage.isEmpty()) {
                batch.storage.resize(BatchBytes + (64 << 10));
                batch.fields.reserve(std::size_t(BatchRecords) * 16);
                batch.fieldCounts.reserve(BatchRecords);
                batch.lines.reserve(BatchRecords);
                used = 0;
            }
            for (QByteArrayView field : std::as_const(record)) {
                const qsizetype length = field.size();
                if (used + length > batch.storage.size())
                    batch.storage.resize(std::max(2 * batch.storage.size(), used + length));
                if (length > 0)
                    std::memcpy(batch.storage.data() + used, field.data(), std::size_t(length));
                batch.fields.push_back(used);
                batch.fields.push_back(length);
                used += length;
            }
            batch.fieldCounts.push_back(int(record.size()));
            batch.lines.push_back(m_splitter.recordStartLine());
            if (used >= BatchBytes || batch.fieldCounts.size() >= std::size_t(BatchRecords)) {
                batch.storage.truncate(used);
                batch.bytesConsumed = m_splitter.bytesConsumed();
                if (!push(batch))
                    return;
            }
        }
    }

    CsvRecordSplitter m_splitter;
    QList<QByteArray> m_header;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<RecordBatch> m_queue;
    qint64 m_nextSeq = 0;
    bool m_stop = false;
    bool m_drained = false;
    std::thread m_thread;
};

// What converting one batch produced, waiting to be written in order.
struct BatchOutput
{
    qint64 seq = 0;
    QByteArray lines;                   // Carma lines, LF-terminated
    QByteArray rejected;                // rejected source records, source dialect
    QList<ConversionProblem> problems;  // at most maxStoredProblems
    QMap<QString, qint64> ruleCounts;
    qint64 rowsRead = 0;
    qint64 rowsWritten = 0;
    qint64 rowsRejected = 0;
    qint64 rowsWithWarnings = 0;
    qint64 bytesConsumed = 0;
    bool last = false;
    CsvReadError error = CsvReadError::None;
    qint64 errorLine = 0;
};

// Hands batch outputs from the converter threads to the writing thread in sequence order; a
// converter more than `window` batches ahead of the writer waits (bounded memory).
class OrderedOutputs
{
public:
    explicit OrderedOutputs(qint64 window)
        : m_window(window)
    {
    }
    bool put(BatchOutput output)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_stop || output.seq < m_next + m_window; });
        if (m_stop)
            return false;
        const qint64 seq = output.seq;
        m_waiting.emplace(seq, std::move(output));
        lock.unlock();
        m_ready.notify_all();
        return true;
    }
    // The next output in order; nothing after stop() or when a converter gave up (abandon()).
    std::optional<BatchOutput> next()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_stop || m_abandoned || m_waiting.count(m_next) != 0; });
        auto it = m_waiting.find(m_next);
        if (it == m_waiting.end())
            return std::nullopt;
        BatchOutput output = std::move(it->second);
        m_waiting.erase(it);
        ++m_next;
        lock.unlock();
        m_space.notify_all();
        return output;
    }
    // A converter ran out of batches: once every converter has, and the next output never came,
    // next() answers nothing instead of waiting for ever.
    void converterDone(int converters)
    {
        {
            std::lock_guard lock(m_mutex);
            m_abandoned = ++m_doneConverters >= converters;
        }
        m_ready.notify_all();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        m_ready.notify_all();
    }

private:
    qint64 m_window;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::map<qint64, BatchOutput> m_waiting;
    qint64 m_next = 0;
    int m_doneConverters = 0;
    bool m_abandoned = false;
    bool m_stop = false;
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

// What the converter threads share, read-only once the conversion runs.
struct ConversionContext
{
    const ColumnMapping *mapping = nullptr;
    const CsvDialect *dialect = nullptr;
    const CarmaSchema *schema = nullptr;
    QList<QString> headers;           // decoded header names (empty without a header)
    bool keepRejected = false;        // collect rejected source records
    qsizetype maxStoredProblems = 0;

    QString sourceColumnName(int carmaColumn) const
    {
        if (carmaColumn < 0)
            return {};
        const FieldMapping &field = mapping->field(carmaColumn);
        if (field.source != FieldSource::Column)
            return {};
        if (field.sourceColumn < headers.size() && !headers.at(field.sourceColumn).isEmpty())
            return headers.at(field.sourceColumn);
        if (!field.sourceHeader.isEmpty())
            return field.sourceHeader;
        return tr("column %1").arg(field.sourceColumn + 1);
    }
};

// Maps and checks the records of whole batches; one per converter thread.
class BatchConverter
{
public:
    explicit BatchConverter(const ConversionContext &context)
        : m_context(context)
        , m_mapper(*context.mapping, *context.dialect)
        , m_firstChecker(*context.schema, std::numeric_limits<qsizetype>::max(), true, m_tally)
        , m_checker(*context.schema, std::numeric_limits<qsizetype>::max(), false, m_tally)
    {
    }

    void convert(const RecordBatch &batch, BatchOutput &out)
    {
        out.seq = batch.seq;
        out.bytesConsumed = batch.bytesConsumed;
        out.last = batch.last;
        out.error = batch.error;
        out.errorLine = batch.errorLine;
        out.lines.reserve(batch.storage.size() + batch.storage.size() / 2);
        // The file's first line is also checked for looking like a header row; only batch 0 holds
        // it, and the converter that takes batch 0 has checked nothing before (tally.lines == 0).
        CarmaLineChecker &checker = batch.seq == 0 ? m_firstChecker : m_checker;
        CsvFieldViews record;
        std::size_t field = 0;
        for (std::size_t r = 0; r < batch.fieldCounts.size(); ++r) {
            const int count = batch.fieldCounts[r];
            record.resize(count);
            for (int i = 0; i < count; ++i, ++field)
                record[i] = QByteArrayView(batch.storage.constData() + batch.fields[2 * field], batch.fields[2 * field + 1]);
            if (record.size() == 1 && record.first().isEmpty())
                continue; // a blank line is no data row
            convertRecord(record, batch.lines[r], checker, out);
        }
    }

    CarmaAmount totalValue() const { return m_tally.totalValue; }

private:
    void addProblem(BatchOutput &out, ConversionProblem problem)
    {
        ++out.ruleCounts[problem.rule];
        if (out.problems.size() < m_context.maxStoredProblems)
            out.problems.append(std::move(problem));
    }

    void convertRecord(const CsvFieldViews &record, qint64 sourceLine, CarmaLineChecker &checker, BatchOutput &out)
    {
        ++out.rowsRead;
        m_rowProblems.clear();
        bool errors = !m_mapper.mapRecord(record, m_line, m_rowProblems);
        bool warnings = false;
        const CarmaSchema &schema = *m_context.schema;
        for (const RowProblem &row : std::as_const(m_rowProblems)) {
            addProblem(out, ConversionProblem{sourceLine, m_context.sourceColumnName(row.carmaColumn), row.carmaColumn,
                                              schema.fieldName(row.carmaColumn), row.rule, CarmaSeverity::Error,
                                              QString::fromUtf8(row.value), row.message});
        }
        if (!errors) {
            // The line checker may read ReadSlackBytes past the end of the line.
            const qsizetype length = m_line.size();
            m_line.resize(length + CarmaLineChecker::ReadSlackBytes);
            std::memset(m_line.data() + length, 0, CarmaLineChecker::ReadSlackBytes);
            checker.checkLine(m_line.constData(), m_line.constData() + length, m_mapper.lineIsClean());
            m_line.resize(length);
            for (CarmaProblem &problem : m_tally.problems) {
                errors = errors || problem.severity == CarmaSeverity::Error;
                warnings = warnings || problem.severity == CarmaSeverity::Warning;
                addProblem(out, ConversionProblem{sourceLine, m_context.sourceColumnName(problem.column), problem.column,
                                                  problem.field, ruleId(problem.rule), problem.severity,
                                                  problem.value, problem.message});
            }
            m_tally.problems.clear();
        }
        if (errors) {
            ++out.rowsRejected;
            if (m_context.keepRejected)
                appendCsvRecord(out.rejected, record, m_context.dialect->delimiter);
            return;
        }
        if (warnings)
            ++out.rowsWithWarnings;
        ++out.rowsWritten;
        out.lines.append(m_line);
        out.lines.append('\n');
    }

    const ConversionContext &m_context;
    CarmaRowMapper m_mapper;
    CarmaTally m_tally;
    CarmaLineChecker m_firstChecker;
    CarmaLineChecker m_checker;
    QByteArray m_line;
    QList<RowProblem> m_rowProblems;
};

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
    bool write(BatchOutput &output);
    bool flush(bool force);
    void reportProgress(bool force);

    QString m_sourcePath;
    CsvDialect m_dialect;
    ColumnMapping m_mapping;
    CarmaSchema m_schema;
    ConversionOptions m_options;
    ConversionResult m_result;

    QFile m_source;
    qint64 m_sourceSize = 0;
    QSaveFile m_output;
    std::optional<QSaveFile> m_rejected;
    std::optional<HashWorker> m_hash;
    QByteArray m_block;
    QByteArray m_rejectedBlock;
    QElapsedTimer m_progressClock;
    qint64 m_bytesDone = 0;
};

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

// Merges one batch's output into the result and the output blocks, in batch order.
bool Conversion::write(BatchOutput &output)
{
    m_result.rowsRead += output.rowsRead;
    m_result.rowsWritten += output.rowsWritten;
    m_result.rowsRejected += output.rowsRejected;
    m_result.rowsWithWarnings += output.rowsWithWarnings;
    for (auto it = output.ruleCounts.cbegin(); it != output.ruleCounts.cend(); ++it)
        m_result.ruleCounts[it.key()] += it.value();
    for (ConversionProblem &problem : output.problems) {
        if (m_result.problems.size() >= m_options.maxStoredProblems)
            break;
        m_result.problems.append(std::move(problem));
    }
    m_block.append(output.lines);
    if (m_rejected)
        m_rejectedBlock.append(output.rejected);
    m_bytesDone = output.bytesConsumed;
    return flush(false);
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

    RecordProducer producer(&m_source, m_dialect.delimiter, m_dialect.hasHeader);
    ConversionContext context;
    context.mapping = &m_mapping;
    context.dialect = &m_dialect;
    context.schema = &m_schema;
    context.keepRejected = m_rejected.has_value();
    context.maxStoredProblems = m_options.maxStoredProblems;
    for (const QByteArray &name : producer.header())
        context.headers.append(decodeText(name, m_dialect.encoding).trimmed());
    if (m_rejected && !producer.header().isEmpty()) {
        CsvFieldViews header;
        for (const QByteArray &name : producer.header())
            header.append(QByteArrayView(name));
        appendCsvRecord(m_rejectedBlock, header, m_dialect.delimiter);
    }

    const int converterCount = std::clamp(QThread::idealThreadCount(), 1, 4);
    OrderedOutputs outputs(2 * converterCount + 2);
    std::vector<std::unique_ptr<BatchConverter>> converters;
    std::vector<std::thread> threads;
    for (int i = 0; i < converterCount; ++i) {
        converters.push_back(std::make_unique<BatchConverter>(context));
        threads.emplace_back([&, converter = converters.back().get()] {
            while (std::optional<RecordBatch> batch = producer.take()) {
                BatchOutput output;
                converter->convert(*batch, output);
                if (!outputs.put(std::move(output)))
                    break;
            }
            outputs.converterDone(converterCount);
        });
    }
    const auto stopAll = [&] {
        producer.stop();
        outputs.stop();
        for (std::thread &thread : threads)
            thread.join();
        threads.clear();
    };

    for (;;) {
        std::optional<BatchOutput> output = outputs.next();
        if (!output) { // cannot happen while every batch arrives; never wait for ever
            stopAll();
            fail(tr("%1: the conversion stopped unexpectedly").arg(m_sourcePath));
            return m_result;
        }
        if (!write(*output)) {
            stopAll();
            return m_result;
        }
        if (output->last && output->error != CsvReadError::None) {
            stopAll();
            fail(tr("%1, line %2: %3").arg(m_sourcePath).arg(output->errorLine).arg(readErrorText(output->error)));
            return m_result;
        }
        if (output->last)
            break;
        reportProgress(false);
        if (m_options.cancel != nullptr && m_options.cancel->load(std::memory_order_relaxed)) {
            stopAll();
            m_result.outcome = ConversionResult::Outcome::Cancelled;
            m_result.errorString = tr("Cancelled.");
            return m_result;
        }
    }
    stopAll();
    CarmaAmount total;
    for (const std::unique_ptr<BatchConverter> &converter : converters)
        total.units += converter->totalValue().units;

    if (!flush(true))
        return m_result;
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
    m_result.totalValue = total;
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
