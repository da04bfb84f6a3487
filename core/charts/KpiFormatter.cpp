#include "charts/KpiFormatter.h"

#include "money/MoneyFormatter.h"

namespace innoatlas {

QString KpiFormatter::groupDigits(const QString &decimal)
{
    QString text = decimal.trimmed();
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-") : QString()) + whole + fraction;
}

QString KpiFormatter::format(const QString &value, const QString &unit, Language language)
{
    const bool ko = language == Language::Korean;
    const QString number = groupDigits(value);
    if (unit == u"percent")
        return number + QLatin1Char('%');
    if (unit == u"won") {
        bool ok = false;
        const qint64 won = value.toLongLong(&ok);
        if (ok)
            return ko ? MoneyFormatter::formatKorean(won) : MoneyFormatter::formatEnglish(won);
        return ko ? number + QStringLiteral("원") : QStringLiteral("KRW ") + number;
    }
    if (unit == u"persons")
        return ko ? number + QStringLiteral("명")
                  : number + (value == u"1" ? QStringLiteral(" person") : QStringLiteral(" people"));
    if (unit == u"companies")
        return ko ? number + QStringLiteral("개사")
                  : number + (value == u"1" ? QStringLiteral(" company") : QStringLiteral(" companies"));
    if (unit == u"rank")
        return ko ? number + QStringLiteral("위") : QStringLiteral("No. ") + number;
    if (unit == u"km2")
        return number + QStringLiteral(" km²");
    if (unit == u"m2")
        return number + QStringLiteral(" m²");
    return number;
}

QString KpiFormatter::formatWithYear(const KpiValue &value, const QString &unit, Language language)
{
    const QString text = format(value.value, unit, language);
    return value.year ? QStringLiteral("%1 (%2)").arg(text).arg(*value.year) : text;
}

QString KpiFormatter::formatChange(const Target &target, Language language)
{
    const QString to = formatWithYear(target.target, target.unit, language);
    if (!target.baseline)
        return QStringLiteral("→ ") + to;
    return formatWithYear(*target.baseline, target.unit, language) + QStringLiteral(" → ") + to;
}

} // namespace innoatlas
