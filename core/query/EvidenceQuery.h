#pragma once

#include "query/Evidence.h"

#include <QHash>
#include <QSqlDatabase>

namespace innoatlas {

/** Reads the quotes and sources behind an entity's figures and behind the entity as a whole. */
class EvidenceQuery
{
public:
    explicit EvidenceQuery(QSqlDatabase database);

    /** Every figure of the entity @p entityId, by field name ("amount", "headlineBudget" ...). */
    QHash<QString, FigureEvidence> figures(qint64 entityId) const;
    /**
     * The figure @p field of every entity selected by @p owners (joins from "f.owner_id") and @p where
     * (with one bound @p id), by entity id: the same as figures() for each, in two reads.
     */
    QHash<qint64, FigureEvidence> figuresOf(const QString &field, const QString &owners, const QString &where,
                                            qint64 id) const;
    /** The quotes that cite the entity as a whole (the sentence that names an element, a partner). */
    QVector<Evidence> citations(qint64 entityId) const;
    /** The quote @p quoteId itself with its source. */
    Evidence quote(qint64 quoteId) const;

private:
    QVector<Evidence> read(const QString &from, const QString &where, qint64 id) const;

    QSqlDatabase m_database;
};

} // namespace innoatlas
