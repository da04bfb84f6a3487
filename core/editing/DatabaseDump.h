#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace innoatlas {

/**
 * Every row of every table as text, sorted, to compare two states of a database (an edit undone
 * must give back the same dump). The search index is derived data and is compared by what it
 * lists, not by its internal ids: search_doc without its row ids and sync flags; the full-text
 * tables, search_gone and sqlite_sequence are left out.
 */
class DatabaseDump
{
public:
    /** Throws StoreError. */
    static QStringList of(const QSqlDatabase &database);
};

} // namespace innoatlas
