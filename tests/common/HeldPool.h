#pragma once

// Holds every thread of a thread pool, so that a test can show that work meant for the pool waits for it.

#include <QSemaphore>
#include <QThreadPool>

namespace innoatlas::test {

/** Every thread of @p pool kept busy until release() or the end of its scope, however the test ends. */
class HeldPool
{
public:
    explicit HeldPool(QThreadPool *pool) : m_pool(pool), m_threads(pool->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i) {
            m_pool->start([this] {
                m_holding.release();
                m_letGo.acquire();
            });
        }
        m_holding.acquire(m_threads);
    }
    ~HeldPool() { release(); }
    HeldPool(const HeldPool &) = delete;
    HeldPool &operator=(const HeldPool &) = delete;

    /** Lets the threads go back to the pool's work. */
    void release()
    {
        if (m_held) {
            m_held = false;
            m_letGo.release(m_threads);
        }
    }

private:
    QThreadPool *m_pool;
    const int m_threads;
    QSemaphore m_holding;
    QSemaphore m_letGo;
    bool m_held = true;
};

} // namespace innoatlas::test
