#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace innoatlas {

/**
 * One open InnoAtlas database file (SQLite) and its connection.
 *
 * Opening checks that the file is an SQLite database, that its application_id marks
 * it as InnoAtlas's and that its schema is not newer than this program knows, before
 * anything is written; older schemas are migrated in one transaction. Foreign keys
 * are on, the journal is WAL. Errors are returned, never shown: core has no dialogs.
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
};

} // namespace innoatlas
