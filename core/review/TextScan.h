#pragma once

#include <QString>
#include <QVector>

namespace innoatlas {

/** Character-level helpers the bilingual checks share. */
class TextScan
{
public:
    /** Hangul syllables and jamo. */
    static bool isHangul(QChar c);
    static bool isLatin(QChar c);
    static bool hasHangul(const QString &text);

    /** Whether ' or ’ at @p index is an apostrophe (an alphabet's letter on both sides: "Daejeon's"). */
    static bool isApostrophe(const QString &text, int index);

    /**
     * For each character, whether it stands inside quotation marks or brackets — where a
     * text may quote the other language or give a name in its original script.
     */
    static QVector<bool> quotedOrBracketed(const QString &text);

    /** Words separated by white space. */
    static int wordCount(const QString &text);
    /** Latin words of two or more letters. */
    static int latinWordCount(const QString &text);

    enum class Ending
    {
        Stop,     ///< . ! ? 。
        Ellipsis, ///< ... or …
        Other
    };
    /** How a text ends, looking past closing quotes and brackets. */
    static Ending ending(const QString &text);
};

} // namespace innoatlas
