#include "store/StatementCache.h"

#include "store/SqliteHandle.h"

#include <QPointer>
#include <QSqlDriver>

#include <deque>
#include <list>

namespace innoatlas {

namespace {
struct Idle
{
    QString sql;
    QSqlQuery query;
};

struct Connection
{
    QPointer<QSqlDriver> driver;
    std::deque<Idle> idle; ///< least recently given back first
};

// Few connections per thread: a list is searched faster than a hash is kept.
struct Connections
{
    std::list<Connection> list;
    ~Connections();
};
thread_local Connections connections;
// Set when this thread's statements are gone (at its exit): a Database closed after that, such as a static one
// at the program's exit, finds none. Trivially destructible, so it outlives the list.
thread_local bool connectionsGone = false;

Connections::~Connections()
{
    list.clear();
    connectionsGone = true;
}

/** Whether @p query still has its SQLite statement (closing a connection finalizes every statement). */
bool isLive(const QSqlQuery &query)
{
    return SqliteHandle::statementOf(query) != nullptr;
}

Connection *find(const QSqlDriver *driver)
{
    // A connection whose driver is gone lets a new one be made at its address: its statements go first.
    if (connectionsGone)
        return nullptr;
    connections.list.remove_if([](const Connection &connection) { return connection.driver.isNull(); });
    for (Connection &connection : connections.list) {
        if (connection.driver == driver)
            return &connection;
    }
    return nullptr;
}
} // namespace

std::optional<QSqlQuery> StatementCache::take(const QSqlDatabase &database, const QString &sql)
{
    Connection *connection = database.isOpen() ? find(database.driver()) : nullptr;
    if (!connection)
        return std::nullopt;
    auto &idle = connection->idle;
    for (auto it = idle.rbegin(); it != idle.rend(); ++it) {
        if (it->sql != sql)
            continue;
        QSqlQuery query = std::move(it->query);
        idle.erase(std::next(it).base());
        if (isLive(query))
            return query;
        // Closed and opened again: every statement of the connection was finalized.
        idle.clear();
        return std::nullopt;
    }
    return std::nullopt;
}

void StatementCache::giveBack(const QSqlDatabase &database, const QString &sql, QSqlQuery &&query)
{
    if (!database.isOpen() || !isLive(query))
        return;
    // Reset: an idle statement must not keep a read transaction (and its snapshot) open.
    query.finish();
    Connection *connection = find(database.driver());
    if (!connection) {
        if (connectionsGone)
            return;
        connection = &connections.list.emplace_back();
        connection->driver = database.driver();
    }
    connection->idle.push_back(Idle{sql, std::move(query)});
    if (connection->idle.size() > std::size_t(capacity))
        connection->idle.pop_front();
}

void StatementCache::forget(const QSqlDatabase &database)
{
    if (connectionsGone)
        return;
    const QSqlDriver *driver = database.driver();
    connections.list.remove_if(
        [driver](const Connection &connection) { return connection.driver.isNull() || connection.driver == driver; });
}

int StatementCache::size(const QSqlDatabase &database)
{
    const Connection *connection = find(database.driver());
    return connection ? int(connection->idle.size()) : 0;
}

} // namespace innoatlas
