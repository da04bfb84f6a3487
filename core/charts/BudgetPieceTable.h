#pragma once

#include <QSqlDatabase>

#include <functional>

namespace innoatlas {

class Transaction;

/**
 * The stored pieces of the budget lines (table budget_piece, migrations 006 and 010): what
 * BudgetAllocation makes of each plan's lines, kept in the database so that an investment chart
 * is a GROUP BY over an index (StoredBudgetPieces) rather than every line read and counted. The
 * pieces of a plan that count alike in every chart (same split, kind, funding source, year,
 * estimate, remainder and sources) are stored as one row: their sum and how many lines they are.
 *
 * The pieces are derived data. Triggers on budget_line mark a plan as stale whenever one of its
 * lines is added, changed or removed, whatever wrote it (an edit, an undo, an import); refresh()
 * computes the pieces of the stale plans again. A chart reads the pieces only once none is stale.
 * An import stores the pieces in its own transaction (refreshWithin(): the plans it wrote, and any
 * other plan still stale, which is rare, since every chart refreshes first), so that they are fresh
 * when it is committed and untouched when it is not.
 */
class BudgetPieceTable
{
public:
    /** Whether every plan's pieces are up to date. */
    static bool isFresh(const QSqlDatabase &database);

    /** Told how many of the stale plans are counted so far, and how many there are. */
    using Progress = std::function<void(int done, int total)>;

    /**
     * Computes the pieces of every stale plan again, in one transaction; returns how many plans
     * it counted. Throws StoreError (the database is then unchanged). SQLite databases only.
     */
    static int refresh(const QSqlDatabase &database, const Progress &progress = {});

    /**
     * The same inside @p transaction, which the caller holds and commits or rolls back with the
     * writes that made the plans stale. Does nothing on a connection that is not SQLite's (a
     * server keeps no pieces).
     */
    static int refreshWithin(const QSqlDatabase &database, Transaction &transaction, const Progress &progress = {});
};

} // namespace innoatlas
