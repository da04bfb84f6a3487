#include "store/Transaction.h"

#include "store/SqlQuery.h"

namespace innoatlas {

Transaction::Transaction(QSqlDatabase database) : m_database(std::move(database))
{
    SqlQuery::run(m_database, QStringLiteral("BEGIN IMMEDIATE"));
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
