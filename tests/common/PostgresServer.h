#pragma once

// A throwaway PostgreSQL server for tests: initdb into a temporary folder, started on a free
// loopback port, stopped and deleted at the end. Run as root (as in containers), the server runs
// as the unprivileged user `nobody`, since postgres refuses to run as root.

#include <QString>
#include <QTemporaryDir>

#include <memory>

/**
 * Skips the current test when no server could be started, saying why, or fails it where a server is
 * required (INNOATLAS_REQUIRE_POSTGRES, set by `packaging/bootstrap.sh test`, which installs one).
 */
#define INNOATLAS_NO_SERVER(reason)                                                                                    \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("INNOATLAS_REQUIRE_POSTGRES"))                                                   \
            QFAIL(qPrintable(reason));                                                                                 \
        QSKIP(qPrintable(reason));                                                                                     \
    } while (false)

namespace innoatlas::test {

class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /** The server of this test process, started on first use; check isRunning() / whyNot(). */
    static PostgresServer &shared();

    /** initdb and start; false with the reason in whyNot() when no server can be started here. */
    bool start();
    /** Stops the server (immediately: like a crash or a pulled cable when @p immediate). */
    bool stop(bool immediate = false);
    /** Starts the stopped server again on the same port with the same data. */
    bool restart();
    bool isRunning() const { return m_running; }
    QString whyNot() const { return m_reason; }
    int port() const { return m_port; }

    /** Creates a new empty database (a fresh name each call) and returns its address. */
    QString createDatabase(const QString &prefix = QStringLiteral("t"));
    /** Runs one statement as the superuser in @p database ("postgres" for the server's own). */
    bool execute(const QString &database, const QString &sql, QString *error = nullptr);
    QString address(const QString &database) const;
    /**
     * The superuser's password. Connections over TCP need it (scram-sha-256); start() writes it to a
     * password file and points PGPASSFILE at it, so libpq finds it as a user's ~/.pgpass.
     */
    QString password() const { return m_password; }

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);
    bool pgCtlStart();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_runAs; ///< "nobody" when running as root
    QString m_reason;
    QString m_password;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
};

} // namespace innoatlas::test
