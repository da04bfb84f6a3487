#pragma once

#include "search/SearchHit.h"

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * Finds the budget lines, headline budgets and won-unit targets (value or baseline) whose amount is
 * a given number of won: exactly, or within ±0.5 % (SearchHit::approximate). Uses the amount indexes
 * of migration 002. Throws StoreError.
 */
class AmountSearch
{
public:
    /** A hit and the id of its entity, for SearchIndex to complete. */
    struct Found
    {
        qint64 entityId = 0;
        SearchHit hit;
    };

    /** @p language ("ko" or "en") chooses the label and how the amount is written in SearchHit::text. */
    AmountSearch(QSqlDatabase database, QString language);

    /** At most @p limit hits, exact ones first. */
    QVector<Found> find(qint64 won, int limit) const;

    /** The tolerance of an approximate hit: 0.5 % of @p won, at least 0. */
    static qint64 tolerance(qint64 won) { return won / 200; }

private:
    QSqlDatabase m_database;
    QString m_language;
};

} // namespace innoatlas
