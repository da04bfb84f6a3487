#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace innoatlas {

/**
 * Connection settings for the length of one large import on an SQLite connection, put back as
 * they were when it ends: statement journals in memory (every insert that fires a trigger keeps
 * one, and on disk each of them costs write calls per line) and a larger page cache. The
 * database's own checks (foreign keys, CHECK constraints, triggers) are untouched.
 *
 * Construct it before the import's Transaction and let it go after: SQLite reads the temporary
 * storage setting when a transaction begins. Does nothing on other connections.
 */
class ImportPragmas
{
public:
    explicit ImportPragmas(const QSqlDatabase &database);
    ~ImportPragmas();
    ImportPragmas(const ImportPragmas &) = delete;
    ImportPragmas &operator=(const ImportPragmas &) = delete;

    /** Page cache during an import, in KiB (SQLite's negative cache_size). */
    static constexpr int cacheKib = 32768;

private:
    sqlite3 *m_db = nullptr;
    int m_tempStore = 0;
    int m_cacheSize = 0;
};

} // namespace innoatlas
