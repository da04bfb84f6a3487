#include "review/ReviewReader.h"

#include "common/BackgroundReads.h"
#include "store/ReadOnlyConnection.h"
#include "store/StoreError.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace innoatlas {

namespace {
/** Whether @p database is a file that another connection can open (not a server's, not one in memory). */
bool isFile(const QSqlDatabase &database)
{
    const QString name = database.databaseName();
    return database.driverName() == QLatin1String("QSQLITE") && !name.isEmpty() && name != QLatin1String(":memory:") &&
           !name.startsWith(QLatin1String("file::memory:"));
}
} // namespace

ReviewReader::Result ReviewReader::read(const QSqlDatabase &database, const QString &cityKey,
                                        const std::function<bool()> &cancelled)
{
    Result result;
    try {
        result.contents = std::make_shared<ReviewTableContents>(ReviewTableModel::read(database, cityKey, cancelled));
    } catch (const StoreError &e) {
        result.error = e.message();
    }
    return result;
}

ReviewReader::ReviewReader(const QSqlDatabase &database, QObject *parent) : QObject(parent), m_database(database) {}

ReviewReader::~ReviewReader()
{
    stop();
}

void ReviewReader::stop()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled.reset();
    m_reading = false;
    ++m_generation; // its answer, if it comes, is dropped
}

void ReviewReader::start(const QString &cityKey)
{
    stop();
    m_cityAsked = cityKey;
    const quint64 generation = ++m_generation;
    if (!isFile(m_database)) {
        m_reading = true;
        Result result = read(m_database, cityKey, {});
        m_reading = false;
        emit finished(std::move(result.contents), result.error);
        return;
    }
    m_reading = true;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A read stopped, or one a later start() took the place of, answers nothing.
        if (generation != m_generation)
            return;
        Result result = watcher->result();
        m_cancelled.reset();
        m_reading = false;
        emit finished(std::move(result.contents), result.error);
    });
    watcher->setFuture(
        QtConcurrent::run(BackgroundReads::pool(), [path = m_database.databaseName(), cityKey, cancelled] {
            const ReadOnlyConnection reader(path);
            if (!reader.isOpen())
                return Result{nullptr, reader.errorString()};
            return read(reader.connection(), cityKey, [cancelled] { return cancelled->load(); });
        }));
}

} // namespace innoatlas
