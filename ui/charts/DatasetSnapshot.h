#pragma once

#include "model/Dataset.h"

#include <memory>

namespace innoatlas {

class Database;

/**
 * The dataset the figures are computed from, read once from the database and shared by the
 * views (they compute everything in memory; a reload replaces the snapshot).
 */
class DatasetSnapshot
{
public:
    /** Loads the whole dataset of @p database; an unreadable database gives an empty dataset and @p error. */
    static std::shared_ptr<const Dataset> load(Database &database, QString *error = nullptr);
    /** The same without budget lines (for the timeline and the targets, which show none). */
    static std::shared_ptr<const Dataset> loadWithoutBudgetLines(Database &database, QString *error = nullptr);
};

} // namespace innoatlas
