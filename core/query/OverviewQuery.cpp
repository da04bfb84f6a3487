#include "query/OverviewQuery.h"

#include "model/Vocabulary.h"
#include "query/EvidenceQuery.h"
#include "query/QueryText.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"

#include <algorithm>

namespace innoatlas {

using namespace QueryText;

OverviewQuery::OverviewQuery(QSqlDatabase database) : m_database(std::move(database)) {}

qint64 OverviewQuery::idOf(const QString &key, const QString &kind) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT id FROM entity WHERE key = ? AND kind = ?"));
    query.bind(key).bind(kind).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

PlanOverview OverviewQuery::plan(const QString &planKey) const
{
    PlanOverview overview;
    const qint64 id = idOf(planKey, QStringLiteral("plan"));
    if (id == 0)
        return overview;
    SqlQuery plan(m_database,
                  QStringLiteral("SELECT re.key, p.announced, p.announced_precision, p.period_from, p.period_to, "
                                 "p.headline_budget, p.headline_original_amount, p.headline_original_currency, ") +
                      textColumns(QStringLiteral("tt")) + QStringLiteral(", ") + textColumns(QStringLiteral("rg")) +
                      QStringLiteral(", ") + textColumns(QStringLiteral("vs")) + QStringLiteral(", ") +
                      textColumns(QStringLiteral("sm")) +
                      QStringLiteral(" FROM plan p JOIN entity re ON re.id = p.region_id ") +
                      textJoins(QStringLiteral("tt"), QStringLiteral("p.id"), QStringLiteral("title")) +
                      textJoins(QStringLiteral("rg"), QStringLiteral("p.region_id"), QStringLiteral("name")) +
                      textJoins(QStringLiteral("vs"), QStringLiteral("p.id"), QStringLiteral("vision")) +
                      textJoins(QStringLiteral("sm"), QStringLiteral("p.id"), QStringLiteral("summary")) +
                      QStringLiteral(" WHERE p.id = ?"));
    plan.bind(id).exec();
    if (!plan.next())
        return overview;
    overview.key = planKey;
    overview.regionKey = plan.value(0).toString();
    overview.announced = readDate(plan.value(1), plan.value(2));
    overview.periodFrom = optionalInt(plan.value(3));
    overview.periodTo = optionalInt(plan.value(4));
    overview.headlineBudget = optionalInt64(plan.value(5));
    if (!plan.value(6).isNull())
        overview.headlineOriginal = OriginalAmount{plan.value(6).toString(), plan.value(7).toString()};
    overview.title = readText(plan, 8);
    overview.region = readText(plan, 12);
    overview.vision = readText(plan, 16);
    overview.summary = readText(plan, 20);

    SqlQuery themes(m_database,
                    QStringLiteral("SELECT ") + textColumns(QStringLiteral("nm")) +
                        QStringLiteral(" FROM plan_theme pt ") +
                        textJoins(QStringLiteral("nm"), QStringLiteral("pt.theme_id"), QStringLiteral("name")) +
                        QStringLiteral(" WHERE pt.plan_id = ? ORDER BY pt.ordinal"));
    themes.bind(id).exec();
    while (themes.next())
        overview.themes.append(readText(themes, 0));

    overview.figures = EvidenceQuery(m_database).figures(id);
    overview.counts = counts(id);
    overview.budgetLines = budgetLines(QStringLiteral("b.plan_id = ?"), id, &overview.budgetLineTotal);
    overview.targets = targets(id);
    overview.participants = participants(id);
    overview.events = events(QStringLiteral("v.plan_id = ?"), id);
    return overview;
}

QVector<OverviewCount> OverviewQuery::counts(qint64 planId) const
{
    QHash<QString, OverviewCount> byKind;
    SqlQuery stated(m_database, QStringLiteral("SELECT e.key, sc.kind, sc.count FROM stated_count sc "
                                               "JOIN entity e ON e.id = sc.id WHERE sc.plan_id = ?"));
    stated.bind(planId).exec();
    while (stated.next()) {
        OverviewCount &count = byKind[stated.value(1).toString()];
        count.key = stated.value(0).toString();
        count.kind = stated.value(1).toString();
        count.stated = stated.value(2).toInt();
    }
    SqlQuery recorded(m_database, QStringLiteral("SELECT kind, count(*) FROM element WHERE plan_id = ? GROUP BY kind"));
    recorded.bind(planId).exec();
    while (recorded.next()) {
        OverviewCount &count = byKind[recorded.value(0).toString()];
        count.kind = recorded.value(0).toString();
        count.recorded = recorded.value(1).toInt();
    }
    // In the order of the hierarchy: goals, strategies, fields, areas, tasks, projects.
    QVector<OverviewCount> result;
    for (const QString &kind : Vocabulary::elementKinds()) {
        if (byKind.contains(kind))
            result.append(byKind.value(kind));
    }
    return result;
}

namespace {
// By funding source in the vocabulary's order (a source it does not name first), then in the plans' order.
QString budgetLineOrder()
{
    QString order = QStringLiteral(" ORDER BY CASE b.funding");
    const QStringList &funding = Vocabulary::fundingSources();
    for (int i = 0; i < funding.size(); ++i) {
        QString code = funding.at(i);
        order += QStringLiteral(" WHEN '%1' THEN %2").arg(code.replace(QLatin1Char('\''), QStringLiteral("''"))).arg(i);
    }
    return order + QStringLiteral(" ELSE -1 END, p.ordinal, b.ordinal, b.id");
}
} // namespace

QVector<qint64> OverviewQuery::firstBudgetLines(const QString &where, qint64 id) const
{
    // One funding source after the other, the plans in their order: SQLite reads each plan's lines of
    // the source from the index budget_line_funding and stops at the limit, so a page of a national
    // budget costs a few index reads, not a sort of a million lines. (PostgreSQL has no CROSS JOIN
    // with ON and chooses its own order.)
    const QString join = SqlDialect::isPostgres(m_database) ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
    SqlQuery query(m_database, QStringLiteral("SELECT b.id FROM plan p %1 budget_line b ON b.plan_id = p.id "
                                              "AND b.funding = ? WHERE %2 ORDER BY p.ordinal, b.ordinal, b.id LIMIT ?")
                                   .arg(join, where));
    QVector<qint64> ids;
    for (const QString &funding : Vocabulary::fundingSources()) {
        const qint64 left = m_lineLimit < 0 ? -1 : m_lineLimit - ids.size();
        if (left == 0)
            break;
        query.bind(funding).bind(id).bind(left).exec(); // SQLite reads a negative LIMIT as none
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QVector<OverviewBudgetLine> OverviewQuery::budgetLines(const QString &where, qint64 id, qint64 *total) const
{
    const QVector<qint64> first = firstBudgetLines(where, id);
    const bool cut = m_lineLimit >= 0 && first.size() >= m_lineLimit;
    *total = first.size();
    const bool everyLine = where == QLatin1String(EveryLine);
    if (cut && everyLine && m_countEveryLine) {
        *total = everyLineCount(m_database);
    } else if (cut && !everyLine) {
        SqlQuery count(m_database,
                       QStringLiteral("SELECT count(*) FROM budget_line b JOIN plan p ON p.id = b.plan_id WHERE ") +
                           where);
        count.bind(id).exec();
        if (count.next())
            *total = count.value(0).toLongLong();
    }
    if (first.isEmpty())
        return {};
    QStringList firstList;
    firstList.reserve(first.size());
    for (const qint64 lineId : first)
        firstList << QString::number(lineId);
    SqlQuery query(m_database,
                   QStringLiteral("SELECT b.id, e.key, pe.key, b.amount, b.original_amount, b.original_currency, "
                                  "b.from_year, b.to_year, b.funding, b.kind, ") +
                       textColumns(QStringLiteral("lb")) + QStringLiteral(", ") + textColumns(QStringLiteral("pt")) +
                       QStringLiteral(" FROM budget_line b JOIN entity e ON e.id = b.id JOIN plan p ON p.id = "
                                      "b.plan_id JOIN entity pe ON pe.id = p.id ") +
                       textJoins(QStringLiteral("lb"), QStringLiteral("b.id"), QStringLiteral("label")) +
                       textJoins(QStringLiteral("pt"), QStringLiteral("p.id"), QStringLiteral("title")) +
                       QStringLiteral(" WHERE b.id IN (%1)").arg(firstList.join(QLatin1Char(','))) + budgetLineOrder());
    query.exec();
    QVector<OverviewBudgetLine> result;
    QVector<qint64> ids;
    while (query.next()) {
        OverviewBudgetLine line;
        line.key = query.value(1).toString();
        line.planKey = query.value(2).toString();
        line.won = query.value(3).toLongLong();
        if (!query.value(4).isNull())
            line.original = OriginalAmount{query.value(4).toString(), query.value(5).toString()};
        line.fromYear = optionalInt(query.value(6));
        line.toYear = optionalInt(query.value(7));
        line.funding = query.value(8).toString();
        line.kind = query.value(9).toString();
        line.label = readText(query, 10);
        line.planTitle = readText(query, 14);
        ids.append(query.value(0).toLongLong());
        result.append(std::move(line));
    }

    // The evidence of the lines read, in two reads for all of them.
    QString evidenceWhere = where;
    if (cut) {
        QStringList list;
        list.reserve(ids.size());
        for (qint64 lineId : ids)
            list << QString::number(lineId);
        evidenceWhere = QStringLiteral("(%1) AND b.id IN (%2)").arg(where, list.join(QLatin1Char(',')));
    }
    const QHash<qint64, FigureEvidence> amounts =
        EvidenceQuery(m_database)
            .figuresOf(QStringLiteral("amount"),
                       QStringLiteral(" JOIN budget_line b ON b.id = f.owner_id JOIN plan p ON p.id = b.plan_id "),
                       evidenceWhere, id);
    for (int i = 0; i < result.size(); ++i) {
        const auto amount = amounts.constFind(ids.at(i));
        if (amount != amounts.constEnd())
            result[i].evidence = *amount;
    }
    return result;
}

QVector<OverviewTarget> OverviewQuery::targets(qint64 planId) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT e.key, t.unit, t.has_baseline, t.baseline_value, "
                                              "t.baseline_year, t.target_value, t.target_year, ") +
                                   textColumns(QStringLiteral("mt")) +
                                   QStringLiteral(" FROM target t JOIN entity e ON e.id = t.id ") +
                                   textJoins(QStringLiteral("mt"), QStringLiteral("t.id"), QStringLiteral("metric")) +
                                   QStringLiteral(" WHERE t.plan_id = ? ORDER BY t.ordinal"));
    query.bind(planId).exec();
    QVector<OverviewTarget> result;
    while (query.next()) {
        OverviewTarget target;
        target.key = query.value(0).toString();
        target.unit = query.value(1).toString();
        if (query.value(2).toInt() == 1) {
            target.baseline = query.value(3).toString();
            target.baselineYear = optionalInt(query.value(4));
        }
        target.target = query.value(5).toString();
        target.targetYear = optionalInt(query.value(6));
        target.metric = readText(query, 7);
        result.append(target);
    }
    return result;
}

