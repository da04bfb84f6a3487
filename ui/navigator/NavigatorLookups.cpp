#include "navigator/NavigatorLookups.h"

#include "store/ReadOnlyConnection.h"
#include "store/StoreError.h"

#include <QPointer>
#include <QThread>

namespace innoatlas {

/** Lives on the lookups' thread, where its connection is opened, used and closed. */
class NavigatorLookups::Worker : public QObject
{
public:
    Worker(QString path, int scanThreshold, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path)), m_scanThreshold(scanThreshold), m_latest(std::move(latest))
    {
    }

    /** Looks @p text up unless a later text was asked for; @p found or @p failed is called on this thread. */
    template <typename Found, typename Failed>
    void lookUp(quint64 asked, const QString &text, NavigatorModel::LookAhead ahead, const Found &found,
                const Failed &failed)
    {
        if (asked != m_latest->load())
            return;
        if (!m_connection) {
            m_connection = std::make_unique<ReadOnlyConnection>(m_path);
            if (!m_connection->isOpen()) {
                const QString error = m_connection->errorString();
                m_connection.reset();
                failed(asked, text, error);
                return;
            }
        }
        try {
            found(asked, NavigatorModel::lookUp(m_connection->connection(), text, m_scanThreshold, std::move(ahead)));
        } catch (const StoreError &error) {
            failed(asked, text, error.message());
        }
    }

    /** Closes the connection, on the thread that opened it. */
    void close() { m_connection.reset(); }

private:
    QString m_path;
    int m_scanThreshold = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<ReadOnlyConnection> m_connection;
};

NavigatorLookups::NavigatorLookups(const QString &path, int scanThreshold, QObject *parent)
    : QObject(parent), m_path(path), m_thread(new QThread(this)), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread->setObjectName(QStringLiteral("navigator lookups"));
    m_worker = new Worker(path, scanThreshold, m_latest);
    m_worker->moveToThread(m_thread);
    // The thread starts with the first text: a window being built has enough to do.
}

NavigatorLookups::~NavigatorLookups()
{
    // Nothing asked for is answered any more; the lookup under way (if any) ends before the connection closes
    // on the thread that opened it.
    m_latest->store(0);
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_worker;
}

void NavigatorLookups::cancel()
{
    m_latest->store(++m_asked);
    m_pending = false;
}

void NavigatorLookups::lookUp(const QString &text, NavigatorModel::LookAhead ahead)
{
    if (!m_thread->isRunning())
        m_thread->start();
    const quint64 asked = ++m_asked;
    m_latest->store(asked);
    m_pending = true;
    // The answer comes back to this thread, where it is dropped if a later text was asked for meanwhile.
    const auto answer = [self = QPointer<NavigatorLookups>(this)](quint64 asked, auto announce) {
        QMetaObject::invokeMethod(
            self,
            [self, asked, announce = std::move(announce)]() mutable {
                if (!self || asked != self->m_asked)
                    return;
                self->m_pending = false;
                announce(self.data());
            },
            Qt::QueuedConnection);
    };
    const auto found = [answer](quint64 asked, NavigatorModel::FilterLookup lookup) {
        answer(asked,
               [lookup = std::move(lookup)](NavigatorLookups *to) mutable { emit to->found(std::move(lookup)); });
    };
    const auto failed = [answer](quint64 asked, const QString &text, const QString &message) {
        answer(asked, [text, message](NavigatorLookups *to) { emit to->failed(text, message); });
    };
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, asked, text, ahead = std::move(ahead), found, failed]() mutable {
            worker->lookUp(asked, text, std::move(ahead), found, failed);
        },
        Qt::QueuedConnection);
}

} // namespace innoatlas
