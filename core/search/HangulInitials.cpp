#include "search/HangulInitials.h"

namespace innoatlas {

namespace {
// The 19 initial consonants in the order of the syllable formula.
constexpr char16_t compatibilityInitials[19] = {0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141,
                                                0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149,
                                                0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
constexpr int syllablesPerInitial = 21 * 28;
} // namespace

bool HangulInitials::isInitialJamo(char16_t c)
{
    for (char16_t initial : compatibilityInitials) {
        if (c == initial)
            return true;
    }
    return false;
}

char16_t HangulInitials::initialOf(char16_t c)
{
    if (!isSyllable(c))
        return c;
    return compatibilityInitials[(c - 0xAC00) / syllablesPerInitial];
}

QString HangulInitials::initials(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out[i] = isSyllable(c.unicode()) ? QChar(initialOf(c.unicode())) : c.toLower();
    }
    return result;
}

QString HangulInitials::normalizeQuery(QStringView query)
{
    QString result = query.toString();
    for (QChar &c : result) {
        // Choseong U+1100..U+1112 are the same 19 consonants in the same order.
        if (c.unicode() >= 0x1100 && c.unicode() <= 0x1112)
            c = QChar(compatibilityInitials[c.unicode() - 0x1100]);
    }
    return result;
}

bool HangulInitials::containsInitialJamo(QStringView text)
{
    for (QChar c : text) {
        if (isInitialJamo(c.unicode()))
            return true;
    }
    return false;
}

} // namespace innoatlas
