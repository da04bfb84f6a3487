#pragma once

#include "charts/ChartSpec.h"

#include <QCoreApplication>

namespace innoatlas {

/**
 * The tooltip of a bar: the exact won of the budget lines in it (the largest maximumLines of them
 * and the sum of the rest), which parts are estimated and by what rule, a per-capita division
 * spelled out, and the sources (publisher, date) of each.
 */
class ChartTooltip
{
    Q_DECLARE_TR_FUNCTIONS(ChartTooltip)

public:
    /** The most lines (or groups of lines) a tooltip lists. */
    static constexpr int maximumLines = 12;

    /** Rich text for series @p series in category @p category; empty when there is no value. */
    static QString text(const ChartSpec &spec, int series, int category);
};

} // namespace innoatlas
