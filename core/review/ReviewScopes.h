#pragma once

#include "model/LocalizedText.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

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
        QString cityKey; ///< for a plan, its city; empty for a city
    };

    static ReviewScopes load(const QSqlDatabase &database);

    const QVector<Scope> &cities() const { return m_cities; }
    const QVector<Scope> &plans() const { return m_plans; }
    QString cityOf(qint64 entityId) const { return m_cityOf.value(entityId); }
    QString planOf(qint64 entityId) const { return m_planOf.value(entityId); }
    /** The scope with @p key among the cities and plans, or nullptr. */
    const Scope *find(const QString &key) const;

private:
    QVector<Scope> m_cities;
    QVector<Scope> m_plans;
    QHash<qint64, QString> m_cityOf;
    QHash<qint64, QString> m_planOf;
};

} // namespace innoatlas
