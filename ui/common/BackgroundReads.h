#pragma once

class QThreadPool;

namespace innoatlas {

/**
 * The threads the window reads its database on in the background: the first screen, the status bar's counts, the
 * integrity check, the timeline's data read ahead. They are not QThreadPool::globalInstance(), because Qt's raster
 * paint engine fills large areas on that pool and waits for it: with a national database's counts taking both of its
 * threads on a 2-core machine, the first paint of the investment charts waited 1.5 s for them.
 */
namespace BackgroundReads {
/** The pool, made on first use; asked for on the window's thread. */
QThreadPool *pool();
} // namespace BackgroundReads

} // namespace innoatlas
