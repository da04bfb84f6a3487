#include "importers/ImportPragmas.h"

#include "store/SqliteHandle.h"

#include <sqlite3.h>

namespace innoatlas {

namespace {
/** The integer a PRAGMA returns; @p fallback when it returns none. */
int pragmaValue(sqlite3 *db, const char *sql, int fallback)
{
    sqlite3_stmt *statement = nullptr;
    int value = fallback;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

void setPragma(sqlite3 *db, const char *name, int value)
{
    // Settings only: a refusal (a transaction already open) leaves the import correct, only slower.
    const QByteArray sql = QByteArrayLiteral("PRAGMA ") + name + " = " + QByteArray::number(value);
    sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
}
} // namespace

ImportPragmas::ImportPragmas(const QSqlDatabase &database) : m_db(SqliteHandle::of(database))
{
    if (!m_db)
        return;
    m_tempStore = pragmaValue(m_db, "PRAGMA temp_store", 0);
    m_cacheSize = pragmaValue(m_db, "PRAGMA cache_size", -2000);
    setPragma(m_db, "temp_store", 2); // MEMORY
    if (m_cacheSize < 0 ? -m_cacheSize < cacheKib : m_cacheSize * 4 < cacheKib)
        setPragma(m_db, "cache_size", -cacheKib);
}

ImportPragmas::~ImportPragmas()
{
    if (!m_db)
        return;
    setPragma(m_db, "temp_store", m_tempStore);
    setPragma(m_db, "cache_size", m_cacheSize);
}

} // namespace innoatlas
