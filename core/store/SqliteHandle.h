#pragma once

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace innoatlas {

/** The sqlite3 connection behind a QSQLITE QSqlDatabase, for settings QtSql does not expose. */
class SqliteHandle
{
public:
    /** nullptr when @p database is not an open QSQLITE connection. */
    static sqlite3 *of(const QSqlDatabase &database);
    /** The prepared statement behind a QSQLITE @p query; nullptr when it has none (its connection closed). */
    static sqlite3_stmt *statementOf(const QSqlQuery &query);
    /**
     * Hardens a connection against hostile files: defensive mode (no writes to the schema or
     * the file through SQL), no untrusted functions in views and triggers, cell size checks.
     */
    static bool harden(const QSqlDatabase &database);
};

} // namespace innoatlas
