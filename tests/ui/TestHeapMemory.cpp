// The program's heap: memory a closed view freed goes back to the system, and the background reads' threads share
// one heap rather than keep one each (at national scale, 70 MB and 18 MB of the memory with every view visited).

#include "common/HeapMemory.h"

#include <QFile>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace innoatlas;

namespace {
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

/** The heaps (glibc's arenas) the program has made so far, as malloc_info() lists them. */
int heapCount()
{
#ifdef __GLIBC__
    char *text = nullptr;
    size_t size = 0;
    FILE *stream = open_memstream(&text, &size);
    malloc_info(0, stream);
    std::fclose(stream);
    const int count = QByteArray(text, qsizetype(size)).count("<heap nr=");
    std::free(text);
    return count;
#else
    return 0;
#endif
}
} // namespace

class TestHeapMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!HeapMemory::canRelease())
            QSKIP("not glibc's own malloc (another C library, or a sanitizer's)");
        if (residentBytes() < 0)
            QSKIP("no /proc/self/statm");
    }

    void memoryFreedGoesBackToTheSystem()
    {
        // Many small blocks, as a deck's figures are, then one still held after them: the freed space lies below
        // it, where the C library keeps it.
        constexpr int count = 400000;
        std::vector<char *> blocks(count);
        for (char *&block : blocks) {
            block = static_cast<char *>(std::malloc(200));
            std::memset(block, 1, 200);
        }
        std::unique_ptr<char, decltype(&std::free)> held(static_cast<char *>(std::malloc(200)), &std::free);
        for (char *block : blocks)
            std::free(block);
        const qint64 kept = residentBytes();
        HeapMemory::releaseFreed();
        const qint64 released = kept - residentBytes();
        QVERIFY2(released > 40 * 1024 * 1024, qPrintable(QStringLiteral("%1 MB released").arg(released >> 20)));
    }

    void threadsShareOneHeap()
    {
        // Four threads allocating at once: each would have a heap of its own.
        constexpr int threads = 4;
        QSemaphore allocated;
        QSemaphore finish;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int i = 0; i < threads; ++i) {
            workers.emplace_back(QThread::create([&] {
                void *block = std::malloc(1000);
                allocated.release();
                finish.acquire();
                std::free(block);
            }));
            workers.back()->start();
        }
        allocated.acquire(threads);
        const int heaps = heapCount();
        finish.release(threads);
        for (auto &worker : workers)
            worker->wait();
        QVERIFY2(heaps == 1, qPrintable(QStringLiteral("%1 heaps").arg(heaps)));
    }
};

int main(int argc, char *argv[])
{
    // As the program does: before any thread starts (Qt Test's watchdog is one).
    HeapMemory::shareHeapsBetweenThreads();
    QCoreApplication app(argc, argv);
    TestHeapMemory test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestHeapMemory.moc"
