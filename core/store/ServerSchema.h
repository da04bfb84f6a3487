#pragma once

#include <QSqlDatabase>
#include <QString>

namespace innoatlas {

/**
 * The InnoAtlas schema on a PostgreSQL server: what a file keeps in PRAGMA application_id and
 * user_version lives in the table innoatlas_schema, the migrations are SqlDialect's translation
 * of the same scripts SQLite runs, and every table tells listening clients that it changed
 * (NOTIFY on the channel notificationChannel, see ChangeNotifier).
 */
class ServerSchema
{
public:
    static constexpr const char *notificationChannel = "innoatlas_changed";

    /**
     * Brings the database's schema to the latest version in one transaction, creating it in an
     * empty database; several clients may do so at once. Refuses a database that holds other
     * tables or a newer schema. Returns the version found (0 for an empty database); throws
     * StoreError.
     */
    static int prepare(const QSqlDatabase &database);
    /** The schema version of an InnoAtlas database on a server. */
    static int version(const QSqlDatabase &database);
    /** Sets every identity column's next value above the ids in its table (after rows came with their ids). */
    static void syncIdentities(const QSqlDatabase &database);

private:
    static void installNotifications(const QSqlDatabase &database);
};

} // namespace innoatlas
