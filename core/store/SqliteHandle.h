#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace innoatlas {

/** The sqlite3 connection behind a QSQLITE QSqlDatabase, for settings QtSql does not expose. */
class SqliteHandle
{
public:
    /** nullptr when @p database is not an open QSQLITE connection. */
    static sqlite3 *of(const QSqlDatabase &database);
    /**
     * Hardens a connection against hostile files: defensive mode (no writes to the schema or
     * the file through SQL), no untrusted functions in views and triggers, cell size checks.
     */
    static bool harden(const QSqlDatabase &database);
};

} // namespace innoatlas
