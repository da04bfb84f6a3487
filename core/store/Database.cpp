#include "store/Database.h"

#include "backup/Backups.h"
#include "store/Migrations.h"
#include "store/QueryGuard.h"
#include "store/ServerAddress.h"
#include "store/ServerSchema.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/StatementCache.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace innoatlas {

namespace {
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
    return Migrations::latestVersion();
}

Database::Database() : m_guard(std::make_unique<QueryGuard>())
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
    m_unchecked = false;
    if (!m_connection.isValid())
        return;
    m_guard->remove();
    StatementCache::forget(m_connection);
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
    if (m_dialect == SqlDialect::Kind::Postgres)
        return ServerSchema::version(m_connection);
    return SqlQuery::scalar(m_connection, QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::openConnection(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_path = path;
    m_readOnly = mode == Mode::ReadOnly;
    m_dialect = SqlDialect::Kind::Sqlite;
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_connection.isValid())
        return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
    m_connection.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, m_busyTimeoutMs));
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_connection.setConnectOptions(options);
    if (!m_connection.open())
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, m_connection.lastError().text()));
    if (m_readOnly) {
        QSqlQuery probe(m_connection);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            // A WAL database is read through its -shm file, which SQLite cannot create in a folder this
            // user may not write (a read-only medium, a shared folder). Read it as immutable then: the
            // file is not being written through this folder's locks by anyone this program can see.
            probe.finish();
            m_connection.close();
            const QString uri = QStringLiteral("file:%1?immutable=1")
                                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(),
                                                                                     QByteArrayLiteral("/"))));
            m_connection.setDatabaseName(uri);
            m_connection.setConnectOptions(options + QStringLiteral(";QSQLITE_OPEN_URI"));
            if (!m_connection.open())
                return fail(QStringLiteral("%1: cannot open: %2").arg(path, m_connection.lastError().text()));
        }
    }
    if (m_dialect == SqlDialect::Kind::Sqlite)
        m_guard->install(SqliteHandle::of(m_connection));
    return true;
}

void Database::setStatementStepLimit(qint64 steps)
{
    m_guard->setStepLimit(steps);
}

