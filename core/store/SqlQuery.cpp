#include "store/SqlQuery.h"

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
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StoreError(describe(m_query.lastError(), sql));
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
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

void SqlQuery::run(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql))
        throw StoreError(describe(query.lastError(), sql));
}

QVariant SqlQuery::scalar(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw StoreError(describe(query.lastError(), sql));
    return query.next() ? query.value(0) : QVariant();
}

} // namespace innoatlas
