#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace innoatlas {

/**
 * A prepared statement with bound values only, forward-only, that throws
 * StoreError (naming the statement and the reason) instead of returning false. A busy
 * database, a statement stopped by the QueryGuard and a failed disk write also name the file,
 * the last with the operating system's reason ("No space left on device").
 * Values bind by position in call order; exec() starts the positions again, so one
 * prepared statement serves many rows. On SQLite the statement is kept when the SqlQuery goes and
 * serves the next one of the same text on the connection (StatementCache).
 */
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &database, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    /** Binds NULL when the string is empty. */
    SqlQuery &bindOrNull(const QString &value);
    SqlQuery &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }

    /** Runs one statement without values (DDL, PRAGMA). */
    static void run(const QSqlDatabase &database, const QString &sql);
    /** Runs a query that returns one value. */
    static QVariant scalar(const QSqlDatabase &database, const QString &sql);

private:
    QSqlDatabase m_database;
    // Set by m_query's initializer, so declared before it: prepared on SQLite, given to the StatementCache when done.
    bool m_reusable = false;
    QSqlQuery m_query;
    QString m_sql;
    int m_position = 0;
};

} // namespace innoatlas
