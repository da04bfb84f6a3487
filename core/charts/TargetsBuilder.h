#pragma once

#include "charts/SourceIndex.h"
#include "charts/TargetsData.h"

#include <QCoreApplication>

namespace innoatlas {

/**
 * Computes the targets view: every KPI of the selected plans from baseline to target, with
 * years and units. Each row has a scale of its own (units differ): percentages from 0 to 100 %,
 * anything else from 0 to the larger of baseline and target.
 *
 * The builder keeps a reference to the dataset, which must outlive it.
 */
class TargetsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TargetsBuilder)

public:
    explicit TargetsBuilder(const Dataset &dataset);

    /** The targets of the plans of @p cityKeys with one of @p themeKeys (empty lists: all). */
    TargetsData build(const QStringList &cityKeys, const QStringList &themeKeys, Language language) const;

private:
    const Dataset &m_dataset;
    SourceIndex m_sources;
};

} // namespace innoatlas
