#pragma once

#include "charts/ChartSpec.h"

#include <QCoreApplication>

#include <functional>

namespace innoatlas {

/**
 * Keeps an investment chart readable, and quick to draw, however many plans and cities it counts. A national
 * database holds thousands of plans: a chart split by plan would have a series for each, and a chart by plan a bar
 * for each. Nothing is dropped silently: each limit applied adds a note saying what was done.
 */
class ChartLimits
{
    Q_DECLARE_TR_FUNCTIONS(ChartLimits)

public:
    /** A split by plan or city shows at most this many series: the largest, one by one, and the others summed. */
    static constexpr int maximumSeries = 20;
    /** A chart by plan shows at most this many plans, those with the largest amounts. */
    static constexpr int maximumPlans = 40;

    /**
     * Where each series goes, given their @p totals over every category, when there are more than maximumSeries: the
     * largest maximumSeries - 1 keep their order, and every other series goes to the last place, where they are
     * added together. Empty when there are few enough.
     */
    static QVector<int> seriesPlaces(const QVector<qint64> &totals);

    /**
     * Moves @p series (their values not made yet) to their @p places (seriesPlaces()), the last one becoming "other",
     * named for the @p breakdown, and returns the note that says so; returns nothing when @p places is empty.
     */
    static QString mergeSeries(QVector<ChartSeries> &series, const QVector<int> &places, ChartBreakdown breakdown);

    /**
     * Keeps the maximumPlans categories of a chart by plan whose bars are the largest (their series added), in their
     * order, and returns the note naming how many plans are left out and the won they hold (@p money formats it);
     * returns nothing when there are few enough or the chart is not by plan.
     */
    static QString keepLargestPlans(ChartSpec &spec, const std::function<QString(qint64)> &money);
};

} // namespace innoatlas
