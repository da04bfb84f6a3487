#include "store/SqlQuery.h"

#include "store/SqlDialect.h"
#include "store/SqliteHandle.h"
#include "store/StatementCache.h"
#include "store/StoreError.h"

#include <QSqlError>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace innoatlas {

namespace {
QString describe(const QSqlDatabase &database, const QSqlError &error, const QString &sql)
{
    QString statement = sql.simplified();
    if (statement.size() > 120)
        statement = statement.left(117) + QStringLiteral("...");
    const QString where = QStringLiteral("(in: %1)").arg(statement);
    const QString file = database.databaseName();
    // A server's native code is an SQLSTATE, not an SQLite result code.
    if (SqlDialect::of(database) != SqlDialect::Kind::Sqlite)
        return QStringLiteral("%1 %2").arg(error.text(), where);
    // Qt reports SQLite's primary result code; the extended codes keep it in the low byte.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("%1: another program is writing to this database and did not finish within the "
                              "wait; nothing was changed, try again when it is done %2")
            .arg(file, where);
    case SQLITE_INTERRUPT:
        return QStringLiteral("%1: a query ran too long and was stopped; nothing was changed (a damaged or "
                              "hostile file can cause this) %2")
            .arg(file, where);
    case SQLITE_FULL:
        // SQLite's unix VFS answers SQLITE_FULL for exactly one system error, ENOSPC, and does not keep it.
        return QStringLiteral("%1: %2: %3 %4")
            .arg(file, error.databaseText(), QString::fromLocal8Bit(std::strerror(ENOSPC)), where);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN: {
        // The real reason is the operating system's: SQLite keeps the errno of its last failed call.
        sqlite3 *db = SqliteHandle::of(database);
        const int systemError = db ? sqlite3_system_errno(db) : 0;
        const QString reason =
            systemError != 0 ? QString::fromLocal8Bit(std::strerror(systemError)) : error.databaseText();
        return QStringLiteral("%1: %2: %3 %4").arg(file, error.databaseText(), reason, where);
    }
    default:
        return QStringLiteral("%1 %2").arg(error.text(), where);
    }
}
StoreError::Kind kindOf(const QSqlDatabase &database, const QSqlError &error)
{
    if (SqlDialect::of(database) != SqlDialect::Kind::Sqlite)
        return StoreError::Kind::Other;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Kind::Busy;
    case SQLITE_READONLY:
        return StoreError::Kind::ReadOnly;
    case SQLITE_INTERRUPT:
        return StoreError::Kind::Interrupted;
    case SQLITE_FULL:
        return StoreError::Kind::DiskFull;
    default:
        return StoreError::Kind::Other;
    }
}

/** A statement kept for @p sql on @p database (@p cached set), or a new query on it to prepare. */
QSqlQuery takeOrMake(const QSqlDatabase &database, const QString &sql, bool &cached)
{
    if (SqlDialect::of(database) == SqlDialect::Kind::Sqlite) {
        if (std::optional<QSqlQuery> kept = StatementCache::take(database, sql)) {
            cached = true;
            return std::move(*kept);
        }
    }
    cached = false;
    return QSqlQuery(database);
}

[[noreturn]] void raise(const QSqlDatabase &database, const QSqlError &error, const QString &sql)
{
    throw StoreError(describe(database, error, sql), kindOf(database, error));
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &database, const QString &sql)
    : m_database(database), m_query(takeOrMake(database, sql, m_reusable)), m_sql(sql)
{
    if (m_reusable)
        return;
    const SqlDialect::Kind kind = SqlDialect::of(database);
    // QPSQL reads a forward-only result row by row from the connection, and another statement run
    // meanwhile (a query per row) would discard the rest; it reads whole results otherwise.
    m_query.setForwardOnly(kind == SqlDialect::Kind::Sqlite);
    if (kind != SqlDialect::Kind::Sqlite)
        m_sql = SqlDialect::translate(kind, sql);
    if (!m_query.prepare(m_sql))
        raise(m_database, m_query.lastError(), m_sql);
    m_reusable = kind == SqlDialect::Kind::Sqlite;
}

SqlQuery::~SqlQuery()
{
    if (m_reusable)
        StatementCache::giveBack(m_database, m_sql, std::move(m_query));
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
        raise(m_database, m_query.lastError(), m_sql);
    return *this;
}

void SqlQuery::run(const QSqlDatabase &database, const QString &text)
{
    const QString sql = SqlDialect::translate(SqlDialect::of(database), text);
    QSqlQuery query(database);
    if (!query.exec(sql))
        raise(database, query.lastError(), sql);
}

QVariant SqlQuery::scalar(const QSqlDatabase &database, const QString &text)
{
    const QString sql = SqlDialect::translate(SqlDialect::of(database), text);
    QSqlQuery query(database);
    query.setForwardOnly(!SqlDialect::isPostgres(database));
    if (!query.exec(sql))
        raise(database, query.lastError(), sql);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace innoatlas
