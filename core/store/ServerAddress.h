#pragma once

#include <QString>

namespace innoatlas {

/**
 * Where a shared database lives on a PostgreSQL server: postgresql://user@host:port/dbname.
 *
 * An address never carries a password: the password comes from a prompt or from libpq's
 * password file (~/.pgpass, or the file PGPASSFILE names), so that it is never written in
 * plain text by InnoAtlas, in its settings or in a shell history.
 */
class ServerAddress
{
public:
    static constexpr int defaultPort = 5432;

    ServerAddress() = default;
    ServerAddress(QString host, int port, QString database, QString user);

    /** True when @p text is meant as a server address (postgresql:// or postgres://), valid or not. */
    static bool isServerAddress(const QString &text);
    /** Reads an address; false with a reason in @p error when it is not a usable one. */
    static bool parse(const QString &text, ServerAddress *address, QString *error);

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    bool isValid() const { return !m_host.isEmpty() && !m_database.isEmpty(); }
    /** postgresql://user@host:port/dbname */
    QString toString() const;

private:
    QString m_host;
    int m_port = defaultPort;
    QString m_database;
    QString m_user;
};

} // namespace innoatlas
