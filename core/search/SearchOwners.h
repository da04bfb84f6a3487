#pragma once

#include "search/SearchHit.h"

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * Fills in where a hit belongs, so that the navigator can select it: SearchHit::planKey,
 * regionKey and ownerKey.
 *
 * A figure (its curator note) belongs where its owner does; a quote where the first entity it backs
 * does (through a citation or a figure), and its owner is its source. The plan of an element, budget
 * line, target or stated count is its plan; of an event or participation the plan it names (or its
 * event's). The region is the plan's region, else a region, population, organisation, event or
 * participation's own region. Throws StoreError.
 */
class SearchOwners
{
public:
    /** Completes @p hits; @p entityIds holds each hit's entity id, in the same order. */
    static void complete(const QSqlDatabase &database, QVector<SearchHit> &hits, const QVector<qint64> &entityIds);
};

} // namespace innoatlas
