#include "charts/ChartLimits.h"

#include <algorithm>
#include <numeric>

namespace innoatlas {

namespace {
/** The indexes of the @p count largest of @p totals, as flags; ties keep the earlier. */
QVector<bool> largest(const QVector<qint64> &totals, int count)
{
    QVector<int> order(totals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&totals](int a, int b) { return totals.at(a) > totals.at(b); });
    QVector<bool> kept(totals.size(), false);
    for (int i = 0; i < count && i < order.size(); ++i)
        kept[order.at(i)] = true;
    return kept;
}
} // namespace

QVector<int> ChartLimits::seriesPlaces(const QVector<qint64> &totals)
{
    if (totals.size() <= maximumSeries)
        return {};
    const int shown = maximumSeries - 1;
    const QVector<bool> kept = largest(totals, shown);
    QVector<int> places(totals.size(), shown);
    int next = 0;
    for (int s = 0; s < totals.size(); ++s) {
        if (kept.at(s))
            places[s] = next++;
    }
    return places;
}

QString ChartLimits::mergeSeries(QVector<ChartSeries> &series, const QVector<int> &places, ChartBreakdown breakdown)
{
    if (places.isEmpty())
        return QString();
    const int shown = maximumSeries - 1;
    QVector<ChartSeries> placed(maximumSeries);
    for (int s = 0; s < series.size() && s < places.size(); ++s) {
        if (places.at(s) < shown)
            placed[places.at(s)] = std::move(series[s]);
    }
    const int merged = int(series.size()) - shown;
    const bool cities = breakdown == ChartBreakdown::City;
    placed.last().key = ChartSeries::otherKey();
    placed.last().label = cities ? tr("Other cities (%Ln)", nullptr, merged) : tr("Other plans (%Ln)", nullptr, merged);
    series = std::move(placed);
    return cities ? tr("The %n cities with the largest amounts are shown one by one; the other %L1 are added "
                       "together as one series.",
                       nullptr, shown)
                        .arg(merged)
                  : tr("The %n plans with the largest amounts are shown one by one; the other %L1 are added "
                       "together as one series.",
                       nullptr, shown)
                        .arg(merged);
}

QString ChartLimits::keepLargestPlans(ChartSpec &spec, const std::function<QString(qint64)> &money)
{
    if (spec.request.dimension != ChartDimension::Plan || spec.categories.size() <= maximumPlans)
        return QString();
    // The largest bars: a stack's height, or the highest of a group.
    const bool stacked = spec.request.layout == ChartLayout::Stacked;
    QVector<qint64> heights(spec.categories.size(), 0);
    for (const ChartSeries &series : std::as_const(spec.series)) {
        for (int c = 0; c < series.values.size() && c < heights.size(); ++c) {
            const qint64 value = series.values.at(c).total();
            heights[c] = stacked ? heights.at(c) + value : std::max(heights.at(c), value);
        }
    }
    const QVector<bool> kept = largest(heights, maximumPlans);

    qint64 leftOut = 0;
    for (const ChartSeries &series : std::as_const(spec.series)) {
        for (int c = 0; c < series.values.size() && c < kept.size(); ++c) {
            if (!kept.at(c)) {
                leftOut += series.values.at(c).won;
            }
        }
    }
    const auto keep = [&kept](auto &items) {
        int to = 0;
        for (int from = 0; from < items.size(); ++from) {
            if (kept.value(from))
                items[to++] = std::move(items[from]);
        }
        items.resize(to);
    };
    keep(spec.categories);
    for (ChartSeries &series : spec.series)
        keep(series.values);
    const int hidden = int(kept.size()) - maximumPlans;
    // Planned, secured and invested amounts are never added together, not even in a note.
    if (spec.request.breakdown == ChartBreakdown::Kind) {
        return tr("Only the %1 plans with the largest amounts are shown; %Ln other plan(s) are left out.", nullptr,
                  hidden)
            .arg(maximumPlans);
    }
    return tr("Only the %1 plans with the largest amounts are shown; %Ln other plan(s), holding %2 in all, are left "
              "out.",
              nullptr, hidden)
        .arg(maximumPlans)
        .arg(money(leftOut));
}

} // namespace innoatlas
