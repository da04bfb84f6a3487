#include "backup/Backups.h"

#include "backup/BackupFile.h"
#include "store/Database.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace innoatlas {

namespace {
QString baseOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

/** A name in the backups folder that no backup has yet. */
QString freshPath(const QString &databasePath, const QString &reason)
{
    const QDir folder(Backups::folderFor(databasePath));
    QDateTime created = QDateTime::currentDateTimeUtc();
    QString path;
    do {
        path = folder.filePath(BackupFile::fileName(baseOf(databasePath), created, reason));
        created = created.addMSecs(1);
    } while (QFileInfo::exists(path));
    return path;
}

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

bool fillInfo(const QString &path, BackupInfo *info)
{
    const QFileInfo file(path);
    if (!BackupFile::parse(file.fileName(), QString(), info))
        return false;
    info->path = file.absoluteFilePath();
    info->size = file.size();
    return true;
}
} // namespace

QString Backups::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backups::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Manual:
        return QStringLiteral("manual");
    case Reason::BeforeMigration:
        return QStringLiteral("before-migration");
    case Reason::BeforeImport:
        return QStringLiteral("before-import");
    case Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

bool Backups::create(const QSqlDatabase &database, Reason reason, BackupInfo *created, QString *error)
{
    const QString databasePath = database.databaseName();
    if (!QDir().mkpath(folderFor(databasePath))) {
        *error = tr("%1: cannot create the backups folder").arg(folderFor(databasePath));
        return false;
    }
    const QString path = freshPath(databasePath, reasonName(reason));
    // Written under a temporary name: a backup that failed half-way never looks like one.
    const QString partial = path + QStringLiteral(".partial");
    removeWithJournal(partial);
    try {
        SqlQuery(database, QStringLiteral("VACUUM INTO ?")).bind(partial).exec();
    } catch (const StoreError &e) {
        removeWithJournal(partial);
        *error = tr("the backup of %1 failed: %2").arg(databasePath, e.message());
        return false;
    }
    if (!BackupFile::check(partial, error) || !BackupFile::sync(partial, error) || !QFile::rename(partial, path)) {
        if (error->isEmpty())
            *error = tr("%1: cannot name the backup").arg(path);
        removeWithJournal(partial);
        return false;
    }
    rotate(databasePath);
    if (created) {
        created->path = path;
        fillInfo(path, created);
    }
    return true;
}

bool Backups::beforeImport(const QSqlDatabase &database, QString *error)
{
    // A server's database is backed up by its administrator (pg_dump), not into a folder beside a file.
    if (SqlDialect::of(database) != SqlDialect::Kind::Sqlite)
        return true;
    return create(database, Reason::BeforeImport, nullptr, error);
}

QVector<BackupInfo> Backups::list(const QString &databasePath)
{
    QVector<BackupInfo> result;
    const QDir folder(folderFor(databasePath));
    const QString base = baseOf(databasePath);
    // The file names sort by time: newest first.
    const QStringList names =
        folder.entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        BackupInfo info;
        if (!BackupFile::parse(name, base, &info))
            continue;
        info.path = folder.absoluteFilePath(name);
        info.size = QFileInfo(info.path).size();
        result << info;
    }
    return result;
}

QString Backups::resolve(const QString &databasePath, const QString &nameOrPath)
{
    if (QFileInfo(nameOrPath).isFile())
        return QFileInfo(nameOrPath).absoluteFilePath();
    const QString inFolder = QDir(folderFor(databasePath)).filePath(nameOrPath);
    return QFileInfo(inFolder).isFile() ? inFolder : QString();
}

bool Backups::verify(const QString &path, QString *error)
{
    return BackupFile::check(path, error);
}

void Backups::rotate(const QString &databasePath)
{
    // A backup killed half-way leaves its temporary file; the next backup clears it away.
    const QDir folder(folderFor(databasePath));
    for (const QString &name :
         folder.entryList({baseOf(databasePath) + QStringLiteral("-*.sqlite.partial")}, QDir::Files))
        QFile::remove(folder.filePath(name));
    const QVector<BackupInfo> backups = list(databasePath);
    for (qsizetype i = keep; i < backups.size(); ++i) {
        QFile::remove(backups.at(i).path);
        QFile::remove(backups.at(i).path + QStringLiteral("-wal"));
    }
}

bool Backups::copyDamaged(const QString &databasePath, BackupInfo *copy, QString *error)
{
    // A file that cannot be opened cannot be vacuumed: keep its bytes, log included, as they are.
    if (!QDir().mkpath(folderFor(databasePath))) {
        *error = tr("%1: cannot create the backups folder").arg(folderFor(databasePath));
        return false;
    }
    const QString path = freshPath(databasePath, reasonName(Reason::BeforeRestore));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(databasePath + suffix) && !QFile::copy(databasePath + suffix, path + suffix)) {
            *error = tr("%1: cannot copy the current file into the backups folder").arg(databasePath);
            QFile::remove(path);
            return false;
        }
    }
    if (copy)
        fillInfo(path, copy);
    return true;
}

bool Backups::restore(const QString &backupPath, const QString &databasePath, BackupInfo *safetyCopy, QString *error)
{
    QString reason;
    if (!BackupFile::check(backupPath, &reason)) {
        *error = tr("not restored, the backup is not usable: %1").arg(reason);
        return false;
    }
    QFile backup(backupPath);
    if (!backup.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(backupPath, backup.errorString());
        return false;
    }
    const QByteArray bytes = backup.readAll();

    // Its file replaced under it, another program would go on writing to the old one: refuse.
    if (const qint64 pid = BackupFile::otherUser(databasePath)) {
        *error = tr("not restored, close the other programs using the database first: %1 is open in process %2")
                     .arg(databasePath)
                     .arg(pid);
        return false;
    }
    if (QFileInfo::exists(databasePath)) {
        Database current;
        if (current.open(databasePath)) {
            if (!create(current.connection(), Reason::BeforeRestore, safetyCopy, &reason)) {
                *error = tr("not restored: %1").arg(reason);
                return false;
            }
            // Leaving WAL mode needs the only connection to the file: it fails while another
            // program has the database open, which must not see its file replaced.
            try {
                SqlQuery::run(current.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                const QString mode =
                    SqlQuery::scalar(current.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).toString();
                if (mode != QLatin1String("delete"))
                    throw StoreError(tr("%1 is open in another program").arg(databasePath));
            } catch (const StoreError &e) {
                *error = tr("not restored, close the other programs using the database first: %1").arg(e.message());
                return false;
            }
        } else if (!copyDamaged(databasePath, safetyCopy, &reason)) {
            *error = tr("not restored: %1").arg(reason);
            return false;
        }
    }

    // All or nothing: the restored bytes go to a temporary file that replaces the database by a rename.
    QSaveFile target(databasePath);
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size()) {
        *error = tr("%1: not restored, cannot write: %2").arg(databasePath, target.errorString());
        target.cancelWriting();
        return false;
    }
    // The log of the old file would be replayed onto the new one: it goes first (it was checkpointed
    // into the old file, or copied with it when the old file was damaged).
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (!target.commit()) {
        *error = tr("%1: not restored, cannot write: %2").arg(databasePath, target.errorString());
        return false;
    }
    return true;
}

} // namespace innoatlas
