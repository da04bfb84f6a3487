#include "charts/InvestmentChartCache.h"

namespace innoatlas {

namespace {
std::shared_ptr<const Dataset> orEmpty(std::shared_ptr<const Dataset> dataset)
{
    return dataset ? std::move(dataset) : std::make_shared<const Dataset>();
}
} // namespace

InvestmentChartCache::InvestmentChartCache(std::shared_ptr<const Dataset> dataset)
    : m_dataset(orEmpty(std::move(dataset))), m_builder(*m_dataset)
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
    Entry entry{request, language, m_builder.build(request, language)};
    ++m_built;
    m_recent.prepend(entry);
    if (m_recent.size() > capacity)
        m_recent.removeLast();
    return entry.spec;
}

} // namespace innoatlas
