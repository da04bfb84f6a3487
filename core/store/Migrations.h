#pragma once

#include <QSet>
#include <QSqlDatabase>

namespace innoatlas {

/**
 * The numbered schema migrations compiled into the program (:/innoatlas/migrations/NNN_name.sql),
 * applied in file-name order; PRAGMA user_version counts how many a file has had.
 */
class Migrations
{
public:
    static int latestVersion();
    /** Runs migrations fromVersion+1 .. latest on @p database; the caller holds the transaction. Throws StoreError. */
    static void apply(const QSqlDatabase &database, int fromVersion);
    /**
     * The schema objects (type, name and SQL) the migrations create, as a fresh database has them.
     * A file whose schema differs — an extra trigger or view, a changed table — was not written by
     * InnoAtlas and is refused.
     */
    static const QSet<QString> &expectedSchema();
    static QSet<QString> schemaOf(const QSqlDatabase &database);
    /** Splits a script into statements (a trigger's body keeps its own semicolons). */
    static QStringList statements(const QString &script);
};

} // namespace innoatlas
