#include "store/Transaction.h"

#include "store/SqlDialect.h"
#include "store/SqlQuery.h"

namespace innoatlas {

Transaction::Transaction(QSqlDatabase database) : m_database(std::move(database))
{
    SqlQuery::run(m_database, SqlDialect::beginWrite(SqlDialect::of(m_database)));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_database);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    SqlQuery::run(m_database, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace innoatlas
