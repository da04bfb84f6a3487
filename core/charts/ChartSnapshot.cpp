#include "charts/ChartSnapshot.h"

#include "charts/BudgetPieceTable.h"
#include "charts/ChartDatasetReader.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/StoreError.h"

namespace innoatlas {

std::optional<ChartSnapshot> ChartSnapshot::readStored(Database &database, const BudgetPieceTable::Progress &progress)
{
    // The pieces are kept in SQLite files only; a server's charts count its lines.
    if (database.isServer())
        return std::nullopt;
    const QSqlDatabase connection = database.connection();
    if (!database.isReadOnly())
        BudgetPieceTable::refresh(connection, progress);
    return readFresh(connection);
}

std::optional<ChartSnapshot> ChartSnapshot::readFresh(const QSqlDatabase &connection)
{
    if (!BudgetPieceTable::isFresh(connection))
        return std::nullopt;
    return ChartSnapshot{std::make_shared<const Dataset>(ChartDatasetReader::read(connection)),
                         std::make_shared<StoredBudgetPieces>(connection)};
}

ChartSnapshot ChartSnapshot::read(Database &database, QString *error)
{
    try {
        if (std::optional<ChartSnapshot> stored = readStored(database))
            return *stored;
        return {std::make_shared<const Dataset>(DatasetStore(database.connection()).load()), nullptr};
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return {std::make_shared<const Dataset>(), nullptr};
    }
}

} // namespace innoatlas
