#include "PostgresServer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace innoatlas::test {

namespace {
const QString superuser = QStringLiteral("innoatlas");

QString findBinDir()
{
    const QString configured = qEnvironmentVariable("INNOATLAS_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = lib.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

/** Writes a file only its owner (@p owner, or this process's user when empty) can read. */
bool writeFile(const QString &path, const QByteArray &bytes, const QString &owner)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    if (owner.isEmpty())
        return true;
    const passwd *user = ::getpwnam(owner.toLocal8Bit().constData());
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), size) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}
} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

PostgresServer &PostgresServer::shared()
{
    static PostgresServer server;
    static bool tried = false;
    if (!tried) {
        tried = true;
        server.start();
    }
    return server;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_runAs.isEmpty()) {
        process.start(m_binDir + QLatin1Char('/') + program, arguments);
    } else {
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        process.start(runuser, QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"),
                                           m_binDir + QLatin1Char('/') + program} +
                                   arguments);
    }
    const bool finished = process.waitForFinished(120000);
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_reason = QStringLiteral("%1 failed: %2").arg(program, text.trimmed().right(400));
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_running)
        return true;
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_reason = QStringLiteral("no PostgreSQL server programs (initdb) found; install the Debian package postgresql "
                                  "or set INNOATLAS_PG_BINDIR");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_reason = QStringLiteral("the Qt PostgreSQL driver (QPSQL, libqt6sql6-psql) is not installed");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/innoatlas-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_reason = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody) {
            m_reason = QStringLiteral("running as root and there is no user nobody to run the server as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir->path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            m_reason = QStringLiteral("cannot hand %1 to the user nobody").arg(m_dir->path());
            return false;
        }
        m_runAs = QStringLiteral("nobody");
    }
    // Clients connect over TCP with a password, as a team's would; the server reads it from a file of its own.
    m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString pwfile = m_dir->filePath(QStringLiteral("superuser-password"));
    if (!writeFile(pwfile, m_password.toUtf8() + '\n', m_runAs))
        return false;
    const QString pgpass = m_dir->filePath(QStringLiteral("pgpass"));
    if (!writeFile(pgpass, QStringLiteral("127.0.0.1:*:*:%1:%2\n").arg(superuser, m_password).toUtf8(), QString()))
        return false;
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-U"), superuser,
              QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
              QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--encoding=UTF8"),
              QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-N")}))
        return false;
    m_port = freePort();
    if (m_port == 0) {
        m_reason = QStringLiteral("no free loopback port");
        return false;
    }
    return pgCtlStart();
}

bool PostgresServer::pgCtlStart()
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c full_page_writes=off -c max_connections=40")
                                .arg(m_port)
                                .arg(m_dir->path());
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")})) {
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_reason += QStringLiteral("\n") + QString::fromUtf8(log.readAll()).right(400);
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::stop(bool immediate)
{
    if (!m_running)
        return true;
    m_running = false;
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
                QStringLiteral("stop")});
}

bool PostgresServer::restart()
{
    return m_running || (m_dir && pgCtlStart());
}

QString PostgresServer::address(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(superuser).arg(m_port).arg(database);
}

bool PostgresServer::execute(const QString &database, const QString &sql, QString *error)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("pg-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(superuser);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PostgresServer::createDatabase(const QString &prefix)
{
    const QString name = QStringLiteral("%1_%2").arg(prefix.toLower()).arg(++m_databases);
    QString error;
    if (!execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name), &error))
        qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(error));
    return address(name);
}

} // namespace innoatlas::test
