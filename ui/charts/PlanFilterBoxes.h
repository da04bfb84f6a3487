#pragma once

#include "model/Dataset.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

class QComboBox;

namespace innoatlas {

/** Fills the city and theme filter boxes the figure views share, in the interface language. */
class PlanFilterBoxes
{
    Q_DECLARE_TR_FUNCTIONS(PlanFilterBoxes)

public:
    /**
     * Offers "all" plus every city and theme of the plans @p include accepts (all plans when it is
     * empty) and the cities in @p moreRegions; the boxes' data are the entity keys.
     */
    static void fill(QComboBox *city, QComboBox *theme, const Dataset *dataset, Language language,
                     const std::function<bool(const Plan &)> &include = {}, const QSet<QString> &moreRegions = {});
};

} // namespace innoatlas
