#pragma once

#include <QDate>
#include <QString>

namespace innoatlas {

/** How much of a date is known. */
enum class DatePrecision
{
    Day,
    Month,
    Year,
    Approximate
};

QString datePrecisionName(DatePrecision precision);
bool parseDatePrecision(const QString &name, DatePrecision *precision);

/**
 * A date known to the day, the month or the year only.
 *
 * A date the source gives as "last October" is stored as 2023-10 with month
 * precision, never as a made-up day.
 */
class PartialDate
{
public:
    PartialDate() = default;
    PartialDate(int year, int month, int day, DatePrecision precision);

    /**
     * Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" with the given precision; the digits
     * must match it (approximate accepts any of the three). Returns an invalid date
     * and sets @p error otherwise.
     */
    static PartialDate parse(const QString &text, DatePrecision precision, QString *error = nullptr);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    DatePrecision precision() const { return m_precision; }

    /** "2023-11-29", "2023-10" or "2024", as much as is known. */
    QString toIsoString() const;
    /** First and last day the date may stand for. */
    QDate earliest() const;
    QDate latest() const;

    bool operator==(const PartialDate &other) const
    {
        return m_year == other.m_year && m_month == other.m_month && m_day == other.m_day &&
               m_precision == other.m_precision;
    }
    bool operator!=(const PartialDate &other) const { return !(*this == other); }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    DatePrecision m_precision = DatePrecision::Day;
};

} // namespace innoatlas
