#include "store/SqliteHandle.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#include <sqlite3.h>

namespace innoatlas {

sqlite3 *SqliteHandle::of(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

qint64 SqliteHandle::totalChanges(const QSqlDatabase &database)
{
    sqlite3 *db = of(database);
    return db ? sqlite3_total_changes64(db) : -1;
}

sqlite3_stmt *SqliteHandle::statementOf(const QSqlQuery &query)
{
    const QSqlResult *result = query.result();
    const QVariant handle = result ? result->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt *const *>(handle.data());
}

bool SqliteHandle::defineFunction(const QSqlDatabase &database, const char *name, int arguments, Function call,
                                  QString *error)
{
    sqlite3 *handle = of(database);
    if (!handle) {
        *error = QStringLiteral("not an open SQLite connection");
        return false;
    }
    QByteArrayList nulls;
    for (int i = 0; i < arguments; ++i)
        nulls << QByteArrayLiteral("NULL");
    const QByteArray probeSql = QByteArrayLiteral("SELECT ") + name + '(' + nulls.join(", ") + ')';
    sqlite3_stmt *probe = nullptr;
    const bool known = sqlite3_prepare_v2(handle, probeSql.constData(), -1, &probe, nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    if (known)
        return true;
    if (sqlite3_create_function_v2(handle, name, arguments, SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, call, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}

bool SqliteHandle::harden(const QSqlDatabase &database)
{
    sqlite3 *db = of(database);
    if (!db)
        return false;
    int value = 0;
    bool ok = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &value) == SQLITE_OK && value == 1;
    ok = sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &value) == SQLITE_OK && value == 0 && ok;
    ok = sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &value) == SQLITE_OK && ok;
    ok = sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr) == SQLITE_OK && ok;
    return ok;
}

SchemaEditing::SchemaEditing(const QSqlDatabase &database) : m_db(SqliteHandle::of(database))
{
    if (!m_db)
        return;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, -1, &m_was);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    sqlite3_exec(m_db, "PRAGMA writable_schema = ON", nullptr, nullptr, nullptr);
}

SchemaEditing::~SchemaEditing()
{
    if (!m_db)
        return;
    // Left on, SQLite would skip a damaged schema entry instead of reporting it.
    sqlite3_exec(m_db, "PRAGMA writable_schema = OFF", nullptr, nullptr, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, m_was, nullptr);
}

} // namespace innoatlas
