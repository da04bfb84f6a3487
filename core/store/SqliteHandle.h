#pragma once

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_stmt;
struct sqlite3_value;
class QSqlQuery;

namespace innoatlas {

/** The sqlite3 connection behind a QSQLITE QSqlDatabase, for settings QtSql does not expose. */
class SqliteHandle
{
public:
    /** nullptr when @p database is not an open QSQLITE connection. */
    static sqlite3 *of(const QSqlDatabase &database);
    /**
     * How many rows the connection's statements have written since it was opened (sqlite3_total_changes64()); -1 when
     * @p database is not an open QSQLITE connection. Unchanged, nothing was written through the connection meanwhile.
     */
    static qint64 totalChanges(const QSqlDatabase &database);
    /** The prepared statement behind a QSQLITE @p query; nullptr when it has none (its connection closed). */
    static sqlite3_stmt *statementOf(const QSqlQuery &query);
    /**
     * Hardens a connection against hostile files: defensive mode (no writes to the schema or
     * the file through SQL), no untrusted functions in views and triggers, cell size checks.
     */
    static bool harden(const QSqlDatabase &database);

    /** An SQL function written in C++: SQLite's callback. */
    using Function = void (*)(sqlite3_context *, int, sqlite3_value **);
    /**
     * Defines the SQL function @p name of @p arguments arguments (read as UTF-16; deterministic, harmless in views and
     * triggers) on the connection, unless it has it already: defining a function expires every prepared statement
     * of the connection. False, with SQLite's reason in @p error, when it cannot.
     */
    static bool defineFunction(const QSqlDatabase &database, const char *name, int arguments, Function call,
                               QString *error);
};

/**
 * Lets a hardened connection edit the text of its schema (sqlite_schema) while it lives: defensive
 * mode off and writable_schema on, as a migration that rewrites a CREATE TABLE in place needs.
 * Afterwards writable_schema is off and defensive mode as it was.
 */
class SchemaEditing
{
public:
    explicit SchemaEditing(const QSqlDatabase &database);
    ~SchemaEditing();
    SchemaEditing(const SchemaEditing &) = delete;
    SchemaEditing &operator=(const SchemaEditing &) = delete;

private:
    sqlite3 *m_db = nullptr;
    int m_was = 0;
};

} // namespace innoatlas
