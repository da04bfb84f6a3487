#pragma once

#include "model/LocalizedText.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

namespace innoatlas {

/**
 * The cities and plans the translator workspace filters and counts progress by, and which
 * city and plan each entity belongs to (as ContentFilter's city and plan select them, with
 * the quotes that back them). An entity in several plans (a shared source) counts under the
 * first. Throws StoreError.
 */
class ReviewScopes
{
public:
    struct Scope
    {
        QString key;
        LocalizedText name;
        qint64 id = 0;
        QString cityKey; ///< for a plan, its city; empty for a city
    };

    /** Every city and plan with their names, and which city and plan each entity belongs to. */
    static ReviewScopes load(const QSqlDatabase &database);
    /** Every city and plan with their names, and no entity's city or plan yet (mapCity()). */
    static ReviewScopes listed(const QSqlDatabase &database);
    /**
     * Which city and plan each entity of the city @p cityKey belongs to, and plans() the plans of that city (of it and
     * of the regions in it) alone: the workspace of a large database reads one city at a time.
     */
    void mapCity(const QSqlDatabase &database, const QString &cityKey);
    /**
     * The city whose scope holds the entity @p entityKey: the city of its plan, or the city it is or lies in (a
     * region, an event of no plan, an organisation, a population), the nearest region above it that has plans.
     * Empty for an entry of no city (a theme, a source) or an unknown key.
     */
    static QString cityOfEntity(const QSqlDatabase &database, const QString &entityKey);

    const QVector<Scope> &cities() const { return m_cities; }
    const QVector<Scope> &plans() const { return m_plans; }
    QString cityOf(qint64 entityId) const { return m_cityOf.value(entityId); }
    /** The entities that belong to a city: after mapCity(), that city's. */
    QSet<qint64> inCities() const;
    QString planOf(qint64 entityId) const { return m_planOf.value(entityId); }
    /** The scope with @p key among the cities and plans, or nullptr. */
    const Scope *find(const QString &key) const;

private:
    /** Maps the entities of the cities and of the plans that @p wanted accepts, each to the first that holds it. */
    void map(const QSqlDatabase &database, const std::function<bool(const Scope &)> &wanted);

    QVector<Scope> m_cities;
    QVector<Scope> m_plans;
    QHash<qint64, QString> m_cityOf;
    QHash<qint64, QString> m_planOf;
};

} // namespace innoatlas
