#pragma once

// Helpers shared by the import tests: databases in temporary files and their contents.

#include "dataset/DatasetJsonWriter.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/UserDatabase.h"

#include <QDir>

namespace innoatlas::testing {

/** A new database: the built-in dataset, or only the schema. */
inline bool createDatabase(Database &database, const QString &path, bool builtin)
{
    if (builtin)
        return UserDatabase::open(database, path);
    return database.openOrCreate(path, [](Database &, QString *) { return true; });
}

/** Everything the database holds, with the row versions: equal snapshots mean nothing changed. */
inline QByteArray snapshot(const Database &database)
{
    const QByteArray content = DatasetJsonWriter::toBytes(DatasetStore(database.connection()).load());
    const QVariant versions = SqlQuery::scalar(
        database.connection(), QStringLiteral("SELECT count(*) || ':' || total(row_version) FROM entity"));
    return content + versions.toString().toUtf8();
}

/** The real data files beside the repository (../shared/realdata), or an empty string. */
inline QString realData(const QString &relativePath)
{
    const QString path = QDir::cleanPath(QStringLiteral(INNOATLAS_SOURCE_DIR "/../shared/realdata/") + relativePath);
    return QFile::exists(path) ? path : QString();
}

} // namespace innoatlas::testing
