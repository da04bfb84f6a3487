#pragma once

#include "review/ExtractedNumber.h"

#include <QVector>

namespace innoatlas {

/**
 * Finds the numbers of a Korean or English content text for the bilingual number check.
 *
 * In digits: grouped and decimal numbers ("2,000", "97.3"); amounts with Korean units read
 * by MoneyParser ("1조 2,620억", "1조 5천억", "4만3,000", "97.3억") and with English scale
 * words ("126.2 billion", "1.5tn", "300 million"); ordinals ("3rd", "20th"); dotted dates
 * ("2023.08.23" gives 2023, 8, 23). Units, counters and signs around a number do not
 * matter ("20%", "20 percent", "2024년", "5대", "2,000명"), so ranges give both ends and a
 * minus or dash is never a sign. Digits glued to a preceding Latin letter ("m2", "A1") are
 * part of a name, not a number, and "제3조" is article 3, not three trillion.
 *
 * In words (ExtractedNumber::spelled): English one … twenty, the tens, "twenty-five",
 * ordinals first … twentieth, twice, dozen, tripartite, capitalised month names and their
 * abbreviations (November, Nov = 11); Korean native numerals standing alone (한, 두, 세 …
 * 열, 스무, 첫, 둘째, 이틀 …); list markers ① … ⑳. A decimal that can be a month and a day
 * ("9.8") also carries that reading (ExtractedNumber::alternative).
 */
class NumberExtractor
{
public:
    static QVector<ExtractedNumber> extract(const QString &text);
    /** The canonical form of a decimal given as its digit strings ("007", "500" → "7.5"). */
    static QString canonical(const QString &integerDigits, const QString &fractionDigits = QString());
};

} // namespace innoatlas
