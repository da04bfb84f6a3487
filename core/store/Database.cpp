#include "store/Database.h"

#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace innoatlas {

namespace {
/** The migration scripts compiled into the program (NNN_name.sql), in the order they apply. */
const QStringList &migrationFiles()
{
    static const QStringList files = [] {
        const QDir folder(QStringLiteral(":/innoatlas/migrations"));
        QStringList names = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (QString &name : names)
            name = folder.filePath(name);
        return names;
    }();
    return files;
}

/** Splits a migration script into statements at top-level semicolons outside quotes and comments. */
QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    bool inString = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inString && c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\''))
            inString = !inString;
        // A trigger's body holds semicolons of its own: it ends at "END;".
        const bool inTrigger = current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) &&
                               !current.trimmed().endsWith(QLatin1String("END"), Qt::CaseInsensitive);
        if (!inString && c == QLatin1Char(';') && !inTrigger) {
            if (!current.trimmed().isEmpty())
                result << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

bool hasSqliteHeader(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return true; // an empty file is an empty database
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *error = QStringLiteral("%1: not an InnoAtlas database (not an SQLite file); it was left untouched").arg(path);
        return false;
    }
    return true;
}
} // namespace

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Database::Database()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("innoatlas-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_connection.isValid())
        return;
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

int Database::schemaVersion() const
{
    return SqlQuery::scalar(m_connection, QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::openConnection(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_path = path;
    m_readOnly = mode == Mode::ReadOnly;
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_connection.isValid())
        return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
    m_connection.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_connection.setConnectOptions(options);
    if (!m_connection.open())
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, m_connection.lastError().text()));
    return true;
}

bool Database::open(const QString &path, Mode mode)
{
    QString error;
    if (!QFileInfo::exists(path))
        return fail(QStringLiteral("%1: no such file").arg(path));
    if (!hasSqliteHeader(path, &error))
        return fail(error);
    if (!openConnection(path, mode))
        return false;
    try {
        const int appId = SqlQuery::scalar(m_connection, QStringLiteral("PRAGMA application_id")).toInt();
        const int version = schemaVersion();
        const int objects =
            SqlQuery::scalar(m_connection, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
        const bool empty = appId == 0 && version == 0 && objects == 0;
        if (!empty && appId != applicationId)
            return fail(QStringLiteral("%1: not an InnoAtlas database (application id %2); it was left untouched")
                            .arg(path, QStringLiteral("0x%1").arg(quint32(appId), 8, 16, QLatin1Char('0'))));
        if (version > latestSchemaVersion())
            return fail(QStringLiteral("%1: written by a newer InnoAtlas (schema %2; this version reads up to %3); "
                                       "it was left untouched")
                            .arg(path)
                            .arg(version)
                            .arg(latestSchemaVersion()));
        SqlQuery::run(m_connection, QStringLiteral("PRAGMA foreign_keys = ON"));
        SqlQuery::run(m_connection, QStringLiteral("PRAGMA trusted_schema = OFF"));
        if (m_readOnly) {
            if (version < latestSchemaVersion())
                return fail(QStringLiteral("%1: needs an upgrade to schema %2, which a read-only file cannot take")
                                .arg(path)
                                .arg(latestSchemaVersion()));
            return true;
        }
        SqlQuery::run(m_connection, QStringLiteral("PRAGMA journal_mode = WAL"));
        SqlQuery::run(m_connection, QStringLiteral("PRAGMA synchronous = NORMAL"));
        if (version < latestSchemaVersion())
            migrate(version);
    } catch (const StoreError &e) {
        return fail(QStringLiteral("%1: %2").arg(path, e.message()));
    }
    return true;
}

void Database::migrate(int fromVersion)
{
    Transaction transaction(m_connection);
    for (int version = fromVersion; version < latestSchemaVersion(); ++version) {
        QFile file(migrationFiles().at(version));
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("migration %1 is missing from the program").arg(version + 1));
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString &statement : statements(script))
            SqlQuery::run(m_connection, statement);
    }
    SqlQuery::run(m_connection, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    SqlQuery::run(m_connection, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion()));
    transaction.commit();
}

bool Database::openOrCreate(const QString &path, const Initialiser &initialise)
{
    if (QFileInfo::exists(path))
        return open(path);

    // Build the new database beside its final place and move it there only when it is complete,
    // so that a failure or a crash never leaves a half-filled file under the user's name.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    QString error;
    {
        QFile empty(partial);
        if (!empty.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("%1: cannot create: %2").arg(partial, empty.errorString()));
    }
    bool ok = open(partial);
    if (ok) {
        ok = initialise(*this, &error);
        if (ok) {
            try {
                SqlQuery::run(m_connection, QStringLiteral("PRAGMA journal_mode = DELETE"));
            } catch (const StoreError &e) {
                ok = false;
                error = e.message();
            }
        }
    } else {
        error = m_error;
    }
    close();
    if (ok && !QFile::rename(partial, path)) {
        ok = false;
        error = QStringLiteral("%1: cannot move the new database into place").arg(path);
    }
    if (!ok) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        m_error = error;
        return false;
    }
    return open(path);
}

} // namespace innoatlas
