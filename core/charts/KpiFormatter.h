#pragma once

#include "model/Plan.h"

namespace innoatlas {

/**
 * Writes KPI values with their units for Korean and English readers: "80%", "20,000명" /
 * "20,000 people", "41위" / "No. 41", "16.79 km²", money through MoneyFormatter.
 *
 * The unit words belong to the language of the figures (like 억 and 조), not to the interface.
 * Values are decimal strings and are never turned into floating-point numbers.
 */
class KpiFormatter
{
public:
    /** @p value (a decimal string) in @p unit (Vocabulary::targetUnits()). */
    static QString format(const QString &value, const QString &unit, Language language);
    /** A KPI value with its year: "10% (2020)"; the bare value when no year is known. */
    static QString formatWithYear(const KpiValue &value, const QString &unit, Language language);
    /** "10% (2020) → 80% (2030)", or "→ 80% (2030)" without a baseline. */
    static QString formatChange(const Target &target, Language language);
    /** Thousands separators in the whole part of a decimal string: "46200" → "46,200", "4.371" stays. */
    static QString groupDigits(const QString &decimal);
};

} // namespace innoatlas
