#pragma once

#include "money/Money.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace innoatlas {

/**
 * Writes amounts of money for Korean and English readers. Output does not depend on the system
 * locale; digits are grouped in threes with ",".
 *
 * Korean (exact, never rounded): the amount is split into 조 (10^12), 억 (10^8), 만 (10^4) and a
 * remainder; zero groups are left out; "3,500억 원", "2조 3,456억 원", "1억 2,345만 6,789 원".
 * Below 10,000 the unit follows the number directly: "500원", "0원".
 *
 * English (rounded). The unit is the largest of trillion (≥ 10^12), billion (≥ 10^9) and million
 * (≥ 10^6); below a million the amount is written in full ("KRW 350,000"). Then:
 * 1. if the amount is a whole number of thousandths of the unit, it is written exactly with up to
 *    three decimals: "KRW 97.3 billion", "KRW 1.262 trillion", "KRW 350 billion";
 * 2. otherwise it is rounded half away from zero, with integer arithmetic, to three significant
 *    digits but never fewer digits than the whole units have: two decimals below 10 of the unit,
 *    one below 100, none above. 2,345,600,000,000 → "KRW 2.35 trillion", 97,345,678,901 →
 *    "KRW 97.3 billion", 1,247,364,859 → "KRW 1.25 billion", 350,123,456,789 → "KRW 350 billion".
 *    The error is thus at most 0.5 %;
 * 3. trailing zeros of the decimals are dropped, and a result that rounds to 1,000 of a unit moves
 *    to the next unit (999,999,999,999 → "KRW 1 trillion").
 * The exact forms (formatKoreanExact(), formatEnglishExact()) write every won.
 *
 * A negative amount (a difference, say) is written with a leading "-": "-3,500억 원", "-KRW 350 billion".
 * Everything this class writes without rounding is read back to the same amount by MoneyParser.
 */
class MoneyFormatter
{
public:
    /** The unit of formatKoreanInUnit(). */
    enum class Unit
    {
        Won,
        Man,
        Eok,
        Jo
    };

    /** Exact Korean form: 350,000,000,000 → "3,500억 원"; 123,456,789 → "1억 2,345만 6,789 원"; 0 → "0원". */
    static QString formatKorean(qint64 won);

    /** Every won, grouped: 350,000,000,000 → "350,000,000,000원". */
    static QString formatKoreanExact(qint64 won);

    /** Rounded English form as described above: 350,000,000,000 → "KRW 350 billion". */
    static QString formatEnglish(qint64 won);

    /** Every won, grouped: 350,000,000,000 → "KRW 350,000,000,000". */
    static QString formatEnglishExact(qint64 won);

    /**
     * Any currency, for a language "ko" or "en" (anything not starting with "ko" is English).
     *
     * KRW is formatKorean() or formatEnglish(). Other currencies follow the same rules on their major
     * unit, with cents shown only when there are some:
     * - Korean: 만/억/조 groups then the currency's Korean name, spaced like 원: "3억 1,600만 달러",
     *   "1,234.50달러"; names are 달러 (USD), 유로, 엔, 위안, 파운드; other currencies use their
     *   code after a space: "250만 CHF".
     * - English: "US$316 million", "€2.5 million", "£1,234.50", "JP¥12 billion", "CN¥3 billion";
     *   other currencies use their code and a space: "CHF 2.5 million".
     * An unknown currency is formatted as if it had no minor unit.
     */
    static QString format(const Money &money, QStringView language);

    /**
     * Korean for chart axes, in one fixed unit: with Unit::Eok 350,000,000,000 → "3,500억 원",
     * with Unit::Jo → "0.35조 원". Rounded half away from zero to at most maxDecimals decimals
     * (clamped to 0 ... the unit's digits), trailing zeros dropped. Unit::Won is formatKoreanExact().
     */
    static QString formatKoreanInUnit(qint64 won, Unit unit, int maxDecimals = 2);
};

} // namespace innoatlas
