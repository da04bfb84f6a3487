#pragma once

#include "backup/BackupInfo.h"

#include <QCoreApplication>
#include <QString>

namespace innoatlas {

/** The naming and checking of one backup file, below Backups. */
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    /** "<base>-yyyyMMdd-HHmmss-zzz-<reason>.sqlite" */
    static QString fileName(const QString &base, const QDateTime &created, const QString &reason);
    /** Reads a file name written by fileName() for the database named @p base (any when null); false otherwise. */
    static bool parse(const QString &fileName, const QString &base, BackupInfo *info);
    /**
     * Opens @p path read-only with plain SQLite and checks the header, the application id, the
     * schema version and PRAGMA integrity_check; false with the reason otherwise.
     */
    static bool check(const QString &path, QString *error);
    /**
     * The process id of another program that has the database at @p databasePath open (it holds
     * the lock every connection takes on the WAL index), or 0. Closing a descriptor drops this
     * process's own locks on the file: call it while this process has no connection to it.
     */
    static qint64 otherUser(const QString &databasePath);
    /** Flushes a written file to the disk. */
    static bool sync(const QString &path, QString *error);
};

} // namespace innoatlas
