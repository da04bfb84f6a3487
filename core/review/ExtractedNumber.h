#pragma once

#include <QStringList>

namespace innoatlas {

/**
 * A number found in a content text, normalised so that the Korean and English ways of
 * writing it compare equal: "1조 2,620억" and "1.262 trillion" are both 1262000000000,
 * "2,000명" and "2,000 people" 2000, "2024년" 2024, "20%" and "20 percent" 20.
 */
struct ExtractedNumber
{
    /** Canonical decimal: no grouping, no leading zeros, no trailing fraction zeros ("20.5", "1262000000000"). */
    QString value;
    /**
     * Written in words ("five", "November", "두", "first") rather than digits. Such a number
     * may stand for a number in digits on the other side but is never missed itself:
     * prose spells out numbers too freely for that.
     */
    bool spelled = false;
    /** Where it is written in the text (UTF-16 indexes). */
    int start = 0;
    int length = 0;
    /** Another reading as several numbers: "9.8" may be 8 September, as Korean dates write it ({"9", "8"}). */
    QStringList alternative;

    bool operator==(const ExtractedNumber &o) const
    {
        return value == o.value && spelled == o.spelled && start == o.start && length == o.length &&
               alternative == o.alternative;
    }
};

} // namespace innoatlas
