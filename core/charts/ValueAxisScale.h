#pragma once

#include "charts/ChartSpec.h"

namespace innoatlas {

/**
 * The value axis of investment charts: round steps in won, so that the same data gives the same
 * ticks in Korean and English (only the labels differ), and labels in a fixed unit.
 */
class ValueAxisScale
{
public:
    /** The power of ten of a unit: 0, 8 (억) or 12 (조); English shows Eok in billions (9). */
    static int exponent(DisplayUnit unit, Language language);

    /**
     * A step of 1, 2, 2.5 or 5 times a power of ten such that about @p tickCount steps reach
     * @p maximum, never below 1 won.
     */
    static qint64 niceStep(qint64 maximum, int tickCount = 5);

    /** Zero to the first multiple of a nice step at or above @p maximum, with labels and unit title. */
    static ChartAxis axis(qint64 maximum, DisplayUnit unit, Language language, bool perCapita);

    /**
     * @p won divided by 10^@p exponent with at most @p decimals decimals (rounded half away from
     * zero, integer arithmetic), thousands grouped: (350000000000, 8, 2) → "3,500";
     * (350000000000, 12, 2) → "0.35".
     */
    static QString scaled(qint64 won, int exponent, int decimals);

    /** The unit the axis counts in, in the figures' language: "억 원", "KRW billion", "1인당 원" ... */
    static QString unitTitle(DisplayUnit unit, Language language, bool perCapita);
};

} // namespace innoatlas
