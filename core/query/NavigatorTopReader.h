#pragma once

#include "query/NavigatorQuery.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * NavigatorQuery::top() on a SQLite connection: the regions, plans and themes read through raw
 * statements (BulkStatement), without a QVariant per cell. At national scale (two thousand plans,
 * four thousand theme links) the window's first paint waits for this read. Throws StoreError.
 */
class NavigatorTopReader
{
public:
    static NavigatorData read(const QSqlDatabase &database);
};

} // namespace innoatlas
