#pragma once

#include "query/NavigatorQuery.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

namespace innoatlas {
namespace NavigatorQueryReaders {

/** (region key, count) of the events of no plan, per region that has any: NavigatorData::regionEventCounts. */
inline constexpr char regionEventCounts[] = "SELECT re.key, c.n FROM (SELECT region_id, count(*) AS n FROM event "
                                            "WHERE plan_id IS NULL GROUP BY region_id) c "
                                            "JOIN entity re ON re.id = c.region_id";

/**
 * Which rows a reader returns: all of them, those of one plan, or those of one plan whose entity id is in a list.
 * The navigator's order (see NavigatorQuery) holds within any scope.
 */
struct Scope
{
    enum class Kind
    {
        All,
        Plan,
        PlanIds
    };
    Kind kind = Kind::All;
    QVariant planKey; ///< the plan's key
    QVariant idList;  ///< for PlanIds: the ids as a JSON array

    static Scope all() { return {}; }
    static Scope plan(const QString &planKey) { return {Kind::Plan, planKey, {}}; }
    static Scope planIds(const QString &planKey, const QString &jsonArray)
    {
        return {Kind::PlanIds, planKey, jsonArray};
    }
};

QVector<NavigatorEntry> regions(const QSqlDatabase &db, const Scope &scope);
QVector<NavigatorEntry> plans(const QSqlDatabase &db, const Scope &scope);
QVector<NavigatorEntry> elements(const QSqlDatabase &db, const Scope &scope);
QVector<NavigatorEntry> budgetLines(const QSqlDatabase &db, const Scope &scope);
QVector<NavigatorEntry> targets(const QSqlDatabase &db, const Scope &scope);
QVector<NavigatorEntry> indicators(const QSqlDatabase &db, const Scope &scope);
/** Events; with Scope::Plan those of the plan, with Scope::All also those of regions. */
QVector<NavigatorEntry> events(const QSqlDatabase &db, const Scope &scope);
/** Events that belong to no plan (listed under their region); with @p regionKey, those of that region. */
QVector<NavigatorEntry> regionEvents(const QSqlDatabase &db, const QString &regionKey = {});
QVector<NavigatorEntry> participations(const QSqlDatabase &db, const Scope &scope);
QVector<NavigatorTheme> themes(const QSqlDatabase &db);

/** The contents of plans in the navigator's order: elements, budget lines, targets, indicators, events, participants.
 */
QVector<NavigatorEntry> planContents(const QSqlDatabase &db, const Scope &scope);

/** planContents() without the budget lines, which are most of a plan's rows. */
QVector<NavigatorEntry> planOutline(const QSqlDatabase &db, const Scope &scope);

/**
 * Adds to @p contents (entity id → plan key) the elements below each of @p elements (listed with a found element)
 * and above it (so that it is shown in its place), in the same plan.
 */
void addElementsAround(const QSqlDatabase &db, QHash<qint64, QString> &contents, const QSet<qint64> &elements);

} // namespace NavigatorQueryReaders
} // namespace innoatlas
