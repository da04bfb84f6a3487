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
    /**
     * Only what the timeline and the targets show (DatasetStore::Scope::TimelinesAndTargets): a national
     * database's budget lines and elements are not read for them.
     */
    static std::shared_ptr<const Dataset> loadForTimelinesAndTargets(Database &database, QString *error = nullptr);
    /**
     * The same read from the SQLite file @p path on a read-only connection of its own, for another thread; nullptr
     * when the file cannot be opened or read.
     */
    static std::shared_ptr<const Dataset> readForTimelinesAndTargets(const QString &path);
};

} // namespace innoatlas
