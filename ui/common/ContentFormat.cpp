#include "common/ContentFormat.h"

#include "common/Terms.h"
#include "money/Money.h"
#include "money/MoneyFormatter.h"

#include <QLocale>

namespace innoatlas::ContentFormat {

namespace {
QString both(const QString &ko, const QString &en, const QString &separator)
{
    if (ko.isEmpty())
        return en;
    if (en.isEmpty() || en == ko)
        return ko;
    return ko + separator + en;
}

const QLocale &locale(Language language)
{
    static const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return language == Language::Korean ? korean : english;
}
} // namespace

QString text(const LocalizedText &text, ContentLanguage language)
{
    if (language == ContentLanguage::Both)
        return both(text.ko, text.en, QStringLiteral("\n"));
    return text.preferred(primaryLanguage(language));
}

QString line(const LocalizedText &text, ContentLanguage language)
{
    if (language == ContentLanguage::Both)
        return both(text.ko, text.en, QStringLiteral(" · "));
    return text.preferred(primaryLanguage(language));
}

QString money(qint64 won, Language language)
{
    return language == Language::Korean ? MoneyFormatter::formatKorean(won) : MoneyFormatter::formatEnglish(won);
}

QString money(qint64 won, ContentLanguage language)
{
    if (language == ContentLanguage::Both)
        return both(money(won, Language::Korean), money(won, Language::English), QStringLiteral("\n"));
    return money(won, primaryLanguage(language));
}

QString moneyExact(qint64 won, Language language)
{
    return language == Language::Korean ? MoneyFormatter::formatKoreanExact(won)
                                        : MoneyFormatter::formatEnglishExact(won);
}

QString moneyExact(qint64 won, ContentLanguage language)
{
    if (language == ContentLanguage::Both)
        return both(moneyExact(won, Language::Korean), moneyExact(won, Language::English), QStringLiteral(" · "));
    return moneyExact(won, primaryLanguage(language));
}

QString original(const OriginalAmount &amount, Language language)
{
    // The decimal string becomes minor units with integer arithmetic: money is never a floating-point number.
    const int digits = qMax(0, Money::minorUnitDigits(amount.currency));
    const QStringList parts = amount.amount.split(QLatin1Char('.'));
    QString fraction = parts.size() > 1 ? parts.at(1) : QString();
    const bool wellFormed = parts.size() <= 2 && fraction.size() <= digits;
    fraction = fraction.leftJustified(digits, QLatin1Char('0'));
    bool parsed = false;
    const qint64 minor = (parts.at(0) + fraction).toLongLong(&parsed);
    if (!wellFormed || !parsed)
        return amount.amount + QLatin1Char(' ') + amount.currency;
    return MoneyFormatter::format(Money{minor, amount.currency}, language == Language::Korean ? u"ko" : u"en");
}

QString date(const PartialDate &date, Language language)
{
    if (!date.isValid())
        return {};
    QString result;
    const bool korean = language == Language::Korean;
    switch (date.precision()) {
    case DatePrecision::Day:
        result = korean ? QStringLiteral("%1년 %2월 %3일").arg(date.year()).arg(date.month()).arg(date.day())
                        : locale(language).toString(QDate(date.year(), date.month(), date.day()),
                                                    QStringLiteral("d MMM yyyy"));
        break;
    case DatePrecision::Month:
        result = korean ? QStringLiteral("%1년 %2월").arg(date.year()).arg(date.month())
                        : locale(language).toString(QDate(date.year(), date.month(), 1), QStringLiteral("MMM yyyy"));
        break;
    case DatePrecision::Year:
        result = korean ? QStringLiteral("%1년").arg(date.year()) : QString::number(date.year());
        break;
    case DatePrecision::Approximate:
        result = korean ? QStringLiteral("%1년경").arg(date.year()) : QStringLiteral("c. %1").arg(date.year());
        break;
    }
    return result;
}

QString date(const PartialDate &value, ContentLanguage language)
{
    if (language == ContentLanguage::Both)
        return both(date(value, Language::Korean), date(value, Language::English), QStringLiteral(" · "));
    return date(value, primaryLanguage(language));
}

QString period(int from, int to, Language language)
{
    if (from == to)
        return year(from, language);
    return language == Language::Korean ? QStringLiteral("%1~%2년").arg(from).arg(to)
                                        : QStringLiteral("%1–%2").arg(from).arg(to);
}

QString period(const std::optional<int> &from, const std::optional<int> &to, Language language)
{
    if (from && to)
        return period(*from, *to, language);
    if (from || to)
        return year(from ? *from : *to, language);
    return {};
}

QString year(int year, Language language)
{
    return language == Language::Korean ? QStringLiteral("%1년").arg(year) : QString::number(year);
}

QString number(qint64 value, Language language)
{
    return locale(language).toString(value);
}

QString kpi(const QString &decimal, const QString &unit, Language language)
{
    if (unit == QLatin1String("won")) {
        bool ok = false;
        const qint64 won = decimal.toLongLong(&ok);
        if (ok)
            return money(won, language);
    }
    QString value = decimal;
    bool ok = false;
    const qint64 whole = decimal.toLongLong(&ok);
    if (ok)
        value = number(whole, language);
    return Terms::withUnit(value, unit, language);
}

QString kpi(const QString &decimal, const QString &unit, ContentLanguage language)
{
    if (language == ContentLanguage::Both)
        return both(kpi(decimal, unit, Language::Korean), kpi(decimal, unit, Language::English), QStringLiteral(" · "));
    return kpi(decimal, unit, primaryLanguage(language));
}

} // namespace innoatlas::ContentFormat
