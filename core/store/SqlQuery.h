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
 * prepared statement serves many rows.
 */
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &database, const QString &sql);

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
    QSqlQuery m_query;
    QString m_sql;
    int m_position = 0;
};

} // namespace innoatlas
