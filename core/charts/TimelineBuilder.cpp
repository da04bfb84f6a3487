#include "charts/TimelineBuilder.h"

#include "charts/KpiFormatter.h"
#include "charts/RegionNames.h"

#include <QSet>

#include <algorithm>

namespace innoatlas {

TimelineBuilder::TimelineBuilder(const Dataset &dataset) : m_dataset(dataset), m_sources(dataset)
{
    for (const Region &region : dataset.regions)
        m_regions.insert(region.key, &region);
    for (const Plan &plan : dataset.plans)
        m_plans.insert(plan.key, &plan);
}

QString TimelineBuilder::title(const TimelineRequest &request)
{
    return request.lanes == TimelineRequest::Lanes::Plans ? tr("Timeline by plan") : tr("Timeline by city");
}

bool TimelineBuilder::accepts(const TimelineRequest &request, const QString &regionKey, const QString &planKey) const
{
    if (!request.cityKeys.isEmpty() && !request.cityKeys.contains(regionKey))
        return false;
    if (request.themeKeys.isEmpty())
        return true;
    const Plan *plan = m_plans.value(planKey);
    if (!plan)
        return false;
    return std::any_of(plan->themeKeys.cbegin(), plan->themeKeys.cend(),
                       [&](const QString &theme) { return request.themeKeys.contains(theme); });
}

void TimelineBuilder::sortItems(TimelineData &data)
{
    // Each item's lane is looked up once, not twice per comparison (a national timeline has 50,000 items),
    // and the items are moved once into their order.
    QHash<QString, int> laneOrder;
    for (int i = 0; i < data.lanes.size(); ++i)
        laneOrder.insert(data.lanes.at(i).key, i);
    struct Key
    {
        int lane;
        qint64 first;
        qint64 last;
        int index;
    };
    QVector<Key> keys;
    keys.reserve(data.items.size());
    for (int i = 0; i < data.items.size(); ++i) {
        const TimelineItem &item = data.items.at(i);
        keys.append({laneOrder.value(item.laneKey), item.first.toJulianDay(), item.last.toJulianDay(), i});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.lane != b.lane)
            return a.lane < b.lane;
        if (a.first != b.first)
            return a.first < b.first;
        return a.last > b.last; // longer first
    });
    QVector<TimelineItem> sorted;
    sorted.reserve(data.items.size());
    for (const Key &key : std::as_const(keys))
        sorted.append(std::move(data.items[key.index]));
    data.items = std::move(sorted);
}

