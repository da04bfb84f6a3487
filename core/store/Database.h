#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace innoatlas {

class QueryGuard;

/**
 * One open InnoAtlas database file (SQLite) and its connection.
 *
 * Opening checks that the file is an SQLite database, that its application_id marks
 * it as InnoAtlas's and that its schema is not newer than this program knows, before
 * anything is written; older schemas are migrated in one transaction. Foreign keys
 * are on, the journal is WAL. Errors are returned, never shown: core has no dialogs.
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
    void close();

    bool isOpen() const { return m_connection.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

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
    int m_busyTimeoutMs = defaultBusyTimeoutMs;
    std::unique_ptr<QueryGuard> m_guard;
};

} // namespace innoatlas
