#include "charts/TargetsBuilder.h"

#include "charts/KpiFormatter.h"
#include "charts/RegionNames.h"

#include <algorithm>

namespace innoatlas {

namespace {
/** A decimal string as a number, for placing a dot on a row (never for arithmetic on figures). */
double magnitudeOf(const QString &decimal)
{
    bool ok = false;
    const double value = decimal.toDouble(&ok);
    return ok ? value : 0.0;
}
} // namespace

TargetsBuilder::TargetsBuilder(const Dataset &dataset) : m_dataset(dataset), m_sources(dataset) {}

TargetsData TargetsBuilder::build(const QStringList &cityKeys, const QStringList &themeKeys, Language language) const
{
    TargetsData data;
    data.language = language;
    data.title = tr("Targets — from baseline to target");
    QHash<QString, const Region *> regions;
    for (const Region &region : m_dataset.regions)
        regions.insert(region.key, &region);
    QStringList quoteKeys;
    int withoutBaseline = 0;
    for (const Plan &plan : m_dataset.plans) {
        if (!cityKeys.isEmpty() && !cityKeys.contains(plan.regionKey))
            continue;
        if (!themeKeys.isEmpty() && std::none_of(plan.themeKeys.cbegin(), plan.themeKeys.cend(),
                                                 [&](const QString &t) { return themeKeys.contains(t); }))
            continue;
        for (const Target &target : plan.targets) {
            TargetRow row;
            row.targetKey = target.key;
            row.planKey = plan.key;
            row.regionKey = plan.regionKey;
            if (const Region *region = regions.value(plan.regionKey))
                row.city = RegionNames::shortName(*region, language);
            row.planTitle = plan.title.preferred(language);
            row.metric = target.metric.preferred(language);
            row.unit = target.unit;
            row.targetText = KpiFormatter::formatWithYear(target.target, target.unit, language);
            const double to = magnitudeOf(target.target.value);
            double top = std::max(to, 0.0);
            if (target.baseline) {
                row.baselineText = KpiFormatter::formatWithYear(*target.baseline, target.unit, language);
                top = std::max(top, magnitudeOf(target.baseline->value));
            } else {
                ++withoutBaseline;
            }
            if (target.unit == u"percent")
                top = std::max(top, 100.0);
            row.targetAt = top > 0 ? to / top : 0;
            if (target.baseline)
                row.baselineAt = top > 0 ? magnitudeOf(target.baseline->value) / top : 0;
            QStringList keys = target.target.citation.quoteKeys;
            if (target.baseline)
                keys += target.baseline->citation.quoteKeys;
            row.sourceKeys = m_sources.sourceKeys(keys);
            quoteKeys += keys;
            data.rows.append(row);
        }
    }
    data.sourceKeys = m_sources.sourceKeys(quoteKeys);
    for (const QString &key : std::as_const(data.sourceKeys))
        data.sourceNames.insert(key, m_sources.describe(key, language));
    data.sourceLine = m_sources.sourceLine(data.sourceKeys, language);
    data.notes << tr("Each row has its own scale: percentages from 0 to 100 %, other units from zero to the larger "
                     "value.");
    if (withoutBaseline > 0)
        data.notes << tr("%n target(s) have no baseline in the sources: only the target is drawn.", nullptr,
                         withoutBaseline);
    return data;
}

} // namespace innoatlas
