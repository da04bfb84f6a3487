#include "money/MoneyFormatter.h"

#include <QStringList>

namespace innoatlas {

namespace {

quint64 powerOfTen(int exponent)
{
    quint64 value = 1;
    for (int i = 0; i < exponent; ++i) {
        value *= 10;
    }
    return value;
}

// The magnitude of any qint64, including the minimum, without overflow.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

QString sign(qint64 value)
{
    return value < 0 ? QStringLiteral("-") : QString();
}

QString grouped(quint64 value)
{
    const QString digits = QString::number(value);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += u',';
        }
        out += digits.at(i);
    }
    return out;
}

// value / 10^unitExponent rounded half away from zero to `decimals` places, trailing zeros dropped.
QString scaled(quint64 value, int unitExponent, int decimals)
{
    const quint64 step = powerOfTen(unitExponent - decimals);
    quint64 quotient = value / step;
    if ((value % step) * 2 >= step) {
        ++quotient;
    }
    const quint64 fractionUnit = powerOfTen(decimals);
    QString out = grouped(quotient / fractionUnit);
    QString fraction = QString::number(quotient % fractionUnit).rightJustified(decimals, u'0');
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    if (!fraction.isEmpty()) {
        out += u'.' + fraction;
    }
    return out;
}

// A whole number of major units with the minor units after a point when there are any.
QString withMinorUnits(quint64 major, quint64 minor, int minorDigits)
{
    QString out = grouped(major);
    if (minor != 0) {
        out += u'.' + QString::number(minor).rightJustified(minorDigits, u'0');
    }
    return out;
}

// The English number for an amount in minor units: "350 billion", "2.35 trillion", "1,234.50".
QString englishNumber(quint64 value, int minorDigits)
{
    struct Scale
    {
        int exponent;
        const char16_t *name;
    };
    static constexpr Scale scales[] = {{12, u"trillion"}, {9, u"billion"}, {6, u"million"}};
    const quint64 minorUnit = powerOfTen(minorDigits);
    int index = 0;
    while (index < 3 && value / minorUnit < powerOfTen(scales[index].exponent)) {
        ++index;
    }
    if (index == 3) {
        return withMinorUnits(value / minorUnit, value % minorUnit, minorDigits);
    }
    while (true) {
        const Scale &scale = scales[index];
        const int unitExponent = scale.exponent + minorDigits;
        const QString name = QString::fromUtf16(scale.name);
        if (value % powerOfTen(unitExponent - 3) == 0) {
            return scaled(value, unitExponent, 3) + u' ' + name;
        }
        // Three significant digits, but never fewer than the whole units: 2.35, 97.3, 350, 9,223,372.
        const int wholeDigits = int(QString::number(value / powerOfTen(unitExponent)).size());
        const int decimals = qMax(0, 3 - wholeDigits);
        const quint64 step = powerOfTen(unitExponent - decimals);
        quint64 rounded = value / step * step;
        if ((value % step) * 2 >= step) {
            rounded += step;
        }
        if (index > 0 && rounded >= powerOfTen(unitExponent + 3)) {
            // 999.6 billion rounds to 1,000 billion: say 1 trillion instead.
            value = rounded;
            --index;
            continue;
        }
        return scaled(rounded, unitExponent, decimals) + u' ' + name;
    }
}

// 만/억/조 groups of a whole number, largest first, zero groups left out.
QStringList koreanGroups(quint64 value)
{
    static const QStringView units[] = {u"조", u"억", u"만"};
    const quint64 tenThousand = 10000;
    const quint64 parts[] = {value / powerOfTen(12), value / powerOfTen(8) % tenThousand,
                             value / tenThousand % tenThousand};
    QStringList groups;
    for (int i = 0; i < 3; ++i) {
        if (parts[i] != 0) {
            groups.append(grouped(parts[i]) + units[i].toString());
        }
    }
    return groups;
}

// Korean form of an amount in minor units, followed by `unit` ("원", "달러", " CHF").
QString koreanAmount(quint64 value, int minorDigits, const QString &unit)
{
    const quint64 minorUnit = powerOfTen(minorDigits);
    const quint64 major = value / minorUnit;
    const quint64 minor = value % minorUnit;
    if (major < 10000) {
        return withMinorUnits(major, minor, minorDigits) + unit;
    }
    QStringList groups = koreanGroups(major);
    if (major % 10000 != 0 || minor != 0) {
        groups.append(withMinorUnits(major % 10000, minor, minorDigits));
    }
    // A unit that is a word of its own is already spaced; 원 and its kin take a space after groups.
    return groups.join(u' ') + (unit.startsWith(u' ') ? unit : u' ' + unit);
}

QString koreanCurrencyUnit(const QString &code)
{
    static const QStringView names[][2] = {{u"KRW", u"원"}, {u"USD", u"달러"}, {u"EUR", u"유로"},
                                           {u"JPY", u"엔"}, {u"CNY", u"위안"}, {u"GBP", u"파운드"}};
    for (const auto &name : names) {
        if (code == name[0]) {
            return name[1].toString();
        }
    }
    return u' ' + code;
}

QString englishCurrencyPrefix(const QString &code)
{
    static const QStringView prefixes[][2] = {
        {u"USD", u"US$"}, {u"EUR", u"€"}, {u"GBP", u"£"}, {u"JPY", u"JP¥"}, {u"CNY", u"CN¥"}};
    for (const auto &prefix : prefixes) {
        if (code == prefix[0]) {
            return prefix[1].toString();
        }
    }
    return code + u' ';
}

} // namespace

QString MoneyFormatter::formatKorean(qint64 won)
{
    return sign(won) + koreanAmount(magnitude(won), 0, QStringLiteral("원"));
}

QString MoneyFormatter::formatKoreanExact(qint64 won)
{
    return sign(won) + grouped(magnitude(won)) + u'원';
}

QString MoneyFormatter::formatEnglish(qint64 won)
{
    return sign(won) + QStringLiteral("KRW ") + englishNumber(magnitude(won), 0);
}

QString MoneyFormatter::formatEnglishExact(qint64 won)
{
    return sign(won) + QStringLiteral("KRW ") + grouped(magnitude(won));
}

QString MoneyFormatter::format(const Money &money, QStringView language)
{
    const bool korean = language.startsWith(u"ko", Qt::CaseInsensitive);
    if (money.isKrw()) {
        return korean ? formatKorean(money.amount) : formatEnglish(money.amount);
    }
    const int minorDigits = qMax(0, money.minorDigits());
    const quint64 value = magnitude(money.amount);
    if (korean) {
        return sign(money.amount) + koreanAmount(value, minorDigits, koreanCurrencyUnit(money.currency));
    }
    return sign(money.amount) + englishCurrencyPrefix(money.currency) + englishNumber(value, minorDigits);
}

QString MoneyFormatter::formatKoreanInUnit(qint64 won, Unit unit, int maxDecimals)
{
    int exponent = 0;
    QStringView name;
    switch (unit) {
    case Unit::Won:
        return formatKoreanExact(won);
    case Unit::Man:
        exponent = 4;
        name = u"만 원";
        break;
    case Unit::Eok:
        exponent = 8;
        name = u"억 원";
        break;
    case Unit::Jo:
        exponent = 12;
        name = u"조 원";
        break;
    }
    const QString number = scaled(magnitude(won), exponent, qBound(0, maxDecimals, exponent));
    // A small negative amount may round to zero; do not write "-0".
    const bool negative = won < 0 && number != u"0";
    return (negative ? QStringLiteral("-") : QString()) + number + name.toString();
}

} // namespace innoatlas
