#pragma once

#include "editing/TableRows.h"

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * Every stored row that belongs to or links a set of entities: their `entity` rows, their own
 * tables' rows, texts, text history and review flags, citations, figure↔quote and plan↔theme links.
 * An edit records the rows before and after; restoring one of the two recreates exactly that state.
 */
class RowSet
{
public:
    /** Reads the rows of @p ids (throws StoreError). */
    static RowSet capture(const QSqlDatabase &database, const QList<qint64> &ids);

    const QList<qint64> &ids() const { return m_ids; }
    const QVector<TableRows> &tables() const { return m_tables; }
    bool operator==(const RowSet &o) const { return m_tables == o.m_tables; }
    bool operator!=(const RowSet &o) const { return !(*this == o); }

    /**
     * Makes the stored rows of these entities equal to this set, given that they are now @p current:
     * deletes what this set lacks, updates what differs, inserts what is missing. Runs inside the
     * caller's transaction with foreign keys checked at its commit.
     */
    void restoreOver(const QSqlDatabase &database, const RowSet &current) const;

private:
    QList<qint64> m_ids;
    QVector<TableRows> m_tables;
};

} // namespace innoatlas
