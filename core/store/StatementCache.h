#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace innoatlas {

/**
 * Prepared SQLite statements kept for the next SqlQuery of the same text on the same connection: parsing
 * and planning a statement can cost more than running it (the navigator's filter prepared its statements
 * again at every keystroke). A connection is used on one thread only, so each thread keeps its own.
 *
 * A statement is reset when it is given back, so an idle one holds no read transaction and no lock; one
 * whose connection has closed (its statements finalized) or gone is dropped, never reused.
 */
class StatementCache
{
public:
    /** Statements kept per connection, the least recently used dropped first. */
    static constexpr int capacity = 64;

    /** An idle statement prepared for @p sql on the SQLite connection @p database, or nothing. */
    static std::optional<QSqlQuery> take(const QSqlDatabase &database, const QString &sql);

    /** Keeps @p query, prepared for @p sql on @p database and no longer used, for a later take(). */
    static void giveBack(const QSqlDatabase &database, const QString &sql, QSqlQuery &&query);

    /** Drops the statements kept for @p database: before the connection closes. */
    static void forget(const QSqlDatabase &database);

    /** How many statements this thread keeps for @p database. */
    static int size(const QSqlDatabase &database);
};

} // namespace innoatlas
