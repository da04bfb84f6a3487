#pragma once

#include <QSqlDatabase>

namespace innoatlas {

/**
 * RAII guard for one write transaction: BEGIN IMMEDIATE (SQLite) or BEGIN (PostgreSQL) on construction, ROLLBACK
 * on destruction unless commit() succeeded. Every user action is one Transaction.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Commits; throws StoreError when the commit fails (the transaction is then rolled back). */
    void commit();

private:
    QSqlDatabase m_database;
    bool m_open = false;
};

} // namespace innoatlas