TimelineData TimelineBuilder::build(const TimelineRequest &request, Language language) const
{
    TimelineData data;
    data.request = request;
    data.language = language;
    data.title = title(request);
    const bool byPlan = request.lanes == TimelineRequest::Lanes::Plans;
    auto otherLane = [](const QString &regionKey) { return QStringLiteral("other:") + regionKey; };
    QStringList quoteKeys;
    int targetsWithoutYear = 0;
    data.items.reserve(m_dataset.events.size() + m_dataset.plans.size());

    for (const Plan &plan : m_dataset.plans) {
        if (!accepts(request, plan.regionKey, plan.key))
            continue;
        const QString lane = byPlan ? plan.key : plan.regionKey;
        if (plan.period) {
            TimelineItem item;
            item.kind = TimelineItem::Kind::Period;
            item.key = plan.key;
            item.laneKey = lane;
            item.planKey = plan.key;
            item.regionKey = plan.regionKey;
            item.label = plan.title.preferred(language);
            item.detail = plan.period->from == plan.period->to
                              ? QString::number(plan.period->from)
                              : QStringLiteral("%1–%2").arg(plan.period->from).arg(plan.period->to);
            item.first = QDate(plan.period->from, 1, 1);
            item.last = QDate(plan.period->to, 12, 31);
            item.precision = DatePrecision::Year;
            item.sourceKeys = m_sources.sourceKeys(plan.period->citation.quoteKeys);
            quoteKeys += plan.period->citation.quoteKeys;
            data.items.append(std::move(item));
        }
        for (const Target &target : plan.targets) {
            if (!target.target.year) {
                ++targetsWithoutYear;
                continue;
            }
            TimelineItem item;
            item.kind = TimelineItem::Kind::Target;
            item.key = target.key;
            item.laneKey = lane;
            item.planKey = plan.key;
            item.regionKey = plan.regionKey;
            item.label = tr("%1: %2", "target metric: value")
                             .arg(target.metric.preferred(language),
                                  KpiFormatter::format(target.target.value, target.unit, language));
            item.detail = KpiFormatter::formatChange(target, language);
            item.first = QDate(*target.target.year, 1, 1);
            item.last = QDate(*target.target.year, 12, 31);
            item.precision = DatePrecision::Year;
            QStringList keys = target.target.citation.quoteKeys;
            if (target.baseline)
                keys += target.baseline->citation.quoteKeys;
            item.sourceKeys = m_sources.sourceKeys(keys);
            quoteKeys += keys;
            data.items.append(std::move(item));
        }
    }
    for (const Event &event : m_dataset.events) {
        // By plan, an event belongs where its plan is (the Mars goal with Daejeon's space plan).
        const Plan *plan = m_plans.value(event.planKey);
        const QString filterRegion = byPlan && plan ? plan->regionKey : event.regionKey;
        if (!event.date.date.isValid() || !accepts(request, filterRegion, event.planKey))
            continue;
        TimelineItem item;
        item.kind = TimelineItem::Kind::Event;
        item.key = event.key;
        item.regionKey = event.regionKey;
        item.planKey = event.planKey;
        if (byPlan)
            item.laneKey = plan ? event.planKey : otherLane(event.regionKey);
        else
            item.laneKey = event.regionKey;
        item.label = event.title.preferred(language);
        item.detail = SourceIndex::dateText(event.date.date);
        item.first = event.date.date.earliest();
        item.last = event.date.date.latest();
        item.precision = event.date.date.precision();
        item.eventKind = event.kind;
        item.sourceKeys = m_sources.sourceKeys(event.date.citation.quoteKeys);
        quoteKeys += event.date.citation.quoteKeys;
        data.items.append(std::move(item));
    }

    // Lanes in dataset order; by city, countries after cities (they hold national goals).
    QSet<QString> used;
    for (const TimelineItem &item : std::as_const(data.items))
        used.insert(item.laneKey);
    if (byPlan) {
        for (const Plan &plan : m_dataset.plans) {
            if (used.contains(plan.key) || (accepts(request, plan.regionKey, plan.key)))
                data.lanes.append({plan.key, plan.title.preferred(language), plan.regionKey});
        }
        for (const Region &region : m_dataset.regions) {
            if (used.contains(otherLane(region.key))) {
                data.lanes.append({otherLane(region.key),
                                   tr("%1: other events").arg(RegionNames::shortName(region, language)), region.key});
            }
        }
    } else {
        for (const bool countries : {false, true}) {
            for (const Region &region : m_dataset.regions) {
                if (used.contains(region.key) && (region.level == u"country") == countries)
                    data.lanes.append({region.key, RegionNames::shortName(region, language), region.key});
            }
        }
    }
    sortItems(data);

    QVector<QPair<QDate, QDate>> spans;
    spans.reserve(data.items.size());
    for (const TimelineItem &item : std::as_const(data.items))
        spans.append({item.first, item.last});
    data.scale = TimeScale::compressed(spans);

    data.sourceKeys = m_sources.sourceKeys(quoteKeys);
    for (const QString &key : std::as_const(data.sourceKeys))
        data.sourceNames.insert(key, m_sources.describe(key, language));
    data.sourceLine = m_sources.sourceLine(data.sourceKeys, language);

    data.notes << tr("A date known only to the month or the year is drawn as the whole month or year.");
    QStringList breaks;
    for (const TimeScale::Segment &segment : data.scale.segments()) {
        if (!segment.compressed)
            continue;
        const int from = segment.from.year();
        const int to = segment.to.addDays(-1).year();
        breaks << (from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to));
    }
    if (!breaks.isEmpty())
        data.notes << tr("The axis is shortened where nothing is dated for years: %1.").arg(breaks.join(u", "));
    if (targetsWithoutYear > 0)
        data.notes << tr("%n target(s) without a target year are not shown.", nullptr, targetsWithoutYear);
    return data;
}

} // namespace innoatlas
