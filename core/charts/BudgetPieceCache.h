#pragma once

#include "charts/BudgetPiece.h"
#include "model/Dataset.h"

#include <QVector>

namespace innoatlas {

/**
 * The pieces of every plan of a dataset (BudgetAllocation::wholePieces and yearPieces), computed
 * for a plan the first time a chart asks for them and kept: they depend on the plan alone, so
 * every chart over the same dataset (another dimension, breakdown, kind or filter) reuses them.
 *
 * Keeps a reference to the dataset, which must outlive the cache and not change while it lives.
 */
class BudgetPieceCache
{
public:
    explicit BudgetPieceCache(const Dataset &dataset);

    /** The whole pieces of @p plan, a plan of the dataset. */
    const QVector<BudgetPiece> &wholePieces(const Plan &plan);
    /** The pieces of @p plan per year. */
    const QVector<BudgetPiece> &yearPieces(const Plan &plan);
    /** The pieces of @p plan's lines without years (see BudgetAllocation::yearPieces). */
    const QVector<BudgetPiece> &unplacedPieces(const Plan &plan);

private:
    struct Entry
    {
        bool hasWhole = false;
        bool hasYears = false;
        QVector<BudgetPiece> whole;
        QVector<BudgetPiece> years;
        QVector<BudgetPiece> unplaced;
    };
    Entry &entryOf(const Plan &plan);
    Entry &withYears(const Plan &plan);

    const Dataset &m_dataset;
    QVector<Entry> m_entries; ///< one per plan, in dataset order
};

} // namespace innoatlas
