#pragma once

// GUI event-loop latency for the benchmarks: a 10 ms Qt::PreciseTimer on the GUI thread records
// how late each tick fires (actual interval - 10 ms = how long the thread could not serve its
// event loop: busy with other work, or waiting for a core) and the thread's CPU time meanwhile.
// Used by bench_lookup_loadall (issue 4) and bench_import_gui_latency (issue 5).

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

namespace cdp::bench {

class LatencyProbe : public QObject
{
public:
    static constexpr int kTickMs = 10;
    static constexpr double kStallMs = 50.0;   // the issues' limit for a blocked GUI

    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            m_lateMs.push_back(double(now - m_last) / 1e6 - kTickMs);
            m_atMs.push_back(double(now) / 1e6);
            m_cpuMs.push_back(cpu - m_lastCpuMs);
            m_last = now;
            m_lastCpuMs = cpu;
        });
    }

    // Forgets earlier ticks and starts measuring (time 0 = now).
    void start()
    {
        m_lateMs.clear();
        m_atMs.clear();
        m_cpuMs.clear();
        m_clock.start();
        m_startMonotonicMs = monotonicMs();
        m_last = 0;
        m_lastCpuMs = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double elapsedSeconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    // CLOCK_MONOTONIC at start(), to put the ticks of probes in different threads on one time line.
    double startMonotonicMs() const { return m_startMonotonicMs; }

    struct Summary
    {
        size_t ticks = 0;
        double maxMs = 0, p99Ms = 0, p50Ms = 0;
        int stalls = 0;                                   // ticks more than kStallMs late
        double cpuMs = 0;                                 // CPU time of the GUI thread over these ticks
        std::vector<std::pair<double, double>> worst;     // (late ms, ms since start) of the worst ticks
        std::vector<double> worstCpuMs;                   // CPU time of the GUI thread during each of them
    };

    // Ticks that fired in [fromMs, toMs) (ms since start()); by default all of them. A tick is
    // counted where it fired: a stall shows up in the span during which the thread came back.
    Summary summary(double fromMs = 0.0, double toMs = std::numeric_limits<double>::infinity(),
                    size_t worstCount = 5) const
    {
        Summary s;
        std::vector<double> sorted;
        std::vector<size_t> ticks;
        for (size_t i = 0; i < m_lateMs.size(); ++i) {
            if (m_atMs[i] >= fromMs && m_atMs[i] < toMs) {
                sorted.push_back(m_lateMs[i]);
                ticks.push_back(i);
                s.cpuMs += m_cpuMs[i];
            }
        }
        std::sort(sorted.begin(), sorted.end());
        s.ticks = sorted.size();
        if (sorted.empty())
            return s;
        auto at = [&sorted](double q) { return sorted.at(std::min(sorted.size() - 1, size_t(q * double(sorted.size())))); };
        s.maxMs = sorted.back();
        s.p99Ms = at(0.99);
        s.p50Ms = at(0.50);
        s.stalls = int(std::count_if(sorted.begin(), sorted.end(), [](double late) { return late > kStallMs; }));
        std::stable_sort(ticks.begin(), ticks.end(), [this](size_t a, size_t b) { return m_lateMs[a] > m_lateMs[b]; });
        ticks.resize(std::min(ticks.size(), worstCount));
        for (const size_t i : ticks) {
            s.worst.emplace_back(m_lateMs[i], m_atMs[i]);
            s.worstCpuMs.push_back(m_cpuMs[i]);
        }
        return s;
    }

private:
    // CPU time of the calling (GUI) thread: a late tick with little CPU time means the thread was
    // waiting for a core (or a lock), not working.
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    static double monotonicMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_lateMs;
    std::vector<double> m_atMs;   // when each tick fired, ms since start()
    std::vector<double> m_cpuMs;  // GUI-thread CPU time since the previous tick
    double m_lastCpuMs = 0;
    double m_startMonotonicMs = 0;
};

} // namespace cdp::bench
