#include "query/LabelMatcher.h"

namespace innoatlas {

namespace {
constexpr char16_t kelvinSign = 0x212A;
constexpr char16_t longS = 0x017F;

/**
 * Characters no other character folds to, and that fold to themselves: for these a case-insensitive comparison is
 * an exact one. Checked against Qt's case folding of every code point by TestLabelMatcher.
 */
bool hasNoCase(char32_t c)
{
    return (c >= 0x20 && c < 0x7F && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) // ASCII but its letters
           || (c >= 0x1100 && c <= 0x11FF)                                      // Hangul Jamo
           || (c >= 0x3000 && c <= 0x303F)                                      // CJK symbols and punctuation
           || (c >= 0x3130 && c <= 0x318F)                                      // Hangul compatibility jamo (초성)
           || (c >= 0x4E00 && c <= 0x9FFF)                                      // CJK unified ideographs
           || (c >= 0xAC00 && c <= 0xD7A3);                                     // Hangul syllables
}

bool isAsciiLetter(char32_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

template <typename Char>
Char lowerAscii(Char c)
{
    return c >= 'A' && c <= 'Z' ? Char(c | 0x20) : c;
}

/** Whether @p haystack holds @p needle (lower case), comparing English letters in lower case and all else exactly. */
template <typename Char>
bool containsLowered(const Char *haystack, qsizetype size, const Char *needle, qsizetype length)
{
    if (length == 0)
        return true;
    const Char first = needle[0];
    for (qsizetype at = 0; at + length <= size; ++at) {
        if (lowerAscii(haystack[at]) != first)
            continue;
        qsizetype i = 1;
        while (i < length && lowerAscii(haystack[at + i]) == needle[i])
            ++i;
        if (i == length)
            return true;
    }
    return false;
}
} // namespace

LabelMatcher::LabelMatcher(const QString &text) : m_text(text)
{
    bool letters = false;
    bool caseless = true;
    for (const char32_t c : text.toUcs4()) {
        if (isAsciiLetter(c))
            letters = true;
        else if (!hasNoCase(c))
            caseless = false;
    }
    if (!caseless)
        return;
    m_mode = letters ? Mode::Ascii : Mode::Exact;
    m_lower = text;
    for (QChar &c : m_lower)
        c = QChar(lowerAscii(c.unicode()));
    m_utf8 = m_lower.toUtf8();
}

bool LabelMatcher::isIn(QStringView label) const
{
    switch (m_mode) {
    case Mode::Exact:
        return label.contains(m_lower, Qt::CaseSensitive);
    case Mode::Ascii:
        return isInAscii(label);
    case Mode::Folding:
        break;
    }
    return label.contains(m_text, Qt::CaseInsensitive);
}

bool LabelMatcher::isIn(QByteArrayView utf8) const
{
    switch (m_mode) {
    case Mode::Exact:
        // UTF-8 is a code in which no character's bytes begin inside another's: a byte search finds characters.
        return utf8.indexOf(m_utf8) >= 0;
    case Mode::Ascii:
        return isInAscii(utf8);
    case Mode::Folding:
        break;
    }
    return QString::fromUtf8(utf8).contains(m_text, Qt::CaseInsensitive);
}

bool LabelMatcher::isInAscii(QStringView label) const
{
    // The two signs that fold to English letters are left to QString.
    if (label.contains(QChar(kelvinSign)) || label.contains(QChar(longS)))
        return label.contains(m_text, Qt::CaseInsensitive);
    return containsLowered(label.utf16(), label.size(), reinterpret_cast<const char16_t *>(m_lower.utf16()),
                           m_lower.size());
}

bool LabelMatcher::isInAscii(QByteArrayView utf8) const
{
    // U+212A is E2 84 AA in UTF-8, U+017F is C5 BF.
    if (utf8.indexOf(QByteArrayView("\xE2\x84\xAA")) >= 0 || utf8.indexOf(QByteArrayView("\xC5\xBF")) >= 0)
        return QString::fromUtf8(utf8).contains(m_text, Qt::CaseInsensitive);
    return containsLowered(utf8.data(), utf8.size(), m_utf8.constData(), m_utf8.size());
}

} // namespace innoatlas