int Database::interruptedStatements() const
{
    return m_guard->interruptions();
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
    if (!SqliteHandle::harden(m_connection))
        return fail(QStringLiteral("%1: the SQLite library does not allow a safe connection").arg(path));
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
        // A migration rewrites the file: it is checked first whatever the caller asked.
        m_unchecked = m_checkLater && version == latestSchemaVersion();
        m_checkLater = false; // for this open only
        if (!m_unchecked) {
            const QString check = SqlQuery::scalar(m_connection, QStringLiteral("PRAGMA quick_check(1)")).toString();
            if (check != QLatin1String("ok"))
                return fail(QStringLiteral("%1: the database is damaged (%2); it was left untouched").arg(path, check));
        }
        SqlQuery::run(m_connection, QStringLiteral("PRAGMA foreign_keys = ON"));
        if (m_readOnly && version < latestSchemaVersion())
            return fail(QStringLiteral("%1: needs an upgrade to schema %2, which a read-only file cannot take")
                            .arg(path)
                            .arg(latestSchemaVersion()));
        if (!m_readOnly) {
            SqlQuery::run(m_connection, QStringLiteral("PRAGMA journal_mode = WAL"));
            SqlQuery::run(m_connection, QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
        if (!empty && version == latestSchemaVersion()) {
            if (!m_unchecked && !checkSchema(path))
                return false;
            if (m_unchecked && !m_readOnly)
                SqlQuery::run(m_connection, QStringLiteral("PRAGMA query_only = ON"));
            return true;
        }
        if (version < latestSchemaVersion()) {
            if (!empty && !checkSchema(path, version))
                return false;
            if (!empty) {
                // A migration rewrites the user's file: keep a copy of the old one first.
                QString backupError;
                if (!Backups::create(m_connection, Backups::Reason::BeforeMigration, nullptr, &backupError))
                    return fail(QStringLiteral("%1: not upgraded to schema %2, the backup before it failed: %3")
                                    .arg(path)
                                    .arg(latestSchemaVersion())
                                    .arg(backupError));
            }
            migrate(version);
            // A migrated file must now have exactly the schema a new one has.
            if (!empty)
                return checkSchema(path);
        }
    } catch (const StoreError &e) {
        // SQLITE_CORRUPT met before the quick_check (a damaged page of the schema itself) says this.
        if (e.message().contains(QLatin1String("database disk image is malformed")))
            return fail(
                QStringLiteral("%1: the database is damaged (%2); it was left untouched").arg(path, e.message()));
        return fail(QStringLiteral("%1: %2").arg(path, e.message()));
    }
    return true;
}

void Database::markChecked()
{
    if (m_unchecked && !m_readOnly && m_connection.isOpen())
        SqlQuery::run(m_connection, QStringLiteral("PRAGMA query_only = OFF"));
    m_unchecked = false;
}

void Database::migrate(int fromVersion)
{
    Transaction transaction(m_connection);
    Migrations::apply(m_connection, fromVersion);
    SqlQuery::run(m_connection, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    SqlQuery::run(m_connection, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion()));
    transaction.commit();
}

bool Database::checkSchema(const QString &path, int version)
{
    // Only the latest schema can be compared object by object; an older one is checked after its migration.
    if (version >= 0 && version != latestSchemaVersion())
        return true;
    const QString what = Migrations::schemaDifference(m_connection);
    if (what.isEmpty())
        return true;
    return fail(
        QStringLiteral("%1: not an InnoAtlas database (unexpected schema: %2); it was left untouched").arg(path, what));
}

bool Database::openServer(const ServerAddress &address, const QString &password, const Initialiser &initialise)
{
    close();
    m_error.clear();
    m_needsPassword = false;
    m_path = address.toString();
    m_readOnly = false;
    m_dialect = SqlDialect::Kind::Postgres;
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_connection.isValid())
        return fail(QStringLiteral("%1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not "
                                   "available")
                        .arg(m_path));
    m_connection.setHostName(address.host());
    m_connection.setPort(address.port());
    m_connection.setDatabaseName(address.database());
    m_connection.setUserName(address.user());
    if (!password.isEmpty())
        m_connection.setPassword(password);
    m_connection.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=InnoAtlas"));
    // Sums of money come back as NUMERIC: as text they convert to qint64 exactly, as a double they might not.
    m_connection.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!m_connection.open()) {
        const QString reason = m_connection.lastError().databaseText().trimmed();
        m_needsPassword = reason.contains(QLatin1String("no password supplied")) ||
                          reason.contains(QLatin1String("password authentication failed"));
        const bool needsPassword = m_needsPassword;
        fail(QStringLiteral("%1: cannot connect: %2%3")
                 .arg(m_path, reason,
                      needsPassword ? QStringLiteral(" (the password goes in ~/.pgpass, or the file PGPASSFILE names, "
                                                     "or is typed when the program asks)")
                                    : QString()));
        m_needsPassword = needsPassword;
        return false;
    }
    bool empty = false;
    QString error;
    try {
        SqlQuery::run(m_connection, QStringLiteral("SET client_min_messages = warning"));
        ServerSchema::prepare(m_connection);
        // Not "schema just created": a first client whose initialiser failed leaves the schema without data.
        empty = SqlQuery::scalar(m_connection, QStringLiteral("SELECT count(*) FROM entity")).toLongLong() == 0;
    } catch (const StoreError &e) {
        error = e.message();
    }
    if (!error.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(m_path, error));
    if (empty && initialise && !initialise(*this, &error))
        return fail(QStringLiteral("%1: %2").arg(m_path, error));
    return true;
}

bool Database::openServer(const QString &text, const QString &password, const Initialiser &initialise)
{
    ServerAddress address;
    QString error;
    if (!ServerAddress::parse(text, &address, &error)) {
        close();
        m_error = error;
        return false;
    }
    return openServer(address, password, initialise);
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
