#pragma once

#include "model/Region.h"

namespace innoatlas {

/**
 * Short region names for chart axes and timeline lanes, where "Daejeon Metropolitan City" does
 * not fit: the name without the level word Korean and English readers leave out in running text
 * ("대전광역시" → "대전", "Daejeon Metropolitan City" → "Daejeon").
 */
class RegionNames
{
public:
    static QString shortName(const Region &region, Language language);
};

} // namespace innoatlas
