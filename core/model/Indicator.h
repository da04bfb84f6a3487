#pragma once

#include "model/Figure.h"

namespace innoatlas {

/**
 * A fact a source states about a plan or a region, as it stands at a time: "2,300 venture
 * companies", "a 46,200㎡ site", "sales of 25 trillion won in 2022". Unlike a Target it is
 * not a goal; unlike a BudgetLine it is not money the plan spends.
 */
struct Indicator
{
    QString key;
    LocalizedText metric;
    QString unit;
    KpiValue value; ///< the number, the year it refers to, and its quotes

    bool operator==(const Indicator &o) const
    {
        return key == o.key && metric == o.metric && unit == o.unit && value == o.value;
    }
};

} // namespace innoatlas
