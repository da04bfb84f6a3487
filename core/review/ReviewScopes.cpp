#include "review/ReviewScopes.h"

#include "review/EntityScope.h"
#include "store/SqlQuery.h"

namespace innoatlas {

namespace {
QVector<ReviewScopes::Scope> named(const QSqlDatabase &database, const QString &sql, const QString &field)
{
    QVector<ReviewScopes::Scope> scopes;
    SqlQuery query(database, sql);
    query.exec();
    while (query.next())
        scopes.append({query.value(1).toString(), {}, query.value(0).toLongLong(), query.value(2).toString()});
    SqlQuery texts(database, QStringLiteral("SELECT lang, text FROM localized_text WHERE entity_id = ? AND field = ?"));
    for (ReviewScopes::Scope &scope : scopes) {
        texts.bind(scope.id).bind(field).exec();
        while (texts.next()) {
            if (texts.value(0).toString() == QLatin1String("ko"))
                scope.name.ko = texts.value(1).toString();
            else
                scope.name.en = texts.value(1).toString();
        }
    }
    return scopes;
}
} // namespace

ReviewScopes ReviewScopes::listed(const QSqlDatabase &database)
{
    ReviewScopes scopes;
    scopes.m_cities = named(database,
                            QStringLiteral("SELECT r.id, e.key, '' FROM region r JOIN entity e ON e.id = r.id "
                                           "WHERE r.id IN (SELECT region_id FROM plan) ORDER BY r.ordinal, e.key"),
                            QStringLiteral("name"));
    scopes.m_plans = named(database,
                           QStringLiteral("SELECT p.id, e.key, re.key FROM plan p JOIN entity e ON e.id = p.id "
                                          "JOIN entity re ON re.id = p.region_id ORDER BY p.ordinal, e.key"),
                           QStringLiteral("title"));
    return scopes;
}

ReviewScopes ReviewScopes::load(const QSqlDatabase &database)
{
    ReviewScopes scopes = listed(database);
    scopes.map(database, [](const Scope &) { return true; });
    return scopes;
}

void ReviewScopes::mapCity(const QSqlDatabase &database, const QString &cityKey)
{
    const Scope *city = find(cityKey);
    if (!city || !city->cityKey.isEmpty())
        return;
    ContentFilter filter;
    filter.cityKey = cityKey;
    const QSet<qint64> ids = EntityScope::resolve(database, filter).value_or(QSet<qint64>());
    m_plans.removeIf([&ids](const Scope &plan) { return !ids.contains(plan.id); });
    for (qint64 id : ids)
        m_cityOf.insert(id, cityKey);
    map(database, [](const Scope &scope) { return !scope.cityKey.isEmpty(); });
}

void ReviewScopes::map(const QSqlDatabase &database, const std::function<bool(const Scope &)> &wanted)
{
    for (const Scope &city : std::as_const(m_cities)) {
        if (!wanted(city))
            continue;
        ContentFilter filter;
        filter.cityKey = city.key;
        const std::optional<QSet<qint64>> ids = EntityScope::resolve(database, filter);
        for (qint64 id : *ids) {
            if (!m_cityOf.contains(id))
                m_cityOf.insert(id, city.key);
        }
    }
    for (const Scope &plan : std::as_const(m_plans)) {
        if (!wanted(plan))
            continue;
        ContentFilter filter;
        filter.planKey = plan.key;
        const std::optional<QSet<qint64>> ids = EntityScope::resolve(database, filter);
        for (qint64 id : *ids) {
            if (!m_planOf.contains(id))
                m_planOf.insert(id, plan.key);
        }
    }
}

QString ReviewScopes::cityOfEntity(const QSqlDatabase &database, const QString &entityKey)
{
    // The region the entity is or lies in, through its plan where it belongs to one; then up the regions to the
    // first that has plans, as ReviewScopes' cities are.
    SqlQuery query(database, QStringLiteral(R"(
WITH RECURSIVE
  subject(id) AS (SELECT id FROM entity WHERE key = ?),
  plan_of(id) AS (
    SELECT id FROM plan WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT plan_id FROM element WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT plan_id FROM stated_count WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT plan_id FROM budget_line WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT plan_id FROM target WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT owner_id FROM indicator WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT plan_id FROM event WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT COALESCE(pt.plan_id, v.plan_id) FROM participation pt LEFT JOIN event v ON v.id = pt.event_id
              WHERE pt.id = (SELECT id FROM subject)),
  region_of(id) AS (
    SELECT region_id FROM plan WHERE id IN (SELECT id FROM plan_of)
    UNION ALL SELECT id FROM region WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT owner_id FROM indicator WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT region_id FROM event WHERE id = (SELECT id FROM subject) AND plan_id IS NULL
    UNION ALL SELECT region_id FROM organisation WHERE id = (SELECT id FROM subject)
    UNION ALL SELECT region_id FROM population WHERE id = (SELECT id FROM subject)),
  up(id, depth) AS (
    SELECT r.id, 0 FROM region r WHERE r.id = (SELECT id FROM region_of WHERE id IN (SELECT id FROM region) LIMIT 1)
    UNION ALL SELECT r.parent_id, up.depth + 1 FROM region r JOIN up ON r.id = up.id WHERE r.parent_id IS NOT NULL)
SELECT e.key FROM up JOIN entity e ON e.id = up.id
 WHERE EXISTS (SELECT 1 FROM plan p WHERE p.region_id = up.id) ORDER BY up.depth LIMIT 1
)"));
    query.bind(entityKey).exec();
    return query.next() ? query.value(0).toString() : QString();
}

QSet<qint64> ReviewScopes::inCities() const
{
    QSet<qint64> ids;
    ids.reserve(m_cityOf.size());
    for (auto it = m_cityOf.keyBegin(); it != m_cityOf.keyEnd(); ++it)
        ids.insert(*it);
    return ids;
}

const ReviewScopes::Scope *ReviewScopes::find(const QString &key) const
{
    for (const QVector<Scope> *list : {&m_cities, &m_plans}) {
        for (const Scope &scope : *list) {
            if (scope.key == key)
                return &scope;
        }
    }
    return nullptr;
}

} // namespace innoatlas
