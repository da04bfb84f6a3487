#pragma once

#include <QString>

namespace innoatlas {

/**
 * Whether this process may write a database file, asked before opening it so that a file it may
 * not change opens read-only instead of failing on the first edit. Asks the system (access(2)), so
 * it follows permissions, read-only mounts and ACLs; the superuser may write a 0444 file, and then
 * it is writable.
 */
class WriteAccess
{
public:
    /** True when @p path and its folder (SQLite writes its journal beside the file) can be written. */
    static bool canWrite(const QString &path, QString *reason = nullptr);
};

} // namespace innoatlas
