#include "csv/carmavalidator.h"
#include "csv/sha256.h"

#include "csv/carmachunkscanner.h"

#include <QCoreApplication>
#include <QFile>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

using ReaderFactory = std::function<CarmaReadAt(QString *error)>;

QString tr(const char *text)
{
    return QCoreApplication::translate("CarmaValidator", text);
}

CarmaReadAt fileReader(const QString &path, QString *error)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = file->errorString();
        return {};
    }
    return [file](qint64 offset, char *buffer, qint64 size) -> qint64 {
        if (file->pos() != offset && !file->seek(offset))
            return -1;
        qint64 total = 0;
        while (total < size) {
            const qint64 got = file->read(buffer + total, size - total);
            if (got < 0)
                return -1;
            if (got == 0)
                break;
            total += got;
        }
        return total;
    };
}

CarmaReadAt memoryReader(QByteArrayView data)
{
    return [data](qint64 offset, char *buffer, qint64 size) -> qint64 {
        const qint64 count = std::max<qint64>(0, std::min<qint64>(size, data.size() - offset));
        if (count > 0)
            std::memcpy(buffer, data.data() + offset, static_cast<std::size_t>(count));
        return count;
    };
}

// Range starts: the first line start at or after each even split point.
std::vector<CarmaScanRange> splitRanges(const CarmaReadAt &readAt, qint64 size, int parts)
{
    std::vector<CarmaScanRange> ranges;
    qint64 begin = 0;
    std::vector<char> probe(64 * 1024);
    for (int part = 1; part < parts && begin < size; ++part) {
        const qint64 target = std::max(begin + 1, size * part / parts);
        qint64 boundary = size;
        for (qint64 at = target - 1; at < size;) {
            const qint64 got = readAt(at, probe.data(), static_cast<qint64>(probe.size()));
            if (got <= 0)
                break;
            const auto *newline = static_cast<const char *>(std::memchr(probe.data(), '\n', static_cast<std::size_t>(got)));
            if (newline != nullptr) {
                boundary = at + (newline - probe.data()) + 1;
                break;
            }
            at += got;
        }
        if (boundary >= size)
            break;
        ranges.push_back({begin, boundary});
        begin = boundary;
    }
    ranges.push_back({begin, size});
    return ranges;
}

void mergeTally(CarmaValidationResult &result, CarmaTally &tally, qsizetype maxStored)
{
    const qint64 lineOffset = result.lines;
    for (CarmaProblem &problem : tally.problems) {
        if (result.problems.size() >= maxStored)
            break;
        problem.line += lineOffset;
        result.problems.append(std::move(problem));
    }
    result.lines += tally.lines;
    result.validRows += tally.validRows;
    result.invalidRows += tally.invalidRows;
    result.rowsWithWarnings += tally.rowsWithWarnings;
    result.crlfLines += tally.crlfLines;
    for (std::size_t rule = 0; rule < result.ruleCounts.size(); ++rule)
        result.ruleCounts[rule] += tally.ruleCounts[rule];
    result.totalValue.units += tally.totalValue.units;
}

bool appendFile(QFile &target, const QString &partPath)
{
    QFile part(partPath);
    if (!part.open(QIODevice::ReadOnly))
        return false;
    QByteArray block;
    for (;;) {
        block = part.read(4 << 20);
        if (block.isEmpty())
            break;
        if (target.write(block) != block.size())
            return false;
    }
    return part.error() == QFileDevice::NoError;
}

