#include "charts/ValueAxisScale.h"

#include <limits>

namespace innoatlas {

namespace {
qint64 power10(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

QString grouped(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}
} // namespace

int ValueAxisScale::exponent(DisplayUnit unit, Language language)
{
    switch (unit) {
    case DisplayUnit::Won:
        return 0;
    case DisplayUnit::Eok:
        return language == Language::Korean ? 8 : 9;
    case DisplayUnit::Jo:
        return 12;
    }
    return 0;
}

qint64 ValueAxisScale::niceStep(qint64 maximum, int tickCount)
{
    if (maximum <= 0 || tickCount <= 0)
        return 1;
    const qint64 raw = (maximum + tickCount - 1) / tickCount;
    for (qint64 magnitude = 1;; magnitude *= 10) {
        // 1, 2, 2.5 and 5 times the magnitude; 2.5 only where it is a whole number of won.
        for (const qint64 candidate :
             {magnitude, 2 * magnitude, magnitude >= 10 ? magnitude / 2 * 5 : 0, 5 * magnitude}) {
            if (candidate >= raw)
                return candidate;
        }
        if (magnitude > std::numeric_limits<qint64>::max() / 100)
            return raw;
    }
}

ChartAxis ValueAxisScale::axis(qint64 maximum, DisplayUnit unit, Language language, bool perCapita)
{
    const DisplayUnit shown = perCapita ? DisplayUnit::Won : unit;
    const int exp = exponent(shown, language);
    // An empty chart still gets an axis: up to one of the unit (1억 won by default).
    const qint64 top = maximum > 0 ? maximum : power10(exp == 0 ? (perCapita ? 4 : 8) : exp);
    const qint64 step = niceStep(top);
    ChartAxis axis;
    axis.maximum = (top + step - 1) / step * step;
    // Enough decimals to write every tick exactly in the unit.
    int decimals = 0;
    while (decimals < exp && step % power10(exp - decimals) != 0)
        ++decimals;
    for (qint64 tick = 0; tick <= axis.maximum; tick += step) {
        axis.ticks << tick;
        axis.tickLabels << scaled(tick, exp, decimals);
    }
    axis.title = unitTitle(shown, language, perCapita);
    return axis;
}

QString ValueAxisScale::scaled(qint64 won, int exp, int decimals)
{
    const bool negative = won < 0;
    // qint64 cannot negate its minimum; amounts never come near it.
    const qint64 magnitude = negative ? -won : won;
    decimals = qBound(0, decimals, exp);
    const qint64 quantum = power10(exp - decimals);
    const qint64 rounded = (magnitude / quantum + (magnitude % quantum * 2 >= quantum ? 1 : 0)); // in quanta
    const qint64 whole = rounded / power10(decimals);
    const qint64 fraction = rounded % power10(decimals);
    QString text = grouped(whole);
    if (decimals > 0 && fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return (negative && text != u"0" ? QStringLiteral("-") : QString()) + text;
}

QString ValueAxisScale::unitTitle(DisplayUnit unit, Language language, bool perCapita)
{
    // Units belong to the language of the figures, like MoneyFormatter's 억 and 조: they are not
    // interface text. A Korean chart counts in 억 whatever language the menus are in.
    const bool ko = language == Language::Korean;
    if (perCapita)
        return ko ? QStringLiteral("1인당 원") : QStringLiteral("KRW per resident");
    switch (unit) {
    case DisplayUnit::Won:
        return ko ? QStringLiteral("원") : QStringLiteral("KRW");
    case DisplayUnit::Eok:
        return ko ? QStringLiteral("억 원") : QStringLiteral("KRW billion");
    case DisplayUnit::Jo:
        return ko ? QStringLiteral("조 원") : QStringLiteral("KRW trillion");
    }
    return QString();
}

} // namespace innoatlas
