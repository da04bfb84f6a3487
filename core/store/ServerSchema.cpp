#include "store/ServerSchema.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace innoatlas {

namespace {
const QString schemaTable = QStringLiteral("innoatlas_schema");

bool isSearchTable(const QString &table)
{
    // search_doc follows localized_text and quote through triggers: their own notification is enough.
    return table.startsWith(QLatin1String("search_")) || table == schemaTable;
}
} // namespace

int ServerSchema::version(const QSqlDatabase &database)
{
    return SqlQuery::scalar(database, QStringLiteral("SELECT version FROM innoatlas_schema")).toInt();
}

int ServerSchema::prepare(const QSqlDatabase &database)
{
    Transaction transaction(database);
    // Two clients opening a new server at once: the second waits and then finds the schema made.
    SqlQuery::run(database, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::applicationId));
    const QStringList tables = SqlDialect::tables(database);
    int found = 0;
    if (tables.contains(schemaTable)) {
        SqlQuery query(database, QStringLiteral("SELECT application_id, version FROM innoatlas_schema"));
        query.exec();
        if (!query.next() || query.value(0).toLongLong() != Database::applicationId)
            throw StoreError(QStringLiteral("not an InnoAtlas database (innoatlas_schema does not name it one); it was "
                                            "left untouched"));
        found = query.value(1).toInt();
    } else if (!tables.isEmpty()) {
        throw StoreError(QStringLiteral("not an InnoAtlas database (it holds other tables, such as %1); it was left "
                                        "untouched")
                             .arg(tables.first()));
    } else {
        SqlQuery::run(database, QStringLiteral("CREATE TABLE innoatlas_schema (application_id BIGINT NOT NULL, "
                                               "version BIGINT NOT NULL)"));
        SqlQuery(database, QStringLiteral("INSERT INTO innoatlas_schema (application_id, version) VALUES (?, 0)"))
            .bind(Database::applicationId)
            .exec();
    }
    const int latest = Migrations::latestVersion();
    if (found > latest)
        throw StoreError(QStringLiteral("written by a newer InnoAtlas (schema %1; this version reads up to %2); it was "
                                        "left untouched")
                             .arg(found)
                             .arg(latest));
    if (found < latest) {
        Migrations::apply(database, found);
        installNotifications(database);
        syncIdentities(database);
        SqlQuery(database, QStringLiteral("UPDATE innoatlas_schema SET version = ?")).bind(latest).exec();
    }
    transaction.commit();
    return found;
}

void ServerSchema::installNotifications(const QSqlDatabase &database)
{
    SqlQuery::run(database, QStringLiteral("CREATE OR REPLACE FUNCTION innoatlas_notify() RETURNS trigger "
                                           "LANGUAGE plpgsql AS $fn$ BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME); "
                                           "RETURN NULL; END $fn$")
                                .arg(QLatin1String(notificationChannel)));
    for (const QString &table : SqlDialect::tables(database)) {
        if (isSearchTable(table))
            continue;
        SqlQuery::run(database, QStringLiteral("DROP TRIGGER IF EXISTS innoatlas_notify ON %1").arg(table));
        SqlQuery::run(database, QStringLiteral("CREATE TRIGGER innoatlas_notify AFTER INSERT OR UPDATE OR DELETE OR "
                                               "TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION innoatlas_notify()")
                                    .arg(table));
    }
}

void ServerSchema::syncIdentities(const QSqlDatabase &database)
{
    SqlQuery columns(database, QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                              "WHERE table_schema = current_schema() AND is_identity = 'YES'"));
    columns.exec();
    QStringList statements;
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        const QString column = columns.value(1).toString();
        statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                     "COALESCE((SELECT max(%2) FROM %1), 0) + 1, false)")
                          .arg(table, column);
    }
    for (const QString &statement : std::as_const(statements))
        SqlQuery::run(database, statement);
}

} // namespace innoatlas
