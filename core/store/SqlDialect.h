#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace innoatlas {

/**
 * The one place where the SQL of SQLite and of PostgreSQL differ.
 *
 * InnoAtlas writes its SQL in SQLite's dialect (the migrations, the queries of core). On a
 * PostgreSQL connection each statement passes through translate() once, when it is prepared:
 * types (INTEGER is 64-bit there), ids (INTEGER PRIMARY KEY becomes an identity column), upserts
 * (INSERT OR IGNORE becomes ON CONFLICT DO NOTHING), null-safe comparison (IS NOT becomes IS
 * DISTINCT FROM), GLOB patterns (regular expressions), JSON id lists and triggers (a plpgsql
 * function each). On SQLite nothing is changed, so SQLite behaves exactly as before.
 *
 * What PostgreSQL does not get: the FTS5 trigram tables (search scans the texts instead, see
 * SearchIndex), pragmas (the server's settings apply), the defensive open of a file.
 */
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    static Kind of(const QSqlDatabase &database);
    static bool isPostgres(const QSqlDatabase &database) { return of(database) == Kind::Postgres; }

    /** The statement that starts a write transaction (SQLite takes the write lock at once). */
    static QString beginWrite(Kind kind);
    /** A statement of core's SQL as @p kind runs it. */
    static QString translate(Kind kind, const QString &sql);
    /** One statement of a migration script as @p kind runs it: none, one or several statements. */
    static QStringList translateMigration(Kind kind, const QString &statement);
    /** A subquery listing the integers of a JSON array bound to its one placeholder ("[1,2,3]"). */
    static QString jsonIdList(Kind kind);
    /** The names of the user tables of the database (schema objects of InnoAtlas and anyone else). */
    static QStringList tables(const QSqlDatabase &database);
};

} // namespace innoatlas