QVector<OverviewParticipant> OverviewQuery::participants(qint64 planId) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT e.key, pe.key, pe.kind, COALESCE(o.kind, r.level), pt.role, ") +
                       textColumns(QStringLiteral("nm")) + QStringLiteral(", ") + textColumns(QStringLiteral("ev")) +
                       QStringLiteral(" FROM participation pt JOIN entity e ON e.id = pt.id "
                                      "JOIN entity pe ON pe.id = COALESCE(pt.organisation_id, pt.region_id) "
                                      "LEFT JOIN organisation o ON o.id = pt.organisation_id "
                                      "LEFT JOIN region r ON r.id = pt.region_id ") +
                       textJoins(QStringLiteral("nm"), QStringLiteral("pe.id"), QStringLiteral("name")) +
                       textJoins(QStringLiteral("ev"), QStringLiteral("pt.event_id"), QStringLiteral("title")) +
                       QStringLiteral(" WHERE pt.id IN (") + planParticipationIds(QStringLiteral("?")) +
                       QStringLiteral(") ORDER BY pt.ordinal"));
    query.bind(planId).bind(planId).exec();
    QVector<OverviewParticipant> result;
    while (query.next()) {
        OverviewParticipant participant;
        participant.key = query.value(0).toString();
        participant.participantKey = query.value(1).toString();
        participant.participantKind = query.value(2).toString();
        participant.participantType = query.value(3).toString();
        participant.role = query.value(4).toString();
        participant.name = readText(query, 5);
        participant.eventTitle = readText(query, 9);
        result.append(participant);
    }
    return result;
}

