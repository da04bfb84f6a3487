#include "charts/SlideData.h"

#include "charts/InvestmentChartCache.h"

namespace innoatlas {

SlideData::SlideData(std::shared_ptr<const Dataset> dataset)
    : m_charts(std::make_shared<InvestmentChartCache>(dataset)),
      m_timelines(dataset ? std::move(dataset) : std::make_shared<const Dataset>())
{
}

SlideData::SlideData(ChartsRead charts, DatasetRead timelines)
    : m_readCharts(std::move(charts)), m_readTimelines(std::move(timelines))
{
}

ChartSpec SlideData::chart(const InvestmentRequest &request, Language language)
{
    if (!m_charts) {
        if (m_readCharts)
            m_charts = m_readCharts();
        if (!m_charts)
            m_charts = std::make_shared<InvestmentChartCache>(nullptr);
    }
    return m_charts->chart(request, language, ChartDetail::ValuesOnly);
}

void SlideData::letGoOfCharts()
{
    if (m_readCharts)
        m_charts.reset();
}

std::shared_ptr<const Dataset> SlideData::sharedTimelines()
{
    if (!m_timelines) {
        if (m_readTimelines)
            m_timelines = m_readTimelines();
        if (!m_timelines)
            m_timelines = std::make_shared<const Dataset>();
    }
    return m_timelines;
}

} // namespace innoatlas
