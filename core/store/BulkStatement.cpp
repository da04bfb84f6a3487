#include "store/BulkStatement.h"

#include "store/SqliteHandle.h"
#include "store/StoreError.h"

#include <sqlite3.h>

namespace innoatlas {

BulkStatement::BulkStatement(const QSqlDatabase &database, const char *sql)
    : m_db(SqliteHandle::of(database)), m_sql(sql)
{
    if (!m_db)
        throw StoreError(QStringLiteral("not an open SQLite connection"));
    check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr));
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::check(int code) const
{
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        throw StoreError(
            QStringLiteral("%1 in %2").arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(m_sql)));
}

BulkStatement &BulkStatement::bind(qint64 value)
{
    check(sqlite3_bind_int64(m_statement, m_next++, value));
    return *this;
}

BulkStatement &BulkStatement::bind(const QString &text)
{
    return bindUtf8(text.toUtf8());
}

BulkStatement &BulkStatement::bindUtf8(const QByteArray &text)
{
    // SQLITE_TRANSIENT: the bytes are copied, so a temporary QByteArray may go at once.
    check(sqlite3_bind_text(m_statement, m_next++, text.constData(), int(text.size()), SQLITE_TRANSIENT));
    return *this;
}

BulkStatement &BulkStatement::bindNull()
{
    check(sqlite3_bind_null(m_statement, m_next++));
    return *this;
}

void BulkStatement::run()
{
    const int code = sqlite3_step(m_statement);
    m_next = 1;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    check(code);
}

qint64 BulkStatement::runForId()
{
    const int code = sqlite3_step(m_statement);
    const qint64 id = code == SQLITE_ROW ? sqlite3_column_int64(m_statement, 0) : 0;
    m_next = 1;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    check(code);
    return id;
}

QString BulkStatement::runForText()
{
    const int code = sqlite3_step(m_statement);
    QString text;
    if (code == SQLITE_ROW) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, 0));
        text = QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, 0));
    }
    m_next = 1;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    check(code);
    return text;
}

bool BulkStatement::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    m_next = 1;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    check(code);
    return false;
}

qint64 BulkStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool BulkStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView BulkStatement::textAt(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
}

qint64 BulkStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void BulkStatement::exec(const QSqlDatabase &database, const char *sql)
{
    sqlite3 *db = SqliteHandle::of(database);
    if (!db)
        throw StoreError(QStringLiteral("not an open SQLite connection"));
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        throw StoreError(QStringLiteral("%1 in %2").arg(text, QString::fromUtf8(sql)));
    }
}

} // namespace innoatlas