QVector<OverviewEvent> OverviewQuery::events(const QString &where, qint64 id) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT e.key, v.kind, v.date, v.precision, ") + textColumns(QStringLiteral("tt")) +
                       QStringLiteral(", ") + textColumns(QStringLiteral("pt")) +
                       QStringLiteral(" FROM event v JOIN entity e ON e.id = v.id ") +
                       textJoins(QStringLiteral("tt"), QStringLiteral("v.id"), QStringLiteral("title")) +
                       textJoins(QStringLiteral("pt"), QStringLiteral("v.plan_id"), QStringLiteral("title")) +
                       QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY v.date, v.ordinal"));
    query.bind(id).exec();
    QVector<OverviewEvent> result;
    while (query.next()) {
        OverviewEvent event;
        event.key = query.value(0).toString();
        event.kind = query.value(1).toString();
        event.date = readDate(query.value(2), query.value(3));
        event.title = readText(query, 4);
        event.planTitle = readText(query, 8);
        result.append(event);
    }
    return result;
}

GroupOverview OverviewQuery::region(const QString &regionKey) const
{
    GroupOverview overview;
    const qint64 id = idOf(regionKey, QStringLiteral("region"));
    if (id == 0)
        return overview;
    SqlQuery region(m_database, QStringLiteral("SELECT r.level, r.code, ") + textColumns(QStringLiteral("nm")) +
                                    QStringLiteral(" FROM region r ") +
                                    textJoins(QStringLiteral("nm"), QStringLiteral("r.id"), QStringLiteral("name")) +
                                    QStringLiteral(" WHERE r.id = ?"));
    region.bind(id).exec();
    if (!region.next())
        return overview;
    overview.key = regionKey;
    overview.kind = QStringLiteral("region");
    overview.level = region.value(0).toString();
    overview.code = region.value(1).toString();
    overview.name = readText(region, 2);

    SqlQuery population(m_database, QStringLiteral("SELECT id, year, value FROM population WHERE region_id = ? "
                                                   "ORDER BY year DESC LIMIT 1"));
    population.bind(id).exec();
    if (population.next()) {
        overview.populationYear = population.value(1).toInt();
        overview.population = population.value(2).toLongLong();
        const auto figures = EvidenceQuery(m_database).figures(population.value(0).toLongLong());
        if (figures.contains(QStringLiteral("value")))
            overview.populationEvidence = figures.value(QStringLiteral("value"));
    }
    overview.plans = PlanSummary::query(m_database, QStringLiteral("p.region_id = ?"), id);
    overview.planTotal = overview.plans.size();
    overview.budgetLines = budgetLines(QStringLiteral("p.region_id = ?"), id, &overview.budgetLineTotal);
    overview.events = events(QStringLiteral("v.region_id = ?"), id);
    return overview;
}

