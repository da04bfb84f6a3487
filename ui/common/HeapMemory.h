#pragma once

namespace innoatlas {

/**
 * How the program uses the C library's heap (glibc's malloc; elsewhere these do nothing).
 *
 * Measured at national scale with every view visited (docs/PERFORMANCE.md, "Seventeenth round"): each thread of the
 * background reads had a heap of its own, and memory freed in one was not used again by another (18 MB more with every
 * tab visited; two heaps kept 3 to 15 MB, as the threads happened to fall); and the memory presenter mode freed stayed
 * with the process (70 MB), so the translation workspace opened after it took the program past 250 MB.
 */
class HeapMemory
{
public:
    /**
     * At start, before any thread: the threads share one heap. Its cost, measured at national scale: the background
     * reads take as long (2.2 to 2.5 s); the navigator's tree update takes 10 ms instead of 7 (within its 16 ms); the
     * start, within the machine's noise.
     */
    static void shareHeapsBetweenThreads();
    /** Gives the memory freed back to the system: after a large view (presenter mode's deck) closes. */
    static void releaseFreed();
    /** Whether releaseFreed() does anything here (glibc's own malloc, not a sanitizer's). */
    static bool canRelease();
};

} // namespace innoatlas
