#include "importers/FieldParser.h"

#include <algorithm>

namespace innoatlas {

namespace {
bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0) || c == QChar(0xFEFF);
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

/** Splits "1,234.5" into "1234" and "5"; false with a reason when it is not a plain decimal. */
bool splitDecimal(const QString &field, QString *integer, QString *fraction, QString *error)
{
    const QString text = FieldParser::code(field);
    if (text.isEmpty()) {
        *error = FieldParser::tr("the field is empty");
        return false;
    }
    if (text.startsWith(u'-') || text.startsWith(u'△') || text.startsWith(u'▲')) {
        *error = FieldParser::tr("\"%1\" is negative").arg(text);
        return false;
    }
    const QStringList parts = text.split(u'.');
    if (parts.size() > 2 || (parts.size() == 2 && !allDigits(parts.at(1)))) {
        *error = FieldParser::tr("\"%1\" is not a number").arg(text);
        return false;
    }
    const QString &whole = parts.at(0);
    if (whole.contains(u',')) {
        // Thousands separators must stand every three digits: "1,234,567", never "1,23".
        const QStringList groups = whole.split(u',');
        bool ok = !groups.at(0).isEmpty() && groups.at(0).size() <= 3 && allDigits(groups.at(0));
        for (int i = 1; ok && i < groups.size(); ++i)
            ok = groups.at(i).size() == 3 && allDigits(groups.at(i));
        if (!ok) {
            *error = FieldParser::tr("\"%1\" has a misplaced thousands separator").arg(text);
            return false;
        }
    } else if (!allDigits(whole)) {
        *error = FieldParser::tr("\"%1\" is not a number").arg(text);
        return false;
    }
    *integer = QString(whole).remove(u',');
    *fraction = parts.size() == 2 ? parts.at(1) : QString();
    return true;
}

bool accumulate(qint64 *value, qint64 factor, qint64 add)
{
    return !__builtin_mul_overflow(*value, factor, value) && !__builtin_add_overflow(*value, add, value);
}
} // namespace

QString FieldParser::text(const QString &field)
{
    qsizetype start = 0;
    qsizetype end = field.size();
    while (start < end && isSpace(field.at(start)))
        ++start;
    while (end > start && isSpace(field.at(end - 1)))
        --end;
    return field.mid(start, end - start);
}

QString FieldParser::code(const QString &field)
{
    const QString trimmed = text(field);
    return trimmed.startsWith(u'\'') ? text(trimmed.mid(1)) : trimmed;
}

bool FieldParser::count(const QString &field, qint64 *value, QString *error)
{
    QString integer;
    QString fraction;
    if (!splitDecimal(field, &integer, &fraction, error))
        return false;
    if (!fraction.isEmpty()) {
        *error = tr("\"%1\" is not a whole number").arg(code(field));
        return false;
    }
    qint64 result = 0;
    for (QChar digit : std::as_const(integer)) {
        if (!accumulate(&result, 10, digit.unicode() - u'0')) {
            *error = tr("\"%1\" is too large").arg(code(field));
            return false;
        }
    }
    *value = result;
    return true;
}

bool FieldParser::amount(const QString &field, const AmountUnit &unit, qint64 *won, QString *error)
{
    QString integer;
    QString fraction;
    if (!splitDecimal(field, &integer, &fraction, error))
        return false;
    // Units are powers of ten: shift the decimal point by their number of zeros, exactly.
    int shift = 0;
    for (qint64 w = unit.won; w >= 10; w /= 10)
        ++shift;
    const QString digits = integer + fraction.left(shift).leftJustified(shift, u'0');
    const QString rest = fraction.mid(shift);
    if (std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c != u'0'; })) {
        *error = tr("\"%1\" %2 is not a whole number of won").arg(code(field), unit.name);
        return false;
    }
    qint64 result = 0;
    for (QChar digit : std::as_const(digits)) {
        if (!accumulate(&result, 10, digit.unicode() - u'0')) {
            *error = tr("\"%1\" %2 is too large").arg(code(field), unit.name);
            return false;
        }
    }
    *won = result;
    return true;
}

} // namespace innoatlas
