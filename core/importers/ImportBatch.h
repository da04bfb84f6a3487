#pragma once

#include "model/Dataset.h"

#include <optional>

namespace innoatlas {

/** Changes to a region that is in the database already. */
struct RegionUpdate
{
    qint64 id = 0;
    QString key;
    std::optional<QString> code;
    std::optional<QString> level;
    std::optional<QString> parentKey;
    std::optional<LocalizedText> name; ///< the whole name; languages with unchanged text keep their status
};

/** A population figure for a region that is in the database already: new, or replacing one. */
struct PopulationChange
{
    qint64 regionId = 0;
    QString regionKey;
    qint64 populationId = 0; ///< the figure it replaces; 0 for a new one
    int year = 0;
    qint64 value = 0;
    QString quoteKey;
};

/**
 * Everything one import writes: new entities as a Dataset fragment (inserted by DatasetStore),
 * plus the changes to existing regions and their population figures, and a plan it replaces.
 */
struct ImportBatch
{
    Dataset dataset;
    QVector<RegionUpdate> regionUpdates;
    QVector<PopulationChange> populations;
    QString replacedPlanKey; ///< deleted (with its elements and budget lines) before the insert

    bool isEmpty() const
    {
        return dataset == Dataset() && regionUpdates.isEmpty() && populations.isEmpty() && replacedPlanKey.isEmpty();
    }
};

} // namespace innoatlas