CarmaValidationResult validate(const ReaderFactory &makeReader, qint64 size, const CarmaValidationOptions &options)
{
    CarmaValidationResult result;
    result.bytes = size;
    QString error;
    const CarmaReadAt splitter = makeReader(&error);
    if (!splitter) {
        result.outcome = CarmaValidationResult::Outcome::Failed;
        result.errorString = error;
        return result;
    }
    if (size == 0) {
        CarmaProblem problem;
        problem.line = 1;
        problem.rule = CarmaRule::EmptyFile;
        problem.severity = ruleSeverity(CarmaRule::EmptyFile);
        problem.message = ruleDescription(CarmaRule::EmptyFile);
        result.problems.append(problem);
        result.ruleCounts[static_cast<std::size_t>(CarmaRule::EmptyFile)] = 1;
        if (options.computeContentHash)
            result.sha256 = Sha256::hash(QByteArrayView());
        return result;
    }

    const CarmaSchema schema = CarmaSchema::forLayout(options.layout);
    const std::vector<CarmaScanRange> ranges = splitRanges(splitter, size, std::max(1, options.threads));
    const std::size_t count = ranges.size();

    // Rejected rows: one file per range, joined in order at the end.
    std::vector<std::unique_ptr<QFile>> rejectFiles(count);
    if (!options.rejectedRowsPath.isEmpty()) {
        for (std::size_t index = 0; index < count; ++index) {
            const QString path = count == 1 ? options.rejectedRowsPath
                                            : options.rejectedRowsPath + u".part"_s + QString::number(index);
            rejectFiles[index] = std::make_unique<QFile>(path);
            if (!rejectFiles[index]->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                result.outcome = CarmaValidationResult::Outcome::Failed;
                result.errorString = rejectFiles[index]->errorString();
                return result;
            }
        }
    }

    std::atomic<qint64> bytesDone{0};
    std::atomic<qint64> hashBytesDone{0};
    std::mutex mutex;
    std::condition_variable finishedSignal;
    std::size_t finished = 0;
    std::vector<CarmaTally> tallies(count);
    std::vector<CarmaScanStatus> statuses(count, CarmaScanStatus::Done);
    std::vector<QString> openErrors(count);
    std::vector<std::thread> workers;
    const std::size_t jobs = count + (options.computeContentHash ? 1 : 0);

    auto markFinished = [&] {
        const std::lock_guard<std::mutex> lock(mutex);
        ++finished;
        finishedSignal.notify_one();
    };

    for (std::size_t index = 0; index < count; ++index) {
        workers.emplace_back([&, index] {
            const CarmaReadAt readAt = makeReader(&openErrors[index]);
            if (!readAt) {
                statuses[index] = CarmaScanStatus::ReadError;
            } else {
                CarmaScanSettings settings;
                settings.schema = &schema;
                settings.maxStoredProblems = options.maxStoredProblems;
                settings.maxLineBytes = options.maxLineBytes;
                settings.blockBytes = options.blockBytes;
                settings.cancel = options.cancel;
                settings.bytesDone = &bytesDone;
                settings.rejectedRows = rejectFiles[index].get();
                statuses[index] = scanCarmaRange(readAt, ranges[index], settings, tallies[index]);
            }
            markFinished();
        });
    }
    bool hashOk = true;
    if (options.computeContentHash) {
        workers.emplace_back([&] {
            QString hashError;
            const CarmaReadAt readAt = makeReader(&hashError);
            Sha256 hash;
            std::vector<char> block(static_cast<std::size_t>(options.blockBytes));
            qint64 offset = 0;
            while (readAt && offset < size) {
                if (options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed))
                    break;
                const qint64 got = readAt(offset, block.data(), static_cast<qint64>(block.size()));
                if (got <= 0)
                    break;
                hash.addData(QByteArrayView(block.data(), got));
                offset += got;
                hashBytesDone.fetch_add(got, std::memory_order_relaxed);
            }
            hashOk = offset == size;
            if (hashOk)
                result.sha256 = hash.result();
            markFinished();
        });
    }

    const qint64 progressTotal = options.computeContentHash ? 2 * size : size;
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (finished < jobs) {
            finishedSignal.wait_for(lock, std::chrono::milliseconds(50));
            if (options.progress) {
                lock.unlock();
                options.progress(bytesDone.load() + hashBytesDone.load(), progressTotal);
                lock.lock();
            }
        }
    }
    for (std::thread &worker : workers)
        worker.join();

    for (std::size_t index = 0; index < count; ++index)
        mergeTally(result, tallies[index], options.maxStoredProblems);

    for (std::size_t index = 0; index < count; ++index) {
        if (statuses[index] == CarmaScanStatus::Cancelled) {
            result.outcome = CarmaValidationResult::Outcome::Cancelled;
        } else if (statuses[index] != CarmaScanStatus::Done && result.outcome != CarmaValidationResult::Outcome::Failed) {
            result.outcome = CarmaValidationResult::Outcome::Failed;
            result.errorString = !openErrors[index].isEmpty() ? openErrors[index]
                                 : statuses[index] == CarmaScanStatus::WriteError
                                     ? tr("Cannot write the rejected rows.")
                                     : tr("Cannot read the file.");
        }
    }
    if (result.outcome == CarmaValidationResult::Outcome::Completed && !hashOk) {
        if (options.cancel != nullptr && options.cancel->load())
            result.outcome = CarmaValidationResult::Outcome::Cancelled;
        else {
            result.outcome = CarmaValidationResult::Outcome::Failed;
            result.errorString = tr("Cannot read the file.");
        }
    }
    if (result.outcome != CarmaValidationResult::Outcome::Completed)
        result.sha256.clear();

    if (count > 1 && !options.rejectedRowsPath.isEmpty()) {
        QFile joined(options.rejectedRowsPath);
        bool ok = joined.open(QIODevice::WriteOnly | QIODevice::Truncate);
        for (std::size_t index = 0; index < count; ++index) {
            rejectFiles[index]->close();
            ok = ok && appendFile(joined, rejectFiles[index]->fileName());
            rejectFiles[index]->remove();
        }
        if (!ok && result.outcome == CarmaValidationResult::Outcome::Completed) {
            result.outcome = CarmaValidationResult::Outcome::Failed;
            result.errorString = tr("Cannot write the rejected rows.");
        }
    }
    if (options.progress)
        options.progress(bytesDone.load() + hashBytesDone.load(), progressTotal);
    return result;
}

} // namespace

qint64 CarmaValidationResult::errorCount() const
{
    qint64 total = 0;
    for (int rule = 0; rule < CarmaRuleCount; ++rule) {
        if (ruleSeverity(static_cast<CarmaRule>(rule)) == CarmaSeverity::Error)
            total += ruleCounts[static_cast<std::size_t>(rule)];
    }
    return total;
}

qint64 CarmaValidationResult::warningCount() const
{
    qint64 total = 0;
    for (int rule = 0; rule < CarmaRuleCount; ++rule) {
        if (ruleSeverity(static_cast<CarmaRule>(rule)) == CarmaSeverity::Warning)
            total += ruleCounts[static_cast<std::size_t>(rule)];
    }
    return total;
}

CarmaValidationResult CarmaValidator::validateFile(const QString &path, const CarmaValidationOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CarmaValidationResult result;
        result.outcome = CarmaValidationResult::Outcome::Failed;
        result.errorString = file.errorString();
        return result;
    }
    const qint64 size = file.size();
    file.close();
    return validate([&path](QString *error) { return fileReader(path, error); }, size, options);
}

CarmaValidationResult CarmaValidator::validateData(QByteArrayView data, const CarmaValidationOptions &options)
{
    return validate([data](QString *) { return memoryReader(data); }, data.size(), options);
}

} // namespace cdp::csv
