#include "query/NavigatorQuery.h"

#include "query/NavigatorQueryReaders.h"
#include "query/NavigatorTopReader.h"
#include "store/JsonIds.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"

namespace innoatlas {

using namespace NavigatorQueryReaders;

NavigatorData NavigatorQuery::query(const QSqlDatabase &database)
{
    NavigatorData data;
    data.entries = regions(database, Scope::all());
    data.entries += plans(database, Scope::all());
    data.entries += elements(database, Scope::all());
    data.entries += budgetLines(database, Scope::all());
    data.entries += targets(database, Scope::all());
    data.entries += indicators(database, Scope::all());
    data.entries += events(database, Scope::all());
    data.entries += participations(database, Scope::all());
    data.themes = themes(database);
    return data;
}

NavigatorData NavigatorQuery::top(const QSqlDatabase &database)
{
    if (!SqlDialect::isPostgres(database))
        return NavigatorTopReader::read(database);
    NavigatorData data;
    data.entries = regions(database, Scope::all());
    data.entries += plans(database, Scope::all());
    data.themes = themes(database);
    SqlQuery counts(database, QString::fromLatin1(regionEventCounts));
    counts.exec();
    while (counts.next())
        data.regionEventCounts.insert(counts.value(0).toString(), counts.value(1).toInt());
    return data;
}

QVector<NavigatorEntry> NavigatorQuery::regionEvents(const QSqlDatabase &database, const QString &regionKey)
{
    return NavigatorQueryReaders::regionEvents(database, regionKey);
}

QString NavigatorQuery::regionOfEvent(const QSqlDatabase &database, const QString &key)
{
    SqlQuery query(database, QStringLiteral("SELECT re.key FROM entity e JOIN event v ON v.id = e.id "
                                            "JOIN entity re ON re.id = v.region_id "
                                            "WHERE e.key = ? AND v.plan_id IS NULL"));
    query.bind(key).exec();
    return query.next() ? query.value(0).toString() : QString();
}

QVector<NavigatorEntry> NavigatorQuery::planContents(const QSqlDatabase &database, const QString &planKey)
{
    return NavigatorQueryReaders::planContents(database, Scope::plan(planKey));
}

QVector<NavigatorEntry> NavigatorQuery::planOutline(const QSqlDatabase &database, const QString &planKey,
                                                    int &budgetLines)
{
    SqlQuery count(database, QStringLiteral("SELECT count(*) FROM budget_line WHERE plan_id = "
                                            "(SELECT id FROM entity WHERE key = ? AND kind = 'plan')"));
    count.bind(planKey).exec();
    budgetLines = count.next() ? count.value(0).toInt() : 0;
    return NavigatorQueryReaders::planOutline(database, Scope::plan(planKey));
}

QVector<NavigatorEntry> NavigatorQuery::planBudgetLines(const QSqlDatabase &database, const QString &planKey)
{
    return NavigatorQueryReaders::budgetLines(database, Scope::plan(planKey));
}

QVector<NavigatorEntry> NavigatorQuery::planContents(const QSqlDatabase &database, const QString &planKey,
                                                     const NavigatorFinds &finds)
{
    const QVector<qint64> ids = finds.plans.value(planKey);
    if (ids.isEmpty())
        return {};
    return NavigatorQueryReaders::planContents(database, Scope::planIds(planKey, jsonIds(ids)));
}

QString NavigatorQuery::planOf(const QSqlDatabase &database, const QString &key)
{
    SqlQuery entity(database, QStringLiteral("SELECT id, kind FROM entity WHERE key = ?"));
    entity.bind(key).exec();
    if (!entity.next())
        return {};
    const qint64 id = entity.value(0).toLongLong();
    const QString kind = entity.value(1).toString();
    QString planColumn;
    if (kind == QLatin1String("element"))
        planColumn = QStringLiteral("SELECT plan_id FROM element WHERE id = ?");
    else if (kind == QLatin1String("budget_line"))
        planColumn = QStringLiteral("SELECT plan_id FROM budget_line WHERE id = ?");
    else if (kind == QLatin1String("target"))
        planColumn = QStringLiteral("SELECT plan_id FROM target WHERE id = ?");
    else if (kind == QLatin1String("indicator"))
        planColumn = QStringLiteral("SELECT owner_id FROM indicator WHERE id = ?");
    else if (kind == QLatin1String("event"))
        planColumn = QStringLiteral("SELECT plan_id FROM event WHERE id = ?");
    else if (kind == QLatin1String("participation"))
        planColumn = QStringLiteral("SELECT COALESCE(pt.plan_id, v.plan_id) FROM participation pt "
                                    "LEFT JOIN event v ON v.id = pt.event_id WHERE pt.id = ?");
    else
        return {};
    SqlQuery plan(database, QStringLiteral("SELECT pe.key FROM plan p JOIN entity pe ON pe.id = p.id WHERE p.id = (") +
                                planColumn + QLatin1Char(')'));
    plan.bind(id).exec();
    return plan.next() ? plan.value(0).toString() : QString();
}

} // namespace innoatlas
