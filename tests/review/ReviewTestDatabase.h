#pragma once

#include "dataset/DatasetJsonReader.h"
#include "store/Database.h"
#include "store/DatasetStore.h"

#include <QString>

/** Test databases for the review suites: a file with the minimal test dataset in it. */
namespace ReviewTestDatabase {

inline bool openMinimal(innoatlas::Database &database, const QString &path)
{
    return database.openOrCreate(path, [](innoatlas::Database &db, QString *error) {
        innoatlas::DatasetJsonReader reader;
        reader.readFile(QStringLiteral(INNOATLAS_TEST_DATA_DIR "/datasets/minimal.json"));
        if (!reader.finish()) {
            *error = reader.issues().first().toString();
            return false;
        }
        innoatlas::DatasetStore(db.connection()).insert(reader.dataset());
        return true;
    });
}

} // namespace ReviewTestDatabase
