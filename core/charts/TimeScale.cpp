#include "charts/TimeScale.h"

#include <QSet>

#include <algorithm>

namespace innoatlas {

namespace {
TimeScale::Segment fullYears(int firstYear, int lastYear, double start)
{
    TimeScale::Segment segment;
    segment.from = QDate(firstYear, 1, 1);
    segment.to = QDate(lastYear + 1, 1, 1);
    segment.start = start;
    segment.length = double(segment.from.daysTo(segment.to));
    return segment;
}
} // namespace

TimeScale TimeScale::linear(int firstYear, int lastYear)
{
    TimeScale scale;
    if (firstYear <= lastYear)
        scale.m_segments.append(fullYears(firstYear, lastYear, 0));
    return scale;
}

TimeScale TimeScale::compressed(const QVector<QPair<QDate, QDate>> &spans, int minGapYears)
{
    QSet<int> touched;
    for (const auto &span : spans) {
        if (!span.first.isValid() || !span.second.isValid())
            continue;
        for (int year = span.first.year(); year <= span.second.year(); ++year)
            touched.insert(year);
    }
    TimeScale scale;
    if (touched.isEmpty())
        return scale;
    QList<int> years = touched.values();
    std::sort(years.begin(), years.end());

    double position = 0;
    int runStart = years.first();
    int previous = years.first();
    auto closeRun = [&](int lastYear) {
        scale.m_segments.append(fullYears(runStart, lastYear, position));
        position += scale.m_segments.last().length;
    };
    for (int i = 1; i < years.size(); ++i) {
        const int year = years.at(i);
        const int emptyYears = year - previous - 1;
        if (emptyYears >= minGapYears) {
            closeRun(previous);
            Segment gap;
            gap.from = QDate(previous + 1, 1, 1);
            gap.to = QDate(year, 1, 1);
            gap.start = position;
            gap.length = breakLength;
            gap.compressed = true;
            scale.m_segments.append(gap);
            position += gap.length;
            runStart = year;
        }
        previous = year;
    }
    closeRun(previous);
    return scale;
}

double TimeScale::length() const
{
    return m_segments.isEmpty() ? 0 : m_segments.last().start + m_segments.last().length;
}

QDate TimeScale::first() const
{
    return m_segments.isEmpty() ? QDate() : m_segments.first().from;
}

QDate TimeScale::end() const
{
    return m_segments.isEmpty() ? QDate() : m_segments.last().to;
}

double TimeScale::position(const QDate &date) const
{
    if (m_segments.isEmpty() || !date.isValid())
        return 0;
    if (date <= m_segments.first().from)
        return 0;
    for (const Segment &segment : m_segments) {
        if (date < segment.to) {
            const double days = double(segment.from.daysTo(date));
            const double total = double(segment.from.daysTo(segment.to));
            return segment.start + days * segment.length / total;
        }
    }
    return length();
}

QDate TimeScale::dateAt(double position) const
{
    if (m_segments.isEmpty())
        return QDate();
    for (const Segment &segment : m_segments) {
        if (position < segment.start + segment.length) {
            const double total = double(segment.from.daysTo(segment.to));
            const double offset = std::max(0.0, position - segment.start) * total / segment.length;
            return segment.from.addDays(qint64(offset));
        }
    }
    return m_segments.last().to.addDays(-1);
}

bool TimeScale::isCompressed(const QDate &date) const
{
    for (const Segment &segment : m_segments) {
        if (date >= segment.from && date < segment.to)
            return segment.compressed;
    }
    return false;
}

} // namespace innoatlas
