#pragma once

#include "store/SqlQuery.h"

#include <QHash>

#include <memory>

namespace innoatlas {

/** Prepared statements of one connection, prepared once and reused for every row of a bulk write. */
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase database) : m_database(std::move(database)) {}

    SqlQuery &get(const QString &sql)
    {
        std::unique_ptr<SqlQuery> &statement = m_statements[sql];
        if (!statement)
            statement = std::make_unique<SqlQuery>(m_database, sql);
        return *statement;
    }

private:
    QSqlDatabase m_database;
    std::unordered_map<QString, std::unique_ptr<SqlQuery>> m_statements;
};

} // namespace innoatlas
