#pragma once

#include <QString>
#include <QStringView>

namespace innoatlas {

/**
 * Initial consonants (초성) of Hangul text, for queries such as "ㄷㅈ" → 대전.
 *
 * A precomposed syllable (U+AC00..U+D7A3) is ((initial × 21) + medial) × 28 + final; its initial is
 * written with the Hangul Compatibility Jamo a keyboard types (ㄱ U+3131 ... ㅎ U+314E).
 */
class HangulInitials
{
public:
    static bool isSyllable(char16_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

    /** True for a compatibility jamo that can begin a syllable: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ
     * ㅎ. */
    static bool isInitialJamo(char16_t c);

    /** The initial consonant of a syllable as a compatibility jamo; @p c itself when it is no syllable. */
    static char16_t initialOf(char16_t c);

    /**
     * The text with every syllable replaced by its initial and every other UTF-16 unit lower-cased
     * on its own, so that positions in the result are positions in @p text.
     */
    static QString initials(QStringView text);

    /**
     * A query as typed, with initial consonants written as conjoining jamo (U+1100..U+1112, as some
     * input methods send them) turned into compatibility jamo.
     */
    static QString normalizeQuery(QStringView query);

    /** True when @p text holds an initial-consonant jamo, which makes it an initial-consonant query. */
    static bool containsInitialJamo(QStringView text);
};

} // namespace innoatlas
