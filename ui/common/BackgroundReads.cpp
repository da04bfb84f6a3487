#include "common/BackgroundReads.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

namespace innoatlas {

QThreadPool *BackgroundReads::pool()
{
    // Asked for on the window's thread only. A child of the application, like the global pool: the application
    // waits for the reads still running when it ends.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("backgroundReads"));
        // As many as the global pool has: the reads are started a few at a time.
        pool->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
    return pool;
}

} // namespace innoatlas
