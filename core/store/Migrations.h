#pragma once

#include <QSet>
#include <QSqlDatabase>

namespace innoatlas {

/**
 * The numbered schema migrations compiled into the program (:/innoatlas/migrations/NNN_name.sql),
 * applied in number order; PRAGMA user_version is the number of the last one a file has had. A new
 * migration always takes a number above every released one.
 */
class Migrations
{
public:
    static int latestVersion();
    /**
     * Runs migrations fromVersion+1 .. toVersion (the latest when -1) on @p database; the caller holds
     * the transaction. Throws StoreError.
     */
    static void apply(const QSqlDatabase &database, int fromVersion, int toVersion = -1);
    /**
     * The schema objects (type, name and SQL) the migrations create, as a fresh database has them.
     * A file whose schema differs — an extra trigger or view, a changed table — was not written by
     * InnoAtlas and is refused.
     */
    static const QSet<QString> &expectedSchema();
    static QSet<QString> schemaOf(const QSqlDatabase &database);
    /**
     * How the schema of @p database differs from expectedSchema(): empty when it does not, else the
     * first object it has that a fresh database lacks ("trigger evil") or that objects are missing.
     */
    static QString schemaDifference(const QSqlDatabase &database);
    /** Splits a script into statements (a trigger's body keeps its own semicolons). */
    static QStringList statements(const QString &script);
};

} // namespace innoatlas
