#pragma once

#include "charts/ChartSpec.h"

#include <QCoreApplication>

namespace innoatlas {

/**
 * The tooltip of a bar: the exact won of every budget line in it, which parts are estimated and
 * by what rule, a per-capita division spelled out, and the sources (publisher, date) of each.
 */
class ChartTooltip
{
    Q_DECLARE_TR_FUNCTIONS(ChartTooltip)

public:
    /** Rich text for series @p series in category @p category; empty when there is no value. */
    static QString text(const ChartSpec &spec, int series, int category);
};

} // namespace innoatlas
