#pragma once

// What every benchmark of tests/bench prints, one measurement a line, for run_benchmarks.py:
//   RESULT <name> <milliseconds>
//   MEMORY <name> <kilobytes>

#include <QElapsedTimer>
#include <QFile>
#include <QVector>

#include <algorithm>
#include <cstdio>

namespace innoatlas::bench {

inline void result(const char *name, double ms)
{
    std::printf("RESULT %s %.3f\n", name, ms);
    std::fflush(stdout);
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** The @p share quantile (0.95 for p95) of @p samples, nearest rank. */
inline double quantile(QVector<double> samples, double share)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(share * double(samples.size()) + 0.999999) - 1;
    return samples.at(std::clamp<qsizetype>(rank, 0, samples.size() - 1));
}

/** VmHWM of /proc/self/status: the most memory the process held so far, in kB. */
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline void memory(const char *name)
{
    std::printf("MEMORY %s %lld\n", name, peakRssKb());
    std::fflush(stdout);
}

} // namespace innoatlas::bench
