#include "review/TextScan.h"

namespace innoatlas {

namespace {
bool isOpening(QChar c)
{
    return QStringView(u"([{「『〈《【“‘").contains(c);
}

QChar closingOf(QChar c)
{
    const QStringView open = u"([{「『〈《【“‘";
    const QStringView close = u")]}」』〉》】”’";
    const qsizetype index = open.indexOf(c);
    return index >= 0 ? close.at(index) : QChar();
}
} // namespace

bool TextScan::isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

bool TextScan::isLatin(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool TextScan::hasHangul(const QString &text)
{
    for (QChar c : text) {
        if (isHangul(c))
            return true;
    }
    return false;
}

bool TextScan::isApostrophe(const QString &text, int index)
{
    // Between two letters of an alphabet ("Daejeon's", "don't"); in "'디지털혁신'에서" the quote closes.
    const auto alphabetic = [](QChar c) { return c.isLetter() && c.unicode() < 0x2E80; };
    return index > 0 && index + 1 < text.size() && alphabetic(text.at(index - 1)) && alphabetic(text.at(index + 1));
}

QVector<bool> TextScan::quotedOrBracketed(const QString &text)
{
    QVector<bool> inside(text.size(), false);
    QString open; // closing characters expected, innermost last
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == u'\'' || c == u'’') && isApostrophe(text, i)) {
            inside[i] = !open.isEmpty();
            continue;
        }
        if (!open.isEmpty() && c == open.back()) {
            inside[i] = true;
            open.chop(1);
            continue;
        }
        inside[i] = !open.isEmpty();
        if (c == u'"' || c == u'\'') {
            // A straight quote opens only before a word ("'AI'"), so a possessive "cities' " does not.
            if (i + 1 < text.size() && !text.at(i + 1).isSpace()) {
                open += c;
                inside[i] = true;
            }
        } else if (isOpening(c)) {
            open += closingOf(c);
            inside[i] = true;
        }
    }
    return inside;
}

int TextScan::wordCount(const QString &text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

int TextScan::latinWordCount(const QString &text)
{
    int count = 0;
    int run = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i < text.size() && isLatin(text.at(i))) {
            ++run;
            continue;
        }
        if (run >= 2)
            ++count;
        run = 0;
    }
    return count;
}

TextScan::Ending TextScan::ending(const QString &text)
{
    QString t = text.trimmed();
    while (!t.isEmpty() && QStringView(u")]}」』〉》】”’\"'").contains(t.back()))
        t.chop(1);
    if (t.endsWith(QStringLiteral("...")) || t.endsWith(u'…'))
        return Ending::Ellipsis;
    if (!t.isEmpty() && QStringView(u".!?。").contains(t.back()))
        return Ending::Stop;
    return Ending::Other;
}

} // namespace innoatlas