GroupOverview OverviewQuery::theme(const QString &themeKey) const
{
    GroupOverview overview;
    const qint64 id = idOf(themeKey, QStringLiteral("theme"));
    if (id == 0)
        return overview;
    SqlQuery theme(m_database, QStringLiteral("SELECT ") + textColumns(QStringLiteral("nm")) +
                                   QStringLiteral(" FROM theme t ") +
                                   textJoins(QStringLiteral("nm"), QStringLiteral("t.id"), QStringLiteral("name")) +
                                   QStringLiteral(" WHERE t.id = ?"));
    theme.bind(id).exec();
    if (!theme.next())
        return overview;
    overview.key = themeKey;
    overview.kind = QStringLiteral("theme");
    overview.name = readText(theme, 0);

    const QString inTheme = QStringLiteral("EXISTS (SELECT 1 FROM plan_theme pt WHERE pt.plan_id = %1 AND "
                                           "pt.theme_id = ?)");
    overview.plans = PlanSummary::query(m_database, inTheme.arg(QStringLiteral("p.id")), id);
    overview.planTotal = overview.plans.size();
    overview.budgetLines = budgetLines(inTheme.arg(QStringLiteral("b.plan_id")), id, &overview.budgetLineTotal);
    overview.events = events(inTheme.arg(QStringLiteral("v.plan_id")), id);
    return overview;
}

GroupOverview OverviewQuery::all() const
{
    GroupOverview overview;
    overview.key = QStringLiteral("all");
    overview.kind = QStringLiteral("all");
    // The whole country's plans are many: the first page, and how many there are.
    overview.plans = PlanSummary::query(m_database, QString(), 0, m_planLimit);
    overview.planTotal = SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM plan")).toLongLong();
    overview.budgetLines = budgetLines(QString::fromLatin1(EveryLine), 1, &overview.budgetLineTotal);
    // Fewer lines than asked for are every line there is.
    overview.budgetLinesCounted = m_countEveryLine || m_lineLimit < 0 || overview.budgetLineTotal < m_lineLimit;
    return overview;
}

qint64 OverviewQuery::everyLineCount(const QSqlDatabase &database)
{
    // SQLite counts the entries of the table's smallest index instead of stepping through its rows.
    return SqlQuery::scalar(database, QStringLiteral("SELECT count(*) FROM budget_line")).toLongLong();
}

} // namespace innoatlas
