#include "charts/InvestmentChartCache.h"

namespace innoatlas {

namespace {
qsizetype weightOf(const ChartSpec &spec)
{
    qsizetype weight = spec.lines.size();
    for (const ChartSeries &series : spec.series) {
        for (const ChartValue &value : series.values)
            weight += value.contributions.size();
    }
    return weight;
}

std::shared_ptr<const Dataset> orEmpty(std::shared_ptr<const Dataset> dataset)
{
    return dataset ? std::move(dataset) : std::make_shared<const Dataset>();
}
} // namespace

InvestmentChartCache::InvestmentChartCache(std::shared_ptr<const Dataset> dataset, qsizetype budget)
    : InvestmentChartCache(std::move(dataset), nullptr, budget)
{
}

InvestmentChartCache::InvestmentChartCache(std::shared_ptr<const Dataset> dataset,
                                           std::shared_ptr<StoredBudgetPieces> stored, qsizetype budget)
    : m_dataset(orEmpty(std::move(dataset))), m_stored(std::move(stored)), m_builder(*m_dataset, m_stored.get()),
      m_budget(budget)
{
}

ChartSpec InvestmentChartCache::chart(const InvestmentRequest &request, Language language)
{
    for (int i = 0; i < m_recent.size(); ++i) {
        if (m_recent.at(i).request == request && m_recent.at(i).language == language) {
            m_recent.move(i, 0);
            return m_recent.first().spec;
        }
    }
    Entry entry{request, language, m_builder.build(request, language), 0};
    entry.weight = weightOf(entry.spec);
    ++m_built;
    m_recent.prepend(entry);
    m_weight += entry.weight;
    while (m_recent.size() > capacity || (m_recent.size() > 1 && m_weight > m_budget)) {
        m_weight -= m_recent.last().weight;
        m_recent.removeLast();
    }
    return entry.spec;
}

} // namespace innoatlas
