#pragma once

#include <QDateTime>

#include <functional>

namespace innoatlas {

/** Where the review services take the time from; tests pass a fixed one. */
using Clock = std::function<QDateTime()>;

/** The system clock in UTC. */
inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

/** A time as history stores it: UTC, ISO 8601, seconds, "Z" ("2024-05-01T09:30:00Z"). */
inline QString historyTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace innoatlas
