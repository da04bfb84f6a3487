#include "model/PartialDate.h"

#include <QRegularExpression>

namespace innoatlas {

QString datePrecisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Approximate:
        return QStringLiteral("approximate");
    }
    return QString();
}

bool parseDatePrecision(const QString &name, DatePrecision *precision)
{
    for (DatePrecision candidate :
         {DatePrecision::Day, DatePrecision::Month, DatePrecision::Year, DatePrecision::Approximate}) {
        if (datePrecisionName(candidate) == name) {
            *precision = candidate;
            return true;
        }
    }
    return false;
}

PartialDate::PartialDate(int year, int month, int day, DatePrecision precision)
    : m_year(year), m_month(month), m_day(day), m_precision(precision)
{
}

PartialDate PartialDate::parse(const QString &text, DatePrecision precision, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return PartialDate();
    };
    if (!match.hasMatch())
        return fail(QStringLiteral("\"%1\" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY").arg(text));

    const int year = match.captured(1).toInt();
    const int month = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (year < 1900 || year > 2200)
        return fail(QStringLiteral("year %1 is outside 1900-2200").arg(year));
    if (month != 0 && (month < 1 || month > 12))
        return fail(QStringLiteral("month %1 does not exist").arg(month));
    if (day != 0 && !QDate(year, month, day).isValid())
        return fail(QStringLiteral("%1 is not a day of the calendar").arg(text));

    const int parts = day != 0 ? 3 : (month != 0 ? 2 : 1);
    const int wanted = precision == DatePrecision::Day ? 3 : precision == DatePrecision::Month ? 2 : 1;
    if (precision != DatePrecision::Approximate && parts != wanted)
        return fail(QStringLiteral("\"%1\" does not match precision \"%2\"").arg(text, datePrecisionName(precision)));
    return PartialDate(year, month, day, precision);
}

QString PartialDate::toIsoString() const
{
    if (!isValid())
        return QString();
    if (m_year >= 0 && m_year <= 9999 && (m_month != 0 || m_day == 0)) {
        // Digit by digit: a national timeline writes tens of thousands of dates at once.
        char text[11];
        const auto put = [&text](int at, int value, int digits) {
            for (int i = digits - 1; i >= 0; --i, value /= 10)
                text[at + i] = char('0' + value % 10);
        };
        int length = 4;
        put(0, m_year, 4);
        if (m_month != 0) {
            text[4] = '-';
            put(5, m_month, 2);
            length = 7;
        }
        if (m_day != 0) {
            text[7] = '-';
            put(8, m_day, 2);
            length = 10;
        }
        return QString::fromLatin1(text, length);
    }
    QString text = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_month != 0)
        text += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_day != 0)
        text += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return text;
}

QDate PartialDate::earliest() const
{
    if (!isValid())
        return QDate();
    return QDate(m_year, m_month == 0 ? 1 : m_month, m_day == 0 ? 1 : m_day);
}

QDate PartialDate::latest() const
{
    if (!isValid())
        return QDate();
    if (m_day != 0)
        return QDate(m_year, m_month, m_day);
    if (m_month != 0)
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    return QDate(m_year, 12, 31);
}

} // namespace innoatlas
