#include "store/SqlQuery.h"

#include "store/SqlDialect.h"
#include "store/StoreError.h"

#include <QSqlError>

namespace innoatlas {

namespace {
QString describe(const QSqlError &error, const QString &sql)
{
    QString statement = sql.simplified();
    if (statement.size() > 120)
        statement = statement.left(117) + QStringLiteral("...");
    return QStringLiteral("%1 (in: %2)").arg(error.text(), statement);
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &database, const QString &sql) : m_query(database), m_sql(sql)
{
    const SqlDialect::Kind kind = SqlDialect::of(database);
    // QPSQL reads a forward-only result row by row from the connection, and another statement run
    // meanwhile (a query per row) would discard the rest; it reads whole results otherwise.
    m_query.setForwardOnly(kind == SqlDialect::Kind::Sqlite);
    if (kind != SqlDialect::Kind::Sqlite)
        m_sql = SqlDialect::translate(kind, sql);
    if (!m_query.prepare(m_sql))
        throw StoreError(describe(m_query.lastError(), m_sql));
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // Flags are integer columns (0, 1); PostgreSQL would receive TRUE and FALSE.
    if (value.typeId() == QMetaType::Bool)
        m_query.bindValue(m_position++,
                          value.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(int(value.toBool())));
    else
        m_query.bindValue(m_position++, value);
    return *this;
}

SqlQuery &SqlQuery::bindOrNull(const QString &value)
{
    m_query.bindValue(m_position++, value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    m_position = 0;
    if (!m_query.exec())
        throw StoreError(describe(m_query.lastError(), m_sql));
    return *this;
}

void SqlQuery::run(const QSqlDatabase &database, const QString &text)
{
    const QString sql = SqlDialect::translate(SqlDialect::of(database), text);
    QSqlQuery query(database);
    if (!query.exec(sql))
        throw StoreError(describe(query.lastError(), sql));
}

QVariant SqlQuery::scalar(const QSqlDatabase &database, const QString &text)
{
    const QString sql = SqlDialect::translate(SqlDialect::of(database), text);
    QSqlQuery query(database);
    query.setForwardOnly(!SqlDialect::isPostgres(database));
    if (!query.exec(sql))
        throw StoreError(describe(query.lastError(), sql));
    return query.next() ? query.value(0) : QVariant();
}

} // namespace innoatlas
