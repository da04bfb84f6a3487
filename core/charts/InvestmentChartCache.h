#pragma once

#include "charts/ChartSpec.h"
#include "charts/InvestmentChartBuilder.h"
#include "model/Dataset.h"

#include <QVector>

#include <memory>

namespace innoatlas {

/**
 * The investment charts of one dataset, each computed once: asking again for a chart with the
 * same request and language returns the chart already built, and another chart reuses the
 * plans' pieces (see InvestmentChartBuilder). Holds the dataset it was made for; a view that is
 * given another dataset makes a new cache, so nothing of the old data is ever shown.
 *
 * Keeps the most recent charts only: at most capacity of them, and fewer when together they
 * hold more than a budget of contributions and lines (a national chart holds every budget line
 * it shows, a million of them); the chart last asked for is always kept.
 */
class InvestmentChartCache
{
public:
    /** At most this many contributions and lines in the charts kept, by default. */
    static constexpr qsizetype defaultBudget = 2'000'000;

    /** @p dataset may be null: the charts are then those of an empty dataset. */
    explicit InvestmentChartCache(std::shared_ptr<const Dataset> dataset, qsizetype budget = defaultBudget);
    /** Charts of @p dataset counted from @p stored pieces (see InvestmentChartBuilder), when not null. */
    InvestmentChartCache(std::shared_ptr<const Dataset> dataset, std::shared_ptr<StoredBudgetPieces> stored,
                         qsizetype budget = defaultBudget);

    /**
     * The charts of the SQLite file at @p path, counted from its stored pieces, with the chart for @p request in
     * @p language built: read through a read-only connection of its own, so on any thread. Null when the file cannot
     * be read or its pieces are stale. Give it a connection (setDatabase()) before asking it for another chart.
     */
    static std::shared_ptr<InvestmentChartCache> readAhead(const QString &path, const InvestmentRequest &request,
                                                           Language language);

    /**
     * The chart for @p request in @p language, built now or kept from before. A chart's titles and notes are in the
     * translation installed when it is built (Translations): a chart kept from another is built again. A chart kept
     * with its tooltips serves a request for values only.
     */
    ChartSpec chart(const InvestmentRequest &request, Language language, ChartDetail detail = ChartDetail::Tooltips);

    /** The dataset the charts are of (never null). */
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }
    /** The stored pieces the charts are counted from; null when the dataset's lines are counted. */
    const std::shared_ptr<StoredBudgetPieces> &stored() const { return m_stored; }
    /** Reads the stored pieces not read yet through @p database from now on (see StoredBudgetPieces). */
    void setDatabase(const QSqlDatabase &database);

    /** How many charts this cache has built (not returned from what it kept). */
    int builtCount() const { return m_built; }

    /** How many charts are kept. */
    static constexpr int capacity = 8;

private:
    struct Entry
    {
        InvestmentRequest request;
        Language language;
        ChartDetail detail;
        QString translation; ///< the interface's translation its titles and notes were written in
        ChartSpec spec;
        qsizetype weight = 0; ///< contributions and lines
    };

    void dropOldest();

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<StoredBudgetPieces> m_stored;
    InvestmentChartBuilder m_builder;
    qsizetype m_budget;
    QVector<Entry> m_recent; ///< most recently used first
    qsizetype m_weight = 0;  ///< of the charts kept
    int m_built = 0;
};

} // namespace innoatlas
