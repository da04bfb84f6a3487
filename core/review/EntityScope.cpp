#include "review/EntityScope.h"

#include "review/ReviewText.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

namespace innoatlas {

namespace {
qint64 idOf(const QSqlDatabase &database, const QString &key, const QString &kind)
{
    SqlQuery query(database, kind.isEmpty() ? QStringLiteral("SELECT id FROM entity WHERE key = ?")
                                            : QStringLiteral("SELECT id FROM entity WHERE key = ? AND kind = ?"));
    query.bind(key);
    if (!kind.isEmpty())
        query.bind(kind);
    query.exec();
    if (!query.next()) {
        if (kind == QLatin1String("region"))
            throw StoreError(ReviewText::tr("no city or region has the key \"%1\"").arg(key));
        if (kind == QLatin1String("plan"))
            throw StoreError(ReviewText::tr("no plan has the key \"%1\"").arg(key));
        throw StoreError(ReviewText::tr("no entity has the key \"%1\"").arg(key));
    }
    return query.value(0).toLongLong();
}

// Everything under a region (and its sub-regions) or a plan. A region's plans bring their
// whole structure; figures come with their owners, and quotes with what they back. "IN (SELECT id
// FROM r)" rather than SQLite's "IN r", and the ids cast, as PostgreSQL needs them.
const char *const kScopeSql = R"(
WITH RECURSIVE
  args(city, plan) AS (SELECT CAST(? AS BIGINT), CAST(? AS BIGINT)),
  r(id) AS (SELECT id FROM region WHERE id = (SELECT city FROM args)
            UNION SELECT region.id FROM region JOIN r ON region.parent_id = r.id),
  p(id) AS (SELECT id FROM plan WHERE id = (SELECT plan FROM args) OR region_id IN (SELECT id FROM r)),
  ev(id) AS (SELECT id FROM event WHERE plan_id IN (SELECT id FROM p) OR region_id IN (SELECT id FROM r)),
  base(id) AS (
    SELECT id FROM p UNION SELECT id FROM r UNION SELECT id FROM ev
    UNION SELECT id FROM element WHERE plan_id IN (SELECT id FROM p)
    UNION SELECT id FROM stated_count WHERE plan_id IN (SELECT id FROM p)
    UNION SELECT id FROM budget_line WHERE plan_id IN (SELECT id FROM p)
    UNION SELECT id FROM target WHERE plan_id IN (SELECT id FROM p)
    UNION SELECT id FROM indicator WHERE owner_id IN (SELECT id FROM p) OR owner_id IN (SELECT id FROM r)
    UNION SELECT id FROM participation WHERE plan_id IN (SELECT id FROM p) OR event_id IN (SELECT id FROM ev)
    UNION SELECT id FROM population WHERE region_id IN (SELECT id FROM r)
    UNION SELECT id FROM organisation WHERE region_id IN (SELECT id FROM r)),
  owned(id) AS (SELECT id FROM base UNION SELECT id FROM figure WHERE owner_id IN (SELECT id FROM base)),
  quotes(id) AS (SELECT quote_id FROM citation WHERE entity_id IN (SELECT id FROM owned)
                 UNION SELECT quote_id FROM figure_quote WHERE figure_id IN (SELECT id FROM owned))
SELECT id, 0 FROM owned
UNION SELECT id, 1 FROM quotes
UNION SELECT source_id, 1 FROM quote WHERE id IN (SELECT id FROM quotes)
)";
} // namespace

QSet<qint64> EntityScope::underCityOrPlan(const QSqlDatabase &database, qint64 cityId, qint64 planId, bool withQuotes)
{
    SqlQuery query(database, QString::fromLatin1(kScopeSql));
    query.bind(cityId ? QVariant(cityId) : QVariant(QMetaType::fromType<qint64>()));
    query.bind(planId ? QVariant(planId) : QVariant(QMetaType::fromType<qint64>()));
    query.exec();
    QSet<qint64> ids;
    while (query.next()) {
        if (withQuotes || query.value(1).toInt() == 0)
            ids.insert(query.value(0).toLongLong());
    }
    return ids;
}

std::optional<QSet<qint64>> EntityScope::resolve(const QSqlDatabase &database, const ContentFilter &filter)
{
    std::optional<QSet<qint64>> scope;
    const auto narrow = [&scope](const QSet<qint64> &ids) {
        if (scope)
            scope->intersect(ids);
        else
            scope = ids;
    };
    if (!filter.cityKey.isEmpty()) {
        const qint64 city = idOf(database, filter.cityKey, QStringLiteral("region"));
        narrow(underCityOrPlan(database, city, 0, filter.includeBackingQuotes));
    }
    if (!filter.planKey.isEmpty()) {
        const qint64 plan = idOf(database, filter.planKey, QStringLiteral("plan"));
        narrow(underCityOrPlan(database, 0, plan, filter.includeBackingQuotes));
    }
    if (!filter.entityKey.isEmpty())
        narrow({idOf(database, filter.entityKey, QString())});
    return scope;
}

} // namespace innoatlas
