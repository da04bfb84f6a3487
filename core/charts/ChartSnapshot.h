#pragma once

#include "charts/BudgetPieceTable.h"
#include "charts/StoredBudgetPieces.h"
#include "model/Dataset.h"

#include <memory>
#include <optional>

namespace innoatlas {

class Database;

/**
 * What an investment chart view counts: the stored pieces of a database and the little of its
 * dataset they need (ChartDatasetReader) when the database can give them, or else the whole
 * dataset, whose lines are then counted in memory.
 */
struct ChartSnapshot
{
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<StoredBudgetPieces> pieces; ///< null: the dataset's lines are counted

    /**
     * Reads the snapshot of @p database: its stored pieces, refreshed first when stale
     * (BudgetPieceTable), on a SQLite file that can be written or whose pieces are fresh; the
     * whole dataset otherwise (a PostgreSQL server, a read-only file with stale pieces). An
     * unreadable database gives an empty dataset and @p error.
     */
    static ChartSnapshot read(Database &database, QString *error = nullptr);

    /**
     * The stored pieces of @p database and what they need, refreshed first when stale and the
     * file can be written (@p progress is told of it); nothing when it cannot give them. Throws
     * StoreError.
     */
    static std::optional<ChartSnapshot> readStored(Database &database, const BudgetPieceTable::Progress &progress = {});

    /**
     * The stored pieces of the SQLite @p connection and what they need, when they are fresh; nothing when they are
     * stale (they are not refreshed). The pieces read through @p connection. Throws StoreError.
     */
    static std::optional<ChartSnapshot> readFresh(const QSqlDatabase &connection);
};

} // namespace innoatlas
