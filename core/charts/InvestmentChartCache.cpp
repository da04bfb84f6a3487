#include "charts/InvestmentChartCache.h"

#include "charts/ChartSnapshot.h"
#include "i18n/Translations.h"
#include "store/ReadOnlyConnection.h"
#include "store/StoreError.h"

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

std::shared_ptr<InvestmentChartCache>
InvestmentChartCache::readAhead(const QString &path, const InvestmentRequest &request, Language language)
{
    const ReadOnlyConnection reader(path);
    if (!reader.isOpen())
        return nullptr;
    try {
        std::optional<ChartSnapshot> snapshot = ChartSnapshot::readFresh(reader.connection());
        if (!snapshot)
            return nullptr;
        auto charts = std::make_shared<InvestmentChartCache>(std::move(snapshot->dataset), std::move(snapshot->pieces));
        charts->chart(request, language);
        charts->setDatabase(QSqlDatabase()); // the reader's connection closes with it
        return charts;
    } catch (const StoreError &) {
        return nullptr;
    }
}

void InvestmentChartCache::setDatabase(const QSqlDatabase &database)
{
    if (m_stored)
        m_stored->setDatabase(database);
}

ChartSpec InvestmentChartCache::chart(const InvestmentRequest &request, Language language, ChartDetail detail)
{
    const QString translation = Translations::current();
    for (int i = 0; i < m_recent.size(); ++i) {
        const Entry &kept = m_recent.at(i);
        if (kept.request == request && kept.language == language && kept.translation == translation &&
            (kept.detail == detail || kept.detail == ChartDetail::Tooltips)) {
            m_recent.move(i, 0);
            return m_recent.first().spec;
        }
    }
    // What the new chart would push out whatever its weight goes before it is built, so that a national chart is
    // not built beside charts about to be let go.
    while (!m_recent.isEmpty() && (m_recent.size() >= capacity || m_weight > m_budget))
        dropOldest();
    Entry entry{request, language, detail, translation, m_builder.build(request, language, detail), 0};
    entry.weight = weightOf(entry.spec);
    ++m_built;
    m_recent.prepend(entry);
    m_weight += entry.weight;
    while (m_recent.size() > 1 && m_weight > m_budget)
        dropOldest();
    return entry.spec;
}

void InvestmentChartCache::dropOldest()
{
    m_weight -= m_recent.last().weight;
    m_recent.removeLast();
}

} // namespace innoatlas
