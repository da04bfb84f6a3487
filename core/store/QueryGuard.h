#pragma once

#include <QtGlobal>

struct sqlite3;

namespace innoatlas {

/**
 * Stops runaway statements on one SQLite connection.
 *
 * SQLite calls a progress handler every few thousand virtual-machine steps; the guard counts
 * them from the start of each statement (a statement trace resets the count) and interrupts
 * the statement once it has used its budget. A recursive view or trigger in a hostile file,
 * or a pathological search, then fails with SQLITE_INTERRUPT instead of hanging the program.
 * The budget is counted in steps, not seconds, so the same statement stops at the same point
 * on every machine.
 */
class QueryGuard
{
public:
    /** Steps between two calls of the progress handler. */
    static constexpr int stepsPerCall = 10000;
    /** The default budget of one statement: far above any query InnoAtlas itself runs. */
    static constexpr qint64 defaultStepLimit = 2'000'000'000;

    QueryGuard() = default;
    ~QueryGuard();
    QueryGuard(const QueryGuard &) = delete;
    QueryGuard &operator=(const QueryGuard &) = delete;

    /** Installs the handlers on @p db (replacing any earlier connection). */
    void install(sqlite3 *db);
    /** Removes the handlers; call before the connection closes. */
    void remove();

    void setStepLimit(qint64 steps) { m_limitCalls = qMax<qint64>(1, steps / stepsPerCall); }
    qint64 stepLimit() const { return m_limitCalls * stepsPerCall; }
    /** How many statements the guard has interrupted since install(). */
    int interruptions() const { return m_interruptions; }

private:
    static int onProgress(void *self);
    static int onTrace(unsigned type, void *self, void *statement, void *extra);

    sqlite3 *m_db = nullptr;
    qint64 m_limitCalls = defaultStepLimit / stepsPerCall;
    qint64 m_calls = 0;
    int m_interruptions = 0;
};

} // namespace innoatlas
