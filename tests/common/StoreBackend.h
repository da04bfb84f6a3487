#pragma once

// Opens an empty InnoAtlas store on either backend, so that one test runs on both:
// "sqlite" (a file in a temporary folder) or "postgresql" (a new database on the test server).

#include "PostgresServer.h"
#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace innoatlas::test {

inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

/** Where a new store of @p backend is; empty with @p skip set when the server cannot be started. */
inline QString newStoreLocation(const QString &backend, const QTemporaryDir &dir, QString *skip)
{
    static int counter = 0;
    if (backend == QLatin1String("sqlite"))
        return dir.filePath(QStringLiteral("store-%1.sqlite").arg(++counter));
    PostgresServer &server = PostgresServer::shared();
    if (!server.isRunning()) {
        *skip = QStringLiteral("no PostgreSQL server could be started: ") + server.whyNot();
        return QString();
    }
    return server.createDatabase();
}

/** Opens @p location (from newStoreLocation) with the schema and no data, or with @p initialise's. */
inline bool openStore(
    Database &database, const QString &location,
    const Database::Initialiser &initialise = [](Database &, QString *) { return true; })
{
    if (location.startsWith(QLatin1String("postgresql://")))
        return database.openServer(location, QString(), initialise);
    return database.openOrCreate(location, initialise);
}

} // namespace innoatlas::test

/** Skips the current row when its backend cannot run here, saying why. */
#define INNOATLAS_STORE_LOCATION(variable, backend, dir)                                                               \
    QString skipReason_;                                                                                               \
    const QString variable = innoatlas::test::newStoreLocation(backend, dir, &skipReason_);                            \
    if (variable.isEmpty())                                                                                            \
        INNOATLAS_NO_SERVER(skipReason_);
