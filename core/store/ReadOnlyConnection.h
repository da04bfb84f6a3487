#pragma once

#include <QSqlDatabase>
#include <QString>

namespace innoatlas {

/**
 * A read-only connection of its own to a SQLite file, under a name no other connection has, so
 * that work can read the file on another thread while the program's connection goes on. Closed
 * and removed when it goes; create and use it on one thread.
 */
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_database.isOpen(); }
    /** Why the file could not be opened. */
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const { return m_database; }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_database;
};

} // namespace innoatlas
