#include "backup/BackupFile.h"

#include "store/Database.h"

#include <QFile>
#include <QRegularExpression>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace innoatlas {

namespace {
const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

/** One value of a one-row statement, or an error. */
bool single(sqlite3 *db, const char *sql, QString *value)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_step(statement) == SQLITE_ROW;
    if (ok)
        *value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return ok;
}
} // namespace

QString BackupFile::fileName(const QString &base, const QDateTime &created, const QString &reason)
{
    return QStringLiteral("%1-%2-%3.sqlite").arg(base, created.toUTC().toString(timeFormat), reason);
}

bool BackupFile::parse(const QString &fileName, const QString &base, BackupInfo *info)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)-(\\d{8}-\\d{6}-\\d{3})-([a-z]+(?:-[a-z]+)*)\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch() || (!base.isNull() && match.captured(1) != base))
        return false;
    QDateTime created = QDateTime::fromString(match.captured(2), timeFormat);
    if (!created.isValid())
        return false;
    created = QDateTime(created.date(), created.time(), Qt::UTC);
    info->created = created;
    info->reason = match.captured(3);
    return true;
}

bool BackupFile::check(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("%1: not an InnoAtlas database").arg(path);
        return false;
    }
    file.close();
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = tr("%1: cannot open: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return false;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    QString appId, version, integrity;
    bool ok = false;
    if (!single(db, "PRAGMA application_id", &appId) || !single(db, "PRAGMA user_version", &version))
        *error = tr("%1: damaged (%2)").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    else if (appId.toInt() != Database::applicationId)
        *error = tr("%1: not an InnoAtlas database").arg(path);
    else if (version.toInt() > Database::latestSchemaVersion())
        *error = tr("%1: written by a newer InnoAtlas (schema %2)").arg(path, version);
    else if (!single(db, "PRAGMA integrity_check(1)", &integrity) || integrity != QLatin1String("ok"))
        *error =
            tr("%1: damaged (%2)").arg(path, integrity.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : integrity);
    else
        ok = true;
    sqlite3_close(db);
    return ok;
}

qint64 BackupFile::otherUser(const QString &databasePath)
{
    // SQLite's unix VFS: every connection in WAL mode holds a shared lock on the "DMS" byte of
    // the -shm file (offset 120 + 8 lock slots) for as long as it is open.
    const QByteArray shm = QFile::encodeName(databasePath + QStringLiteral("-shm"));
    const int fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    qint64 pid = 0;
    if (::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK)
        pid = lock.l_pid;
    ::close(fd);
    return pid;
}

bool BackupFile::sync(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || ::fsync(file.handle()) != 0) {
        *error = tr("%1: cannot write to the disk: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

} // namespace innoatlas
