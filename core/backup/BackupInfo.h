#pragma once

#include <QDateTime>
#include <QString>

namespace innoatlas {

/** One backup file of a database, as Backups lists it. */
struct BackupInfo
{
    QString path;
    QDateTime created; ///< UTC, from the file name
    QString reason;    ///< manual, before-migration, before-import or before-restore
    qint64 size = 0;   ///< bytes
};

} // namespace innoatlas
