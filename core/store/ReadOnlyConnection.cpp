#include "store/ReadOnlyConnection.h"

#include "store/StatementCache.h"

#include <QAtomicInt>
#include <QSqlError>

namespace innoatlas {

ReadOnlyConnection::ReadOnlyConnection(const QString &path)
{
    static QAtomicInt next;
    m_name = QStringLiteral("innoatlas-read-only-%1").arg(next.fetchAndAddRelaxed(1));
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_database.setDatabaseName(path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_database.open())
        m_error = m_database.lastError().text();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    StatementCache::forget(m_database);
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace innoatlas
