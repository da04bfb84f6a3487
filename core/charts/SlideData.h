#pragma once

#include "charts/ChartSpec.h"
#include "charts/InvestmentRequest.h"
#include "model/Dataset.h"

#include <functional>
#include <memory>

namespace innoatlas {

class InvestmentChartCache;

/**
 * What the figures of presenter slides are made from: the investment charts, and the dataset of the timelines and
 * targets. Each is read when a slide first needs it, through the function given for it, and kept: a deck at national
 * scale then counts its charts from the stored pieces, as the Investment tab does, and reads the timelines' scope of
 * the dataset, as the Timeline tab does, instead of reading a whole national dataset before its first slide.
 */
class SlideData
{
public:
    using ChartsRead = std::function<std::shared_ptr<InvestmentChartCache>()>;
    using DatasetRead = std::function<std::shared_ptr<const Dataset>()>;

    /** Every figure made from @p dataset, held in memory (the built-in dataset, a test's); null is an empty dataset. */
    explicit SlideData(std::shared_ptr<const Dataset> dataset);
    /** The charts from what @p charts gives, the timelines and targets from what @p timelines gives. */
    SlideData(ChartsRead charts, DatasetRead timelines);

    /**
     * The investment chart for @p request in @p language, its values only (ChartDetail::ValuesOnly: a slide shows no
     * tooltip); the charts are read first, the first time.
     */
    ChartSpec chart(const InvestmentRequest &request, Language language);
    /** The dataset of the timelines and targets (read first, the first time). */
    const Dataset &timelines() { return *sharedTimelines(); }
    /** The same, shared: a figure made from it on another thread keeps it while it is made. */
    std::shared_ptr<const Dataset> sharedTimelines();
    /**
     * Lets go of the charts and their pieces when they can be read again (given as a function): read again when a
     * slide next needs them. A deck moving on to a timeline then holds no chart.
     */
    void letGoOfCharts();

private:
    ChartsRead m_readCharts;
    DatasetRead m_readTimelines;
    std::shared_ptr<InvestmentChartCache> m_charts;
    std::shared_ptr<const Dataset> m_timelines;
};

} // namespace innoatlas
