#include "search/SearchOwners.h"

#include "store/SqlQuery.h"

#include <QHash>
#include <QStringList>

namespace innoatlas {

namespace {
// One statement for all hits: `hit` maps each entity to the entity it stands for (`subject`) and to
// the entity it is a part of (`owner`); `placed` finds the subject's plan; the outer query its region.
const QString ownersSql = QStringLiteral(R"sql(
WITH hit AS (
    SELECT e.id, e.kind,
        CASE e.kind
            WHEN 'figure' THEN (SELECT owner_id FROM figure WHERE id = e.id)
            WHEN 'quote' THEN COALESCE(
                (SELECT entity_id FROM citation WHERE quote_id = e.id ORDER BY entity_id LIMIT 1),
                (SELECT f.owner_id FROM figure_quote fq JOIN figure f ON f.id = fq.figure_id
                  WHERE fq.quote_id = e.id ORDER BY f.owner_id LIMIT 1))
            ELSE e.id
        END AS subject,
        CASE e.kind
            WHEN 'figure' THEN (SELECT owner_id FROM figure WHERE id = e.id)
            WHEN 'quote' THEN (SELECT source_id FROM quote WHERE id = e.id)
            WHEN 'population' THEN (SELECT region_id FROM population WHERE id = e.id)
            WHEN 'stated_count' THEN (SELECT plan_id FROM stated_count WHERE id = e.id)
            WHEN 'participation' THEN (SELECT COALESCE(organisation_id, region_id) FROM participation WHERE id = e.id)
        END AS owner
    FROM entity e WHERE e.id IN (SELECT value FROM json_each(?))
),
placed AS (
    SELECT h.id, h.owner, s.id AS sid, s.kind AS skind,
        CASE s.kind
            WHEN 'plan' THEN s.id
            WHEN 'element' THEN (SELECT plan_id FROM element WHERE id = s.id)
            WHEN 'budget_line' THEN (SELECT plan_id FROM budget_line WHERE id = s.id)
            WHEN 'target' THEN (SELECT plan_id FROM target WHERE id = s.id)
            WHEN 'stated_count' THEN (SELECT plan_id FROM stated_count WHERE id = s.id)
            WHEN 'event' THEN (SELECT plan_id FROM event WHERE id = s.id)
            WHEN 'participation' THEN (SELECT COALESCE(p.plan_id, (SELECT plan_id FROM event WHERE id = p.event_id))
                                         FROM participation p WHERE p.id = s.id)
        END AS plan_id
    FROM hit h LEFT JOIN entity s ON s.id = h.subject
)
SELECT p.id,
    (SELECT key FROM entity WHERE id = p.owner),
    (SELECT key FROM entity WHERE id = p.plan_id),
    (SELECT key FROM entity WHERE id = COALESCE(
        (SELECT region_id FROM plan WHERE id = p.plan_id),
        CASE p.skind
            WHEN 'region' THEN p.sid
            WHEN 'population' THEN (SELECT region_id FROM population WHERE id = p.sid)
            WHEN 'organisation' THEN (SELECT region_id FROM organisation WHERE id = p.sid)
            WHEN 'event' THEN (SELECT region_id FROM event WHERE id = p.sid)
            WHEN 'participation' THEN (SELECT COALESCE(x.region_id, (SELECT region_id FROM event WHERE id = x.event_id))
                                         FROM participation x WHERE x.id = p.sid)
        END))
FROM placed p
)sql");
} // namespace

void SearchOwners::complete(const QSqlDatabase &database, QVector<SearchHit> &hits, const QVector<qint64> &entityIds)
{
    if (hits.isEmpty())
        return;
    QStringList ids;
    for (qint64 id : entityIds)
        ids << QString::number(id);
    struct Place
    {
        QString owner;
        QString plan;
        QString region;
    };
    QHash<qint64, Place> places;
    SqlQuery query(database, ownersSql);
    query.bind(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')).exec();
    while (query.next())
        places.insert(query.value(0).toLongLong(),
                      {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    for (qsizetype i = 0; i < hits.size() && i < entityIds.size(); ++i) {
        const Place place = places.value(entityIds.at(i));
        hits[i].ownerKey = place.owner;
        hits[i].planKey = place.plan;
        hits[i].regionKey = place.region;
    }
}

} // namespace innoatlas
