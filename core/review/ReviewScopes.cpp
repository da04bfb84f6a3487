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
        scopes.append({query.value(1).toString(), {}, query.value(2).toString()});
    SqlQuery texts(database, QStringLiteral("SELECT t.lang, t.text FROM localized_text t JOIN entity e "
                                            "ON e.id = t.entity_id WHERE e.key = ? AND t.field = ?"));
    for (ReviewScopes::Scope &scope : scopes) {
        texts.bind(scope.key).bind(field).exec();
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

ReviewScopes ReviewScopes::load(const QSqlDatabase &database)
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
    for (const Scope &city : std::as_const(scopes.m_cities)) {
        ContentFilter filter;
        filter.cityKey = city.key;
        const std::optional<QSet<qint64>> ids = EntityScope::resolve(database, filter);
        for (qint64 id : *ids) {
            if (!scopes.m_cityOf.contains(id))
                scopes.m_cityOf.insert(id, city.key);
        }
    }
    for (const Scope &plan : std::as_const(scopes.m_plans)) {
        ContentFilter filter;
        filter.planKey = plan.key;
        const std::optional<QSet<qint64>> ids = EntityScope::resolve(database, filter);
        for (qint64 id : *ids) {
            if (!scopes.m_planOf.contains(id))
                scopes.m_planOf.insert(id, plan.key);
        }
    }
    return scopes;
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
