#include "importers/AmountUnit.h"

namespace innoatlas {

namespace {
struct UnitName
{
    const char16_t *korean;
    const char *english;
    qint64 won;
};

const UnitName units[] = {
    {u"원", "won", 1LL},
    {u"천원", "thousand-won", 1000LL},
    {u"만원", "ten-thousand-won", 10000LL},
    {u"백만원", "million-won", 1000000LL},
    {u"천만원", "ten-million-won", 10000000LL},
    {u"억원", "hundred-million-won", 100000000LL},
    {u"십억원", "billion-won", 1000000000LL},
    {u"조원", "trillion-won", 1000000000000LL},
};
} // namespace

bool AmountUnit::parse(const QString &text, AmountUnit *unit)
{
    QString compact = text.simplified().remove(QLatin1Char(' ')).toLower();
    if (compact.isEmpty())
        return false;
    if (!compact.endsWith(u'원') && compact.at(0).unicode() >= 0xAC00)
        compact += u'원';
    for (const UnitName &u : units) {
        if (compact == QString::fromUtf16(u.korean) || compact == QLatin1String(u.english)) {
            unit->won = u.won;
            unit->name = QString::fromUtf16(u.korean);
            return true;
        }
    }
    return false;
}

QStringList AmountUnit::names()
{
    QStringList names;
    for (const UnitName &u : units)
        names << QString::fromUtf16(u.korean);
    return names;
}

} // namespace innoatlas
