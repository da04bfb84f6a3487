#pragma once

#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace innoatlas {

class ServerAddress;
class QueryGuard;

/**
 * One open InnoAtlas database — a file (SQLite) or a database on a PostgreSQL server — and its connection.
 *
 * Opening checks that the file is an SQLite database, that its application_id marks
 * it as InnoAtlas's and that its schema is not newer than this program knows, before
 * anything is written; older schemas are migrated in one transaction. Foreign keys
 * are on, the journal is WAL. Errors are returned, never shown: core has no dialogs.
 *
 * A server database (openServer()) is checked and migrated the same way through ServerSchema; the
 * SQL differences are SqlDialect's.
 *
 * Every connection waits up to busyTimeout() for another writer before a statement fails
 * with a message naming the file, and a QueryGuard stops statements that run away. Before a
 * migration the file is backed up (Backups); a migration whose backup fails is not started.
 */
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    /** Fills a newly created database; returns false and sets the error to abandon the file. */
    using Initialiser = std::function<bool(Database &, QString *error)>;

    static constexpr int applicationId = 0x494E4154; // "INAT"
    /** How long a statement waits for another program's write transaction to end. */
    static constexpr int defaultBusyTimeoutMs = 5000;
    /** The schema version this program writes (PRAGMA user_version). */
    static int latestSchemaVersion();

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens an existing InnoAtlas file (an empty file is initialised). */
    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    /**
     * Opens @p path, or when it does not exist creates it with the schema and runs
     * @p initialise. The new file appears only once it is complete.
     */
    bool openOrCreate(const QString &path, const Initialiser &initialise);
    /**
     * Connects to a database on a PostgreSQL server and brings its schema up to date (creating it
     * in an empty database); runs @p initialise when the database holds no entity yet. An empty @p password lets libpq
     * take it from ~/.pgpass or PGPASSFILE; it is kept only for the connection.
     */
    bool openServer(const ServerAddress &address, const QString &password = QString(),
                    const Initialiser &initialise = Initialiser());
    /** As above, for an address postgresql://user@host:port/dbname (refused when it holds a password). */
    bool openServer(const QString &address, const QString &password = QString(),
                    const Initialiser &initialise = Initialiser());
    void close();

    bool isOpen() const { return m_connection.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    /** The file's path, or the server address (without a password). */
    QString path() const { return m_path; }
    bool isServer() const { return m_dialect == SqlDialect::Kind::Postgres; }
    SqlDialect::Kind dialect() const { return m_dialect; }
    /** True when the last openServer() failed for want of a password (the caller may ask for one). */
    bool needsPassword() const { return m_needsPassword; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

    /**
     * Lets open() skip its PRAGMA quick_check, which reads the whole file (seconds for a national
     * database), and its comparison of the file's schema with the one the migrations make, when no
     * migration is due: the caller runs both later (IntegrityCheck::ofFile(), on another thread) and
     * calls markChecked(). Until then the connection takes no write (PRAGMA query_only), so no trigger
     * of a foreign schema can run. Applies to the next open() only: every other open checks first.
     */
    void setCheckLater(bool later) { m_checkLater = later; }
    /** True when open() left the checks to the caller, who has not yet called markChecked(). */
    bool isUnchecked() const { return m_unchecked; }
    /** The file passed the checks run later: writes are taken again (unless read-only). */
    void markChecked();

    /** The wait for another writer, in milliseconds; applies to connections opened afterwards. */
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    int busyTimeout() const { return m_busyTimeoutMs; }
    /** The budget of one statement in SQLite virtual-machine steps (see QueryGuard). */
    void setStatementStepLimit(qint64 steps);
    /** Statements stopped by the guard since the file was opened. */
    int interruptedStatements() const;
    QSqlDatabase connection() const { return m_connection; }

private:
    bool openConnection(const QString &path, Mode mode);
    bool fail(const QString &message);
    void migrate(int fromVersion);
    bool checkSchema(const QString &path, int version = -1);

    QSqlDatabase m_connection;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    bool m_needsPassword = false;
    bool m_checkLater = false;
    bool m_unchecked = false;
    SqlDialect::Kind m_dialect = SqlDialect::Kind::Sqlite;
    int m_busyTimeoutMs = defaultBusyTimeoutMs;
    std::unique_ptr<QueryGuard> m_guard;
};

} // namespace innoatlas
