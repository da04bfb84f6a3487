#include "charts/PlanFilterBoxes.h"

#include "charts/RegionNames.h"

#include <QComboBox>

namespace innoatlas {

void PlanFilterBoxes::fill(QComboBox *city, QComboBox *theme, const Dataset *dataset, Language language,
                           const std::function<bool(const Plan &)> &include, const QSet<QString> &moreRegions)
{
    city->clear();
    city->addItem(tr("All cities"), QString());
    theme->clear();
    theme->addItem(tr("All themes"), QString());
    if (!dataset)
        return;
    QSet<QString> cities = moreRegions;
    QSet<QString> themes;
    for (const Plan &plan : dataset->plans) {
        if (include && !include(plan))
            continue;
        cities.insert(plan.regionKey);
        for (const QString &key : plan.themeKeys)
            themes.insert(key);
    }
    for (const Region &region : dataset->regions) {
        if (cities.contains(region.key))
            city->addItem(RegionNames::shortName(region, language), region.key);
    }
    for (const Theme &t : dataset->themes) {
        if (themes.contains(t.key))
            theme->addItem(t.name.preferred(language), t.key);
    }
}

} // namespace innoatlas
