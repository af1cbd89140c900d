#include "carmabatchworker.h"

#include "carmastore.h"
#include "sandboxlogging.h"

#include <QByteArrayList>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

namespace {

// Lines of a Carma file: LF-terminated, a CR before the LF stripped, no line after a final LF.
QByteArrayList takeLines(const QByteArray &body, qsizetype *offset, qint64 count)
{
    QByteArrayList lines;
    while (*offset < body.size() && lines.size() < count) {
        qsizetype end = body.indexOf('\n', *offset);
        if (end < 0)
            end = body.size();
        QByteArray line = body.mid(*offset, end - *offset);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        *offset = end + 1;
    }
    return lines;
}

} // namespace

CarmaBatchWorker::CarmaBatchWorker(CarmaStore *store, const CarmaOptions &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &CarmaBatchWorker::tick);
}

void CarmaBatchWorker::enqueue(qint64 batchId, QByteArray body, QString formatError)
{
    const std::optional<CarmaBatch> batch = m_store->batch(batchId);
    if (!batch)
        return;
    Job job;
    job.batchId = batchId;
    job.listId = batch->listId;
    job.body = std::move(body);
    job.formatError = std::move(formatError);
    job.readyAtMs = QDateTime::currentMSecsSinceEpoch() + m_options.pendingMs;
    m_jobs.push_back(std::move(job));
    if (!m_timer.isActive())
        m_timer.start();
}

qint64 CarmaBatchWorker::remainingMs(qint64 batchId) const
{
    const auto job = std::find_if(m_jobs.begin(), m_jobs.end(), [batchId](const Job &j) { return j.batchId == batchId; });
    if (job == m_jobs.end())
        return 0;
    const std::optional<CarmaBatch> batch = m_store->batch(batchId);
    const qint64 lines = batch ? batch->total - batch->processed : 0;
    const qint64 pending = std::max<qint64>(0, job->readyAtMs - QDateTime::currentMSecsSinceEpoch());
    return pending + (job->formatError.isEmpty() ? lines * 1000 / std::max(1, m_options.rowsPerSecond) : 0);
}

void CarmaBatchWorker::tick()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 budget = std::max<qint64>(1, qint64(m_options.rowsPerSecond) * kTickMs / 1000);
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(),
                                [this, nowMs, budget](Job &job) { return advance(job, nowMs, budget); }),
                 m_jobs.end());
    if (m_jobs.empty())
        m_timer.stop();
}

bool CarmaBatchWorker::advance(Job &job, qint64 nowMs, qint64 budget)
{
    if (nowMs < job.readyAtMs)
        return false;
    std::optional<CarmaBatch> batch = m_store->batch(job.batchId);
    if (!batch)
        return true;

    if (!job.formatError.isEmpty()) {
        batch->status = u"ERROR"_s;
        batch->startMs = batch->startMs.value_or(nowMs);
        batch->endMs = nowMs;
        batch->reason = job.formatError;
        m_store->updateBatch(*batch);
        qCInfo(lcSandbox).noquote() << u"carma batch %1: ERROR (%2)"_s.arg(job.batchId).arg(job.formatError);
        return true;
    }
    if (batch->status == u"PENDING") {
        // One tick IN_PROGRESS before the first rows, so a poller can see every state.
        batch->status = u"IN_PROGRESS"_s;
        batch->startMs = nowMs;
        m_store->updateBatch(*batch);
        return false;
    }

    const QByteArrayList lines = takeLines(job.body, &job.offset, budget);
    if (!lines.isEmpty()) {
        if (!m_store->appendRows(job.listId, job.batchId, job.nextLine, lines)) {
            batch->status = u"ERROR"_s;
            batch->endMs = nowMs;
            batch->reason = u"The sandbox could not store the rows"_s;
            m_store->updateBatch(*batch);
            return true;
        }
        job.nextLine += lines.size();
        batch->processed += lines.size();
        batch->affected += lines.size();
    }
    const bool done = job.offset >= job.body.size();
    if (done) {
        batch->status = u"FINISHED"_s;
        batch->endMs = nowMs;
        qCInfo(lcSandbox).noquote() << u"carma batch %1: FINISHED, %2 rows appended to list %3"_s.arg(job.batchId)
                                                .arg(batch->affected)
                                                .arg(job.listId);
    }
    m_store->updateBatch(*batch);
    return done;
}

} // namespace cdp::sandbox
