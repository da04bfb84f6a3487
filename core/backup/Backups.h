#pragma once

#include "backup/BackupInfo.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * Backups of an InnoAtlas database, kept in rotation in a folder "backups" beside it.
 *
 * A backup is written with SQLite's VACUUM INTO from the open connection (a consistent
 * snapshot even while others read), checked with PRAGMA integrity_check, flushed to disk and
 * only then given its name, "<database name>-<UTC time>-<reason>.sqlite"; the newest `keep`
 * are kept. Database::open backs a file up before migrating it; every import calls
 * beforeImport() first; restore() replaces the database with a backup all or nothing, after
 * backing up the current file.
 */
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    enum class Reason
    {
        Manual,
        BeforeMigration,
        BeforeImport,
        BeforeRestore
    };
    /** How many backups of one database are kept. */
    static constexpr int keep = 10;

    static QString folderFor(const QString &databasePath);
    static QString reasonName(Reason reason);

    /** Backs up the database open on @p database (not inside a transaction); false and @p error on failure. */
    static bool create(const QSqlDatabase &database, Reason reason, BackupInfo *created, QString *error);
    /**
     * The backup every import makes before it writes: call it, and do not import when it fails.
     * A database on a server is left to its administrator's backups: nothing is written, true.
     */
    static bool beforeImport(const QSqlDatabase &database, QString *error);
    /** The backups of the database at @p databasePath, newest first. */
    static QVector<BackupInfo> list(const QString &databasePath);
    /** Finds a backup by its path or by its file name in the backups folder; empty when there is none. */
    static QString resolve(const QString &databasePath, const QString &nameOrPath);
    /** True when @p path is an intact InnoAtlas database this program can read. */
    static bool verify(const QString &path, QString *error);
    /**
     * Replaces the database at @p databasePath with the backup at @p backupPath: the backup is
     * verified, the current file backed up (@p safetyCopy) and then replaced in one rename.
     * Refused, with nothing changed, when another program has the database open.
     */
    static bool restore(const QString &backupPath, const QString &databasePath, BackupInfo *safetyCopy, QString *error);

private:
    static void rotate(const QString &databasePath);
    static bool copyDamaged(const QString &databasePath, BackupInfo *copy, QString *error);
};

} // namespace innoatlas
