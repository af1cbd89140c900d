#pragma once

#include "carmaoptions.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

namespace cdp::sandbox {

class CarmaStore;

// Moves uploaded batches PENDING -> IN_PROGRESS -> FINISHED (or ERROR) in the server's thread:
// a batch waits options.pendingMs, then its lines are appended to the list at
// options.rowsPerSecond (in ticks of kTickMs). A batch whose file breaks the format turns ERROR
// with the reason once its PENDING time is over, and stores no row. The bodies stay in memory.
class CarmaBatchWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 50;

    CarmaBatchWorker(CarmaStore *store, const CarmaOptions &options, QObject *parent = nullptr);

    // formatError: empty when the file is acceptable, else the reason of the ERROR.
    void enqueue(qint64 batchId, QByteArray body, QString formatError);
    // Estimated time until the batch is finished (for Retry-After).
    qint64 remainingMs(qint64 batchId) const;

private:
    struct Job
    {
        qint64 batchId = 0;
        QString listId;
        QByteArray body;
        qsizetype offset = 0;          // next unread byte of body
        qint64 nextLine = 1;
        QString formatError;
        qint64 readyAtMs = 0;          // end of PENDING
    };

    void tick();
    bool advance(Job &job, qint64 nowMs, qint64 budget);   // true when the job is done

    CarmaStore *m_store;
    CarmaOptions m_options;
    QTimer m_timer;
    std::vector<Job> m_jobs;
};

} // namespace cdp::sandbox
