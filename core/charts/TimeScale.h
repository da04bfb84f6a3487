#pragma once

#include <QDate>
#include <QVector>

namespace innoatlas {

/**
 * The time axis of timelines: dates to positions, with long empty stretches compressed so that a
 * 2045 goal and 2022–2028 plans stay readable side by side.
 *
 * Positions are in days within the years that hold something; a run of at least minGapYears
 * empty years becomes one compressed segment of fixed length, drawn as a break. Positions grow
 * with dates everywhere (a compressed segment maps its dates linearly), so any date has a place.
 */
class TimeScale
{
public:
    struct Segment
    {
        QDate from; ///< first day
        QDate to;   ///< the day after the last (half-open)
        double start = 0;
        double length = 0;
        bool compressed = false;
    };

    /** Length of a compressed segment, in days of the full scale. */
    static constexpr double breakLength = 150.0;

    TimeScale() = default;
    /** Linear from the first of January of @p firstYear to the end of @p lastYear. */
    static TimeScale linear(int firstYear, int lastYear);
    /**
     * Covers every year touched by @p spans (inclusive first and last days), compressing runs of
     * at least @p minGapYears years touched by none.
     */
    static TimeScale compressed(const QVector<QPair<QDate, QDate>> &spans, int minGapYears = 3);

    bool isEmpty() const { return m_segments.isEmpty(); }
    double length() const;
    QDate first() const;
    /** The day after the last day covered. */
    QDate end() const;
    /** The position of the start of @p date (clamped to the scale). */
    double position(const QDate &date) const;
    /** The position just after the end of @p date: position(date + 1 day). */
    double positionAfter(const QDate &date) const { return position(date.addDays(1)); }
    /** The date at a position (clamped). */
    QDate dateAt(double position) const;
    const QVector<Segment> &segments() const { return m_segments; }
    /** Whether @p date falls into a compressed segment. */
    bool isCompressed(const QDate &date) const;

private:
    QVector<Segment> m_segments;
};

} // namespace innoatlas
