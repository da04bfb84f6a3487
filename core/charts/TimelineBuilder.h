#pragma once

#include "charts/SourceIndex.h"
#include "charts/TimelineData.h"
#include "model/Dataset.h"

#include <QCoreApplication>

namespace innoatlas {

/**
 * Computes timelines (TimelineData) from a dataset: plan periods as spans, events at the dates
 * they are known to (a day, or the whole month or year), targets at their target year, in one
 * lane per city or per plan, on a time scale that compresses long empty stretches.
 *
 * Lanes by city follow the item's own region: an event of a national roadmap that a city plan
 * cites (the 2045 Mars landing) stays in the country's lane; lanes by plan follow the plan (and
 * the city filter then applies to the plan's city), and a city's events outside any plan get a
 * lane of their own. Targets without a target year have
 * no place in time and are left out (a note says how many).
 *
 * The builder keeps a reference to the dataset, which must outlive it.
 */
class TimelineBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TimelineBuilder)

public:
    explicit TimelineBuilder(const Dataset &dataset);

    TimelineData build(const TimelineRequest &request, Language language) const;

    /** "Timeline by city" or "Timeline by plan". */
    static QString title(const TimelineRequest &request);

private:
    /** Sorts the items by lane, then by first day, longer first. */
    static void sortItems(TimelineData &data);
    bool accepts(const TimelineRequest &request, const QString &regionKey, const QString &planKey) const;

    const Dataset &m_dataset;
    SourceIndex m_sources;
    QHash<QString, const Region *> m_regions;
    QHash<QString, const Plan *> m_plans;
};

} // namespace innoatlas
