#include "store/QueryGuard.h"

#include <sqlite3.h>

namespace innoatlas {

QueryGuard::~QueryGuard()
{
    remove();
}

void QueryGuard::install(sqlite3 *db)
{
    remove();
    m_db = db;
    m_calls = 0;
    m_interruptions = 0;
    if (!m_db)
        return;
    sqlite3_progress_handler(m_db, stepsPerCall, &QueryGuard::onProgress, this);
    sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &QueryGuard::onTrace, this);
}

void QueryGuard::remove()
{
    if (!m_db)
        return;
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
    m_db = nullptr;
}

int QueryGuard::onProgress(void *self)
{
    auto *guard = static_cast<QueryGuard *>(self);
    if (++guard->m_calls <= guard->m_limitCalls)
        return 0;
    ++guard->m_interruptions;
    return 1; // non-zero: SQLite stops the statement with SQLITE_INTERRUPT
}

int QueryGuard::onTrace(unsigned type, void *self, void *statement, void *extra)
{
    Q_UNUSED(statement);
    // SQLITE_TRACE_STMT also reports each statement a trigger runs ("-- " comments): those belong
    // to the statement that fired the trigger and share its budget.
    const char *text = static_cast<const char *>(extra);
    if (type == SQLITE_TRACE_STMT && !(text && text[0] == '-' && text[1] == '-'))
        static_cast<QueryGuard *>(self)->m_calls = 0;
    return 0;
}

} // namespace innoatlas
