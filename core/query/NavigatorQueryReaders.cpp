#include "query/NavigatorQueryReaders.h"

#include "query/QueryText.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace innoatlas {
namespace NavigatorQueryReaders {

using namespace QueryText;

namespace {
/**
 * "JOIN" keeping the table before it as the outer loop. SQLite's planner, without statistics, would rather read
 * every entity (a million at national scale) than the few rows of a small table; its CROSS JOIN keeps the order.
 */
QString outerJoin(const QSqlDatabase &db)
{
    return SqlDialect::isPostgres(db) ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

/** " AND ..." restricting a statement to @p scope; @p planColumn is the plan id of the row. */
QString condition(const Scope &scope, const QString &idColumn, const QString &planColumn)
{
    switch (scope.kind) {
    case Scope::Kind::All:
        return {};
    case Scope::Kind::Plan:
        return QStringLiteral(" AND %1 = (SELECT id FROM entity WHERE key = ?)").arg(planColumn);
    case Scope::Kind::PlanIds:
        return QStringLiteral(
                   " AND %1 = (SELECT id FROM entity WHERE key = ?) AND %2 IN (SELECT value FROM json_each(?))")
            .arg(planColumn, idColumn);
    }
    return {};
}

SqlQuery &exec(SqlQuery &query, const Scope &scope)
{
    if (scope.kind != Scope::Kind::All)
        query.bind(scope.planKey);
    if (scope.kind == Scope::Kind::PlanIds)
        query.bind(scope.idList);
    return query.exec();
}

/** Budget lines, targets, indicators: rows of a plan with one label field. */
QVector<NavigatorEntry> planRows(const QSqlDatabase &db, const Scope &scope, const QString &table, const QString &kind,
                                 const QString &subKindColumn, const QString &labelField)
{
    SqlQuery query(db, QStringLiteral("SELECT e.key, pe.key, re.key, %1, ").arg(subKindColumn) +
                           textColumns(QStringLiteral("lb")) +
                           QStringLiteral(" FROM %1 t JOIN entity e ON e.id = t.id JOIN plan p ON p.id = t.plan_id "
                                          "JOIN entity pe ON pe.id = p.id JOIN entity re ON re.id = p.region_id ")
                               .arg(table) +
                           textJoins(QStringLiteral("lb"), QStringLiteral("t.id"), labelField) +
                           QStringLiteral(" WHERE 1 = 1") +
                           condition(scope, QStringLiteral("t.id"), QStringLiteral("t.plan_id")) +
                           QStringLiteral(" ORDER BY p.ordinal, t.ordinal"));
    exec(query, scope);
    QVector<NavigatorEntry> result;
    while (query.next()) {
        NavigatorEntry entry;
        entry.key = query.value(0).toString();
        entry.kind = kind;
        entry.planKey = query.value(1).toString();
        entry.parentKey = entry.planKey;
        entry.regionKey = query.value(2).toString();
        entry.subKind = query.value(3).toString();
        entry.label = readText(query, 4);
        result.append(entry);
    }
    return result;
}

/** Events matching @p where (with one placeholder when @p whereValue is given) within @p scope. */
QVector<NavigatorEntry> eventRows(const QSqlDatabase &db, const QString &where, const Scope &scope,
                                  const QVariant &whereValue = {})
{
    SqlQuery query(db, QStringLiteral("SELECT e.key, pe.key, re.key, v.kind, ") + textColumns(QStringLiteral("tt")) +
                           QStringLiteral(" FROM event v JOIN entity e ON e.id = v.id "
                                          "JOIN entity re ON re.id = v.region_id "
                                          "LEFT JOIN plan p ON p.id = v.plan_id LEFT JOIN entity pe ON pe.id = p.id ") +
                           textJoins(QStringLiteral("tt"), QStringLiteral("v.id"), QStringLiteral("title")) +
                           QStringLiteral(" WHERE ") + where +
                           condition(scope, QStringLiteral("v.id"), QStringLiteral("v.plan_id")) +
                           QStringLiteral(" ORDER BY v.date, v.ordinal"));
    if (whereValue.isValid())
        query.bind(whereValue);
    exec(query, scope);
    QVector<NavigatorEntry> result;
    while (query.next()) {
        NavigatorEntry entry;
        entry.key = query.value(0).toString();
        entry.kind = QStringLiteral("event");
        entry.planKey = query.value(1).toString();
        entry.regionKey = query.value(2).toString();
        entry.parentKey = entry.planKey.isEmpty() ? entry.regionKey : entry.planKey;
        entry.subKind = query.value(3).toString();
        entry.label = readText(query, 4);
        result.append(entry);
    }
    return result;
}
} // namespace

QVector<NavigatorEntry> regions(const QSqlDatabase &db, const Scope &scope)
{
    SqlQuery query(
        db, QStringLiteral("SELECT e.key, r.level, ") + textColumns(QStringLiteral("nm")) +
                QStringLiteral(" FROM region r JOIN entity e ON e.id = r.id ") +
                textJoins(QStringLiteral("nm"), QStringLiteral("r.id"), QStringLiteral("name")) +
                QStringLiteral(" WHERE (EXISTS (SELECT 1 FROM plan p WHERE p.region_id = r.id) OR "
                               "EXISTS (SELECT 1 FROM event v WHERE v.region_id = r.id AND v.plan_id IS NULL))") +
                condition(scope, QStringLiteral("r.id"), QStringLiteral("NULL")) +
                QStringLiteral(" ORDER BY r.ordinal"));
    exec(query, scope);
    QVector<NavigatorEntry> result;
    while (query.next()) {
        NavigatorEntry entry;
        entry.key = query.value(0).toString();
        entry.kind = QStringLiteral("region");
        entry.regionKey = entry.key;
        entry.subKind = query.value(1).toString();
        entry.label = readText(query, 2);
        result.append(entry);
    }
    return result;
}

QVector<NavigatorEntry> plans(const QSqlDatabase &db, const Scope &scope)
{
    SqlQuery query(db, QStringLiteral("SELECT e.key, re.key, ") + textColumns(QStringLiteral("tt")) +
                           QStringLiteral(" FROM plan p JOIN entity e ON e.id = p.id JOIN entity re ON re.id = "
                                          "p.region_id ") +
                           textJoins(QStringLiteral("tt"), QStringLiteral("p.id"), QStringLiteral("title")) +
                           QStringLiteral(" WHERE 1 = 1") +
                           condition(scope, QStringLiteral("p.id"), QStringLiteral("p.id")) +
                           QStringLiteral(" ORDER BY p.ordinal"));
    exec(query, scope);
    QVector<NavigatorEntry> result;
    while (query.next()) {
        NavigatorEntry entry;
        entry.key = query.value(0).toString();
        entry.kind = QStringLiteral("plan");
        entry.parentKey = query.value(1).toString();
        entry.planKey = entry.key;
        entry.regionKey = entry.parentKey;
        entry.label = readText(query, 2);
        result.append(entry);
    }
    return result;
}

// Elements come in (plan, ordinal) order; they are put depth first below so parents precede children.
QVector<NavigatorEntry> elements(const QSqlDatabase &db, const Scope &scope)
{
    SqlQuery query(db, QStringLiteral("SELECT e.key, pe.key, pa.key, el.kind, re.key, ") +
                           textColumns(QStringLiteral("nm")) +
                           QStringLiteral(" FROM element el JOIN entity e ON e.id = el.id "
                                          "JOIN plan p ON p.id = el.plan_id JOIN entity pe ON pe.id = p.id "
                                          "JOIN entity re ON re.id = p.region_id "
                                          "LEFT JOIN entity pa ON pa.id = el.parent_id ") +
                           textJoins(QStringLiteral("nm"), QStringLiteral("el.id"), QStringLiteral("name")) +
                           QStringLiteral(" WHERE 1 = 1") +
                           condition(scope, QStringLiteral("el.id"), QStringLiteral("el.plan_id")) +
                           QStringLiteral(" ORDER BY p.ordinal, el.ordinal"));
    exec(query, scope);
    QVector<NavigatorEntry> flat;
    while (query.next()) {
        NavigatorEntry entry;
        entry.key = query.value(0).toString();
        entry.kind = QStringLiteral("element");
        entry.planKey = query.value(1).toString();
        entry.parentKey = query.value(2).isNull() ? entry.planKey : query.value(2).toString();
        entry.subKind = query.value(3).toString();
        entry.regionKey = query.value(4).toString();
        entry.label = readText(query, 5);
        flat.append(entry);
    }
    QHash<QString, QVector<int>> children;
    for (int i = 0; i < flat.size(); ++i)
        children[flat.at(i).parentKey].append(i);
    QVector<NavigatorEntry> ordered;
    ordered.reserve(flat.size());
    std::function<void(const QString &)> visit = [&](const QString &parent) {
        for (int i : children.value(parent)) {
            ordered.append(flat.at(i));
            visit(flat.at(i).key);
        }
    };
    QSet<QString> plansSeen;
    for (const NavigatorEntry &entry : std::as_const(flat)) {
        if (!plansSeen.contains(entry.planKey)) {
            plansSeen.insert(entry.planKey);
            visit(entry.planKey);
        }
    }
    return ordered;
}

QVector<NavigatorEntry> budgetLines(const QSqlDatabase &db, const Scope &scope)
{
    return planRows(db, scope, QStringLiteral("budget_line"), QStringLiteral("budget_line"),
                    QStringLiteral("t.funding"), QStringLiteral("label"));
}

QVector<NavigatorEntry> targets(const QSqlDatabase &db, const Scope &scope)
{
    return planRows(db, scope, QStringLiteral("target"), QStringLiteral("target"), QStringLiteral("t.unit"),
                    QStringLiteral("metric"));
}

QVector<NavigatorEntry> indicators(const QSqlDatabase &db, const Scope &scope)
{
    // Indicators of plans (those of regions are reached from the region's page).
    return planRows(db, scope, QStringLiteral("(SELECT id, owner_id AS plan_id, ordinal, unit FROM indicator)"),
                    QStringLiteral("indicator"), QStringLiteral("t.unit"), QStringLiteral("metric"));
}

QVector<NavigatorEntry> events(const QSqlDatabase &db, const Scope &scope)
{
    return eventRows(db, QStringLiteral("1 = 1"), scope);
}

QVector<NavigatorEntry> regionEvents(const QSqlDatabase &db, const QString &regionKey)
{
    if (regionKey.isEmpty())
        return eventRows(db, QStringLiteral("v.plan_id IS NULL"), Scope::all());
    return eventRows(db, QStringLiteral("v.plan_id IS NULL AND v.region_id = (SELECT id FROM entity WHERE key = ?)"),
                     Scope::all(), regionKey);
}

// A participation is listed under its plan, or under the plan of its event; its label is the participant's name.
QVector<NavigatorEntry> participations(const QSqlDatabase &db, const Scope &scope)
{
    // Of one plan: those of the plan and of its events, found through the indexes by plan and by event (the
    // condition alone would read every participation). The plan's key is bound first, for `scoped`.
    const bool ofOnePlan = scope.kind != Scope::Kind::All;
    const QString scoped =
        ofOnePlan ? QStringLiteral("WITH scoped(id) AS (SELECT id FROM entity WHERE key = ?) ") : QString();
    const QString ofPlan = ofOnePlan
                               ? QStringLiteral(" AND pt.id IN (") +
                                     planParticipationIds(QStringLiteral("(SELECT id FROM scoped)")) + QLatin1Char(')')
                               : QString();
    SqlQuery query(db,
                   scoped +
                       QStringLiteral("SELECT e.key, COALESCE(pe.key, vpe.key), COALESCE(pre.key, vre.key), "
                                      "pt.role, ") +
                       textColumns(QStringLiteral("og")) + QStringLiteral(", ") + textColumns(QStringLiteral("rg")) +
                       QStringLiteral(" FROM participation pt ") + outerJoin(db) +
                       QStringLiteral(" entity e ON e.id = pt.id "
                                      "LEFT JOIN plan p ON p.id = pt.plan_id LEFT JOIN entity pe ON pe.id = p.id "
                                      "LEFT JOIN entity pre ON pre.id = p.region_id "
                                      "LEFT JOIN event v ON v.id = pt.event_id "
                                      "LEFT JOIN entity vpe ON vpe.id = v.plan_id "
                                      "LEFT JOIN entity vre ON vre.id = v.region_id ") +
                       textJoins(QStringLiteral("og"), QStringLiteral("pt.organisation_id"), QStringLiteral("name")) +
                       textJoins(QStringLiteral("rg"), QStringLiteral("pt.region_id"), QStringLiteral("name")) +
                       QStringLiteral(" WHERE 1 = 1") + ofPlan +
                       condition(scope, QStringLiteral("pt.id"), QStringLiteral("COALESCE(pt.plan_id, v.plan_id)")) +
                       QStringLiteral(" ORDER BY pt.ordinal"));
    if (ofOnePlan)
        query.bind(scope.planKey);
    exec(query, scope);
    QVector<NavigatorEntry> result;
    while (query.next()) {
        NavigatorEntry entry;
        entry.key = query.value(0).toString();
        entry.kind = QStringLiteral("participation");
        entry.planKey = query.value(1).toString();
        entry.regionKey = query.value(2).toString();
        entry.parentKey = entry.planKey.isEmpty() ? entry.regionKey : entry.planKey;
        entry.subKind = query.value(3).toString();
        const LocalizedText organisation = readText(query, 4);
        entry.label = organisation.isEmpty() ? readText(query, 8) : organisation;
        result.append(entry);
    }
    return result;
}

QVector<NavigatorTheme> themes(const QSqlDatabase &db)
{
    SqlQuery query(db, QStringLiteral("SELECT e.key, ") + textColumns(QStringLiteral("nm")) +
                           QStringLiteral(" FROM theme t ") + outerJoin(db) +
                           QStringLiteral(" entity e ON e.id = t.id ") +
                           textJoins(QStringLiteral("nm"), QStringLiteral("t.id"), QStringLiteral("name")) +
                           QStringLiteral(" ORDER BY t.ordinal"));
    query.exec();
    QVector<NavigatorTheme> result;
    QHash<QString, int> index;
    while (query.next()) {
        NavigatorTheme theme;
        theme.key = query.value(0).toString();
        theme.name = readText(query, 1);
        index.insert(theme.key, int(result.size()));
        result.append(theme);
    }
    SqlQuery links(db, QStringLiteral("SELECT te.key, pe.key FROM plan_theme pt JOIN entity te ON te.id = pt.theme_id "
                                      "JOIN entity pe ON pe.id = pt.plan_id JOIN plan p ON p.id = pt.plan_id "
                                      "ORDER BY p.ordinal"));
    links.exec();
    while (links.next())
        result[index.value(links.value(0).toString())].planKeys << links.value(1).toString();
    return result;
}

namespace {
/** A plan's rows after its budget lines: targets, indicators, events and participations. */
QVector<NavigatorEntry> rowsAfterBudgetLines(const QSqlDatabase &db, const Scope &scope)
{
    QVector<NavigatorEntry> entries = targets(db, scope);
    entries += indicators(db, scope);
    QVector<NavigatorEntry> planEvents = events(db, scope);
    // Events of no plan belong to their region, not to a plan's contents.
    for (NavigatorEntry &event : planEvents) {
        if (!event.planKey.isEmpty())
            entries.append(std::move(event));
    }
    entries += participations(db, scope);
    return entries;
}
} // namespace

QVector<NavigatorEntry> planContents(const QSqlDatabase &db, const Scope &scope)
{
    QVector<NavigatorEntry> entries = elements(db, scope);
    entries += budgetLines(db, scope);
    entries += rowsAfterBudgetLines(db, scope);
    return entries;
}

QVector<NavigatorEntry> planOutline(const QSqlDatabase &db, const Scope &scope)
{
    QVector<NavigatorEntry> entries = elements(db, scope);
    entries += rowsAfterBudgetLines(db, scope);
    return entries;
}

} // namespace NavigatorQueryReaders
} // namespace innoatlas
