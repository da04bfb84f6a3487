#pragma once

#include "importers/ImportReport.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * Imports a document of the InnoAtlas dataset format (docs/DATA_FORMAT.md): it is read and
 * checked whole (DatasetJsonReader), its keys must all be new to the database, and then it is
 * inserted in one transaction (DatasetStore). Any problem refuses the whole document.
 */
class JsonDatasetImporter
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    explicit JsonDatasetImporter(QSqlDatabase database);

    ImportReport run(const QString &path);
    ImportReport check(const QString &path);

private:
    ImportReport import(const QString &path, bool write);

    QSqlDatabase m_database;
};

} // namespace innoatlas
