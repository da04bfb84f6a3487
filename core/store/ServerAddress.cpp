#include "store/ServerAddress.h"

#include <QUrl>

namespace innoatlas {

ServerAddress::ServerAddress(QString host, int port, QString database, QString user)
    : m_host(std::move(host)), m_port(port), m_database(std::move(database)), m_user(std::move(user))
{
}

bool ServerAddress::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool ServerAddress::parse(const QString &text, ServerAddress *address, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerAddress(text) || !url.isValid()) {
        *error = QStringLiteral("%1: not a server address (expected postgresql://user@host:port/dbname)").arg(text);
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = QStringLiteral("postgresql://%1@%2/...: the address contains a password; leave it out and keep it in "
                                "~/.pgpass (or the file PGPASSFILE names), or type it when asked")
                     .arg(url.userName(), url.host());
        return false;
    }
    const QString database = url.path().mid(1);
    if (url.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("%1: a server address needs a host and a database name "
                                "(postgresql://user@host:port/dbname)")
                     .arg(text);
        return false;
    }
    if (url.hasQuery() || url.hasFragment()) {
        *error = QStringLiteral("%1: options after ? or # are not supported").arg(text);
        return false;
    }
    *address = ServerAddress(url.host(), url.port(defaultPort), database, url.userName());
    return true;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString();
}

} // namespace innoatlas
