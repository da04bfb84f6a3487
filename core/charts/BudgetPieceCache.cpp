#include "charts/BudgetPieceCache.h"

#include "charts/BudgetAllocation.h"

namespace innoatlas {

BudgetPieceCache::BudgetPieceCache(const Dataset &dataset) : m_dataset(dataset), m_entries(dataset.plans.size()) {}

BudgetPieceCache::Entry &BudgetPieceCache::entryOf(const Plan &plan)
{
    const qsizetype index = &plan - m_dataset.plans.constData();
    Q_ASSERT(index >= 0 && index < m_entries.size());
    return m_entries[index];
}

BudgetPieceCache::Entry &BudgetPieceCache::withYears(const Plan &plan)
{
    Entry &entry = entryOf(plan);
    if (!entry.hasYears) {
        entry.years = BudgetAllocation::yearPieces(plan, &entry.unplaced);
        entry.hasYears = true;
    }
    return entry;
}

const QVector<BudgetPiece> &BudgetPieceCache::wholePieces(const Plan &plan)
{
    Entry &entry = entryOf(plan);
    if (!entry.hasWhole) {
        entry.whole = BudgetAllocation::wholePieces(plan);
        entry.hasWhole = true;
    }
    return entry.whole;
}

const QVector<BudgetPiece> &BudgetPieceCache::yearPieces(const Plan &plan)
{
    return withYears(plan).years;
}

const QVector<BudgetPiece> &BudgetPieceCache::unplacedPieces(const Plan &plan)
{
    return withYears(plan).unplaced;
}

} // namespace innoatlas
