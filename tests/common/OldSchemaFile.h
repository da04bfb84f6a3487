#pragma once

// A database file as an older InnoAtlas left it: the migrations up to a version, the file marked as
// InnoAtlas's at that version, then what a test adds, written on a plain connection of its own.

#include "store/Database.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace innoatlas::testing {

/** Writes the file @p path at schema @p version, then runs @p statements on it; the error, or nothing. */
inline QString writeOldSchemaFile(const QString &path, int version, const QStringList &statements = {})
{
    const QString name = QStringLiteral("old-schema-file");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            Migrations::apply(db, 0, version);
            QSqlQuery query(db);
            const QStringList all =
                QStringList{QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                            QStringLiteral("PRAGMA user_version = %1").arg(version)} +
                statements;
            for (const QString &statement : all) {
                if (!query.exec(statement)) {
                    error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
            db.close();
        } else {
            error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace innoatlas::testing
