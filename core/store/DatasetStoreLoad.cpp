#include "store/DatasetStore.h"

#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSet>

#include <optional>

namespace innoatlas {

namespace {

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

PartialDate dateFrom(const QVariant &text, const QVariant &precisionName)
{
    DatePrecision precision = DatePrecision::Day;
    if (text.isNull() || !parseDatePrecision(precisionName.toString(), &precision))
        return {};
    return PartialDate::parse(text.toString(), precision);
}

/** A field of an entity: its id and the field's name, interned (few names, many entities). */
struct FieldKey
{
    qint64 id = 0;
    int field = -1;

    bool operator==(const FieldKey &o) const { return id == o.id && field == o.field; }
};

size_t qHash(const FieldKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.id, key.field);
}

/** One shared copy of each of the few words a column repeats on every row (a funding source, a kind). */
class Words
{
public:
    QString operator()(const QVariant &value)
    {
        const QString word = value.toString();
        const auto it = m_words.constFind(word);
        return it != m_words.cend() ? *it : *m_words.insert(word, word);
    }

private:
    QHash<QString, QString> m_words;
};

/** Everything keyed by entity id that load() attaches to the entities it reads. */
struct Attachments
{
    QHash<qint64, QString> keys;
    QHash<QString, int> fields;
    // One flat table per kind, not one small table per entity: a national dataset has millions.
    QHash<FieldKey, LocalizedText> texts;
    QHash<FieldKey, Citation> figures;
    QHash<qint64, QStringList> citations;

    int internField(const QString &name)
    {
        const auto it = fields.constFind(name);
        return it != fields.cend() ? *it : *fields.insert(name, int(fields.size()));
    }
    FieldKey fieldKey(qint64 id, const QString &field) const { return {id, fields.value(field, -1)}; }
    LocalizedText text(qint64 id, const QString &field) const { return texts.value(fieldKey(id, field)); }
    Citation figure(qint64 id, const QString &field) const { return figures.value(fieldKey(id, field)); }
    QString key(const QVariant &id) const { return id.isNull() ? QString() : keys.value(id.toLongLong()); }
};

// The entities the timeline and the targets read, and the figures of theirs, each with its kind: found through
// their own tables, where filtering `entity` by kind read every row of it (a million budget lines in a national
// database) and every text joined to it.
const QString timelineEntities =
    QStringLiteral("WITH listed(id, kind) AS (SELECT id, 'source' FROM source UNION ALL SELECT id, 'quote' FROM quote "
                   "UNION ALL SELECT id, 'theme' FROM theme UNION ALL SELECT id, 'region' FROM region "
                   "UNION ALL SELECT id, 'plan' FROM plan UNION ALL SELECT id, 'target' FROM target "
                   "UNION ALL SELECT id, 'event' FROM event), "
                   "wanted(id, kind) AS (SELECT id, kind FROM listed "
                   "UNION ALL SELECT f.id, 'figure' FROM listed o JOIN figure f ON f.owner_id = o.id) ");

// The entities a report of one region reads (DatasetStore::loadRegion(); its id is bound): every source, quote, theme,
// region with its populations and indicators, organisation and plan; the region's plans with their contents, its
// events and their participations; and the figures of all of these. Other regions' budget lines, elements and events
// (most of a national database) are not listed.
const QString regionEntities = QStringLiteral(
    "WITH here(id) AS (SELECT id FROM region WHERE id = ?), "
    "plans(id) AS (SELECT id FROM plan WHERE region_id IN (SELECT id FROM here)), "
    "events(id) AS (SELECT id FROM event WHERE region_id IN (SELECT id FROM here) OR plan_id IN (SELECT id FROM "
    "plans)), "
    "listed(id, kind) AS (SELECT id, 'source' FROM source UNION ALL SELECT id, 'quote' FROM quote "
    "UNION ALL SELECT id, 'theme' FROM theme UNION ALL SELECT id, 'region' FROM region "
    "UNION ALL SELECT id, 'population' FROM population UNION ALL SELECT id, 'organisation' FROM organisation "
    "UNION ALL SELECT x.id, 'indicator' FROM region o JOIN indicator x ON x.owner_id = o.id "
    "UNION ALL SELECT id, 'plan' FROM plan "
    "UNION ALL SELECT x.id, 'element' FROM plans p JOIN element x ON x.plan_id = p.id "
    "UNION ALL SELECT x.id, 'budget_line' FROM plans p JOIN budget_line x ON x.plan_id = p.id "
    "UNION ALL SELECT x.id, 'target' FROM plans p JOIN target x ON x.plan_id = p.id "
    "UNION ALL SELECT x.id, 'stated_count' FROM plans p JOIN stated_count x ON x.plan_id = p.id "
    "UNION ALL SELECT x.id, 'indicator' FROM plans p JOIN indicator x ON x.owner_id = p.id "
    "UNION ALL SELECT id, 'event' FROM events "
    "UNION ALL SELECT x.id, 'participation' FROM participation x "
    "WHERE x.plan_id IN (SELECT id FROM plans) OR x.event_id IN (SELECT id FROM events)), "
    "wanted(id, kind) AS (SELECT id, kind FROM listed "
    "UNION ALL SELECT f.id, 'figure' FROM listed o JOIN figure f ON f.owner_id = o.id) ");

Attachments loadAttachments(const QSqlDatabase &db, DatasetStore::Scope scope, std::optional<qint64> region)
{
    // Without budget lines, nothing of theirs is read: neither their keys, nor their labels, nor the
    // figures of their amounts (a national database has a million of each). For the timeline and the
    // targets, nothing of the elements either (a hundred thousand), nor texts those views never show.
    const bool lean = scope == DatasetStore::Scope::TimelinesAndTargets;
    const bool budgetLines = scope == DatasetStore::Scope::Everything;
    QString entitySql = QStringLiteral("SELECT id, key FROM entity");
    QString textSql = QStringLiteral("SELECT entity_id, field, lang, text, status FROM localized_text");
    QString figureSql = QStringLiteral("SELECT f.id, f.owner_id, f.field, f.printed FROM figure f");
    if (region) {
        entitySql = regionEntities + QStringLiteral("SELECT e.id, e.key FROM wanted r JOIN entity e ON e.id = r.id");
        textSql = regionEntities + QStringLiteral("SELECT t.entity_id, t.field, t.lang, t.text, t.status FROM wanted r "
                                                  "JOIN localized_text t ON t.entity_id = r.id");
        figureSql = regionEntities + QStringLiteral("SELECT f.id, f.owner_id, f.field, f.printed FROM wanted r "
                                                    "JOIN figure f ON f.id = r.id WHERE r.kind = 'figure'");
    } else if (lean) {
        entitySql = timelineEntities + QStringLiteral("SELECT e.id, e.key FROM wanted r JOIN entity e ON e.id = r.id");
        textSql =
            timelineEntities + QStringLiteral("SELECT t.entity_id, t.field, t.lang, t.text, t.status FROM wanted r "
                                              "JOIN localized_text t ON t.entity_id = r.id "
                                              "WHERE NOT (r.kind = 'plan' AND t.field IN ('vision', 'summary')) "
                                              "AND NOT (r.kind = 'event' AND t.field = 'description')");
        figureSql = timelineEntities + QStringLiteral("SELECT f.id, f.owner_id, f.field, f.printed FROM wanted r "
                                                      "JOIN figure f ON f.id = r.id WHERE r.kind = 'figure'");
    } else {
        QString entityFilter;
        if (!budgetLines) {
            entityFilter = QStringLiteral(" WHERE kind <> 'budget_line'");
            const QString notOfLines =
                QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM budget_line b WHERE b.id = %1)");
            textSql += notOfLines.arg(QLatin1String("entity_id"));
            figureSql += notOfLines.arg(QLatin1String("f.owner_id"));
        }
        entitySql += entityFilter;
    }
    // The region's statements take its id.
    const auto bound = [&region](SqlQuery &query) -> SqlQuery & {
        if (region)
            query.bind(*region);
        return query;
    };
    Attachments a;
    if (!lean && !region)
        a.keys.reserve(
            SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM (") + entitySql + QStringLiteral(") AS listed"))
                .toLongLong());
    SqlQuery entities(db, entitySql);
    bound(entities).exec();
    while (entities.next())
        a.keys.insert(entities.value(0).toLongLong(), entities.value(1).toString());

    if (!lean && !region)
        a.texts.reserve(SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM localized_text")).toLongLong() / 2);
    SqlQuery texts(db, textSql);
    bound(texts).exec();
    QHash<QString, ReviewStatus> statuses;
    while (texts.next()) {
        LocalizedText &text = a.texts[{texts.value(0).toLongLong(), a.internField(texts.value(1).toString())}];
        const QString statusName = texts.value(4).toString();
        auto status = statuses.constFind(statusName);
        if (status == statuses.cend()) {
            ReviewStatus parsed = ReviewStatus::Missing;
            parseReviewStatus(statusName, &parsed);
            status = statuses.insert(statusName, parsed);
        }
        if (texts.value(2).toString() == QLatin1String("ko")) {
            text.ko = texts.value(3).toString();
            text.koStatus = *status;
        } else {
            text.en = texts.value(3).toString();
            text.enStatus = *status;
        }
    }

    SqlQuery figures(db, figureSql);
    bound(figures).exec();
    QHash<qint64, FieldKey> figureOwner;
    while (figures.next()) {
        const qint64 id = figures.value(0).toLongLong();
        const FieldKey owner{figures.value(1).toLongLong(), a.internField(figures.value(2).toString())};
        figureOwner.insert(id, owner);
        Citation &citation = a.figures[owner];
        if (!figures.value(3).isNull()) {
            Correction correction;
            correction.printed = figures.value(3).toString();
            correction.note = a.text(id, QStringLiteral("note"));
            citation.correction = correction;
        }
    }
    SqlQuery quotes(db, QStringLiteral("SELECT figure_id, quote_id FROM figure_quote ORDER BY figure_id, ordinal"));
    quotes.exec();
    while (quotes.next()) {
        const auto owner = figureOwner.constFind(quotes.value(0).toLongLong());
        if (owner != figureOwner.cend()) // not a figure of a budget line left out
            a.figures[*owner].quoteKeys << a.keys.value(quotes.value(1).toLongLong());
    }
    if (lean) // only elements and participations cite quotes as a whole
        return a;
    SqlQuery citations(db, QStringLiteral("SELECT entity_id, quote_id FROM citation ORDER BY entity_id, ordinal"));
    citations.exec();
    while (citations.next())
        a.citations[citations.value(0).toLongLong()] << a.keys.value(citations.value(1).toLongLong());
    return a;
}

/** The statements load() runs once per owner, prepared once. */
struct OwnedRows
{
    explicit OwnedRows(const QSqlDatabase &db)
        : indicators(db,
                     QStringLiteral("SELECT id, unit, value, year FROM indicator WHERE owner_id = ? ORDER BY ordinal")),
          elements(db, QStringLiteral("SELECT id, parent_id, kind FROM element WHERE plan_id = ? ORDER BY ordinal"))
    {
    }
    SqlQuery indicators;
    SqlQuery elements;
};

QVector<Indicator> loadIndicators(SqlQuery &query, const Attachments &a, qint64 ownerId)
{
    query.bind(ownerId).exec();
    QVector<Indicator> result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        Indicator indicator;
        indicator.key = a.keys.value(id);
        indicator.unit = query.value(1).toString();
        indicator.metric = a.text(id, QStringLiteral("metric"));
        indicator.value =
            KpiValue{query.value(2).toString(), optionalInt(query.value(3)), a.figure(id, QStringLiteral("value"))};
        result.append(std::move(indicator));
    }
    return result;
}

QVector<Element> loadElements(SqlQuery &query, const Attachments &a, qint64 planId)
{
    query.bind(planId).exec();
    struct Row
    {
        qint64 id;
        Element element;
    };
    QVector<Row> rows;
    QHash<qint64, QVector<int>> childRows; // parent id (0 for the top) → rows, in order
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        const qint64 parent = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        row.element.key = a.keys.value(row.id);
        row.element.kind = query.value(2).toString();
        row.element.name = a.text(row.id, QStringLiteral("name"));
        row.element.description = a.text(row.id, QStringLiteral("description"));
        row.element.quoteKeys = a.citations.value(row.id);
        childRows[parent].append(int(rows.size()));
        rows.append(std::move(row));
    }
    // Children first, deepest last: assemble bottom-up so each parent receives finished children.
    std::function<QVector<Element>(qint64)> childrenOf = [&](qint64 parent) {
        QVector<Element> children;
        for (const int index : childRows.value(parent)) {
            Element element = rows.at(index).element;
            element.children = childrenOf(rows.at(index).id);
            children.append(std::move(element));
        }
        return children;
    };
    return childrenOf(0);
}
} // namespace

Dataset DatasetStore::load(Scope scope) const
{
    return load(scope, std::nullopt);
}

Dataset DatasetStore::loadRegion(const QString &regionKey) const
{
    SqlQuery region(m_database,
                    QStringLiteral("SELECT r.id FROM region r JOIN entity e ON e.id = r.id WHERE e.key = ?"));
    region.bind(regionKey).exec();
    // An unknown key reads as a region of none: every region and plan by name, and nothing of any region's own.
    return load(Scope::Everything, region.next() ? region.value(0).toLongLong() : qint64(-1));
}

Dataset DatasetStore::load(Scope scope, std::optional<qint64> region) const
{
    const bool withLines = scope == Scope::Everything;
    const bool lean = scope == Scope::TimelinesAndTargets;
    const Attachments a = loadAttachments(m_database, scope, region);
    // With a region: the ids of its plans and events, whose contents and participations are read.
    QSet<qint64> regionPlans;
    QSet<qint64> regionEvents;
    Dataset dataset;
    // Every statement run once per source, region or plan is prepared once, before the loop.
    OwnedRows owned(m_database);
    Words words;

    SqlQuery sources(m_database, QStringLiteral("SELECT id, kind, published, published_precision, language, "
                                                "seed_file, url FROM source ORDER BY ordinal"));
    sources.exec();
    SqlQuery quotes(m_database, QStringLiteral("SELECT id, text FROM quote WHERE source_id = ? ORDER BY ordinal"));
    while (sources.next()) {
        const qint64 id = sources.value(0).toLongLong();
        Source source;
        source.key = a.keys.value(id);
        source.kind = sources.value(1).toString();
        source.published = dateFrom(sources.value(2), sources.value(3));
        source.language = sources.value(4).toString();
        source.seedFile = sources.value(5).toString();
        source.url = sources.value(6).toString();
        source.publisher = a.text(id, QStringLiteral("publisher"));
        source.title = a.text(id, QStringLiteral("title"));
        quotes.bind(id).exec();
        while (quotes.next()) {
            const qint64 quoteId = quotes.value(0).toLongLong();
            source.quotes.append(
                {a.keys.value(quoteId), quotes.value(1).toString(), a.text(quoteId, QStringLiteral("translation"))});
        }
        dataset.sources.append(std::move(source));
    }

    SqlQuery themes(m_database, QStringLiteral("SELECT id FROM theme ORDER BY ordinal"));
    themes.exec();
    while (themes.next()) {
        const qint64 id = themes.value(0).toLongLong();
        dataset.themes.append({a.keys.value(id), a.text(id, QStringLiteral("name"))});
    }

    SqlQuery regions(m_database,
                     QStringLiteral("SELECT id, code, level, country, parent_id FROM region ORDER BY ordinal"));
    regions.exec();
    SqlQuery population(m_database,
                        QStringLiteral("SELECT id, year, value FROM population WHERE region_id = ? ORDER BY ordinal"));
    while (regions.next()) {
        const qint64 id = regions.value(0).toLongLong();
        Region region;
        region.key = a.keys.value(id);
        region.code = regions.value(1).toString();
        region.level = regions.value(2).toString();
        region.country = regions.value(3).toString();
        region.parentKey = a.key(regions.value(4));
        region.name = a.text(id, QStringLiteral("name"));
        if (lean) {
            dataset.regions.append(std::move(region));
            continue;
        }
        population.bind(id).exec();
        while (population.next()) {
            const qint64 popId = population.value(0).toLongLong();
            region.population.append({population.value(1).toInt(), population.value(2).toLongLong(),
                                      a.figure(popId, QStringLiteral("value"))});
        }
        region.indicators = loadIndicators(owned.indicators, a, id);
        dataset.regions.append(std::move(region));
    }

    SqlQuery organisations(m_database,
                           QStringLiteral("SELECT id, kind, country, region_id FROM organisation ORDER BY ordinal"));
    if (!lean)
        organisations.exec();
    while (!lean && organisations.next()) {
        const qint64 id = organisations.value(0).toLongLong();
        Organisation organisation;
        organisation.key = a.keys.value(id);
        organisation.kind = organisations.value(1).toString();
        organisation.country = organisations.value(2).toString();
        organisation.regionKey = a.key(organisations.value(3));
        organisation.name = a.text(id, QStringLiteral("name"));
        dataset.organisations.append(std::move(organisation));
    }

    SqlQuery plans(m_database, QStringLiteral("SELECT id, region_id, announced, announced_precision, period_from, "
                                              "period_to, headline_budget, headline_original_amount, "
                                              "headline_original_currency FROM plan ORDER BY ordinal"));
    plans.exec();
    SqlQuery planThemes(m_database,
                        QStringLiteral("SELECT theme_id FROM plan_theme WHERE plan_id = ? ORDER BY ordinal"));
    SqlQuery counts(m_database,
                    QStringLiteral("SELECT id, kind, count FROM stated_count WHERE plan_id = ? ORDER BY ordinal"));
    SqlQuery lines(m_database, QStringLiteral("SELECT id, element_id, amount, original_amount, original_currency, "
                                              "from_year, to_year, funding, kind FROM budget_line "
                                              "WHERE plan_id = ? ORDER BY ordinal"));
    SqlQuery targets(m_database, QStringLiteral("SELECT id, unit, has_baseline, baseline_value, baseline_year, "
                                                "target_value, target_year FROM target WHERE plan_id = ? "
                                                "ORDER BY ordinal"));
    const auto readTargets = [&](qint64 id, Plan &plan) {
        targets.bind(id).exec();
        while (targets.next()) {
            const qint64 targetId = targets.value(0).toLongLong();
            Target target;
            target.key = a.keys.value(targetId);
            target.unit = targets.value(1).toString();
            target.metric = a.text(targetId, QStringLiteral("metric"));
            if (targets.value(2).toInt() == 1)
                target.baseline = KpiValue{targets.value(3).toString(), optionalInt(targets.value(4)),
                                           a.figure(targetId, QStringLiteral("baseline"))};
            target.target = KpiValue{targets.value(5).toString(), optionalInt(targets.value(6)),
                                     a.figure(targetId, QStringLiteral("target"))};
            plan.targets.append(std::move(target));
        }
    };
    // Each plan's list of lines is made as long as it will be at once, not grown line by line.
    QHash<qint64, qsizetype> lineCounts;
    SqlQuery countLines(m_database, region
                                        ? QStringLiteral("SELECT plan_id, count(*) FROM budget_line WHERE plan_id IN "
                                                         "(SELECT id FROM plan WHERE region_id = ?) GROUP BY plan_id")
                                        : QStringLiteral("SELECT plan_id, count(*) FROM budget_line GROUP BY plan_id"));
    if (region)
        countLines.bind(*region);
    if (withLines)
        countLines.exec();
    while (withLines && countLines.next())
        lineCounts.insert(countLines.value(0).toLongLong(), countLines.value(1).toLongLong());
    while (plans.next()) {
        const qint64 id = plans.value(0).toLongLong();
        Plan plan;
        plan.key = a.keys.value(id);
        plan.regionKey = a.key(plans.value(1));
        plan.title = a.text(id, QStringLiteral("title"));
        if (region) {
            // Another region's plan is named, not read.
            if (plans.value(1).toLongLong() != *region) {
                dataset.plans.append(std::move(plan));
                continue;
            }
            regionPlans.insert(id);
        }
        plan.vision = a.text(id, QStringLiteral("vision"));
        plan.summary = a.text(id, QStringLiteral("summary"));
        if (!plans.value(4).isNull())
            plan.period =
                PeriodFigure{plans.value(4).toInt(), plans.value(5).toInt(), a.figure(id, QStringLiteral("period"))};
        planThemes.bind(id).exec();
        while (planThemes.next())
            plan.themeKeys << a.key(planThemes.value(0));
        if (lean) {
            readTargets(id, plan);
            dataset.plans.append(std::move(plan));
            continue;
        }
        if (!plans.value(2).isNull())
            plan.announced =
                DateFigure{dateFrom(plans.value(2), plans.value(3)), a.figure(id, QStringLiteral("announced"))};
        if (!plans.value(6).isNull()) {
            MoneyFigure budget;
            budget.won = plans.value(6).toLongLong();
            if (!plans.value(7).isNull())
                budget.original = OriginalAmount{plans.value(7).toString(), plans.value(8).toString()};
            budget.citation = a.figure(id, QStringLiteral("headlineBudget"));
            plan.headlineBudget = budget;
        }

        counts.bind(id).exec();
        while (counts.next())
            plan.statedCounts.append({counts.value(1).toString(), counts.value(2).toInt(),
                                      a.figure(counts.value(0).toLongLong(), QStringLiteral("count"))});

        plan.elements = loadElements(owned.elements, a, id);

        if (withLines)
            lines.bind(id).exec();
        plan.budgetLines.reserve(lineCounts.value(id));
        while (withLines && lines.next()) {
            const qint64 lineId = lines.value(0).toLongLong();
            BudgetLine line;
            line.key = a.keys.value(lineId);
            line.elementKey = a.key(lines.value(1));
            line.amount.won = lines.value(2).toLongLong();
            if (!lines.value(3).isNull())
                line.amount.original = OriginalAmount{lines.value(3).toString(), lines.value(4).toString()};
            line.amount.citation = a.figure(lineId, QStringLiteral("amount"));
            line.fromYear = optionalInt(lines.value(5));
            line.toYear = optionalInt(lines.value(6));
            line.funding = words(lines.value(7));
            line.kind = words(lines.value(8));
            line.label = a.text(lineId, QStringLiteral("label"));
            plan.budgetLines.append(std::move(line));
        }

        readTargets(id, plan);
        plan.indicators = loadIndicators(owned.indicators, a, id);
        dataset.plans.append(std::move(plan));
    }

    // A national dataset has tens of thousands of events: the list is made as long at once, not grown.
    dataset.events.reserve(SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM event")).toLongLong());
    SqlQuery events(m_database,
                    QStringLiteral("SELECT id, region_id, plan_id, kind, date, precision FROM event ORDER BY ordinal"));
    events.exec();
    while (events.next()) {
        const qint64 id = events.value(0).toLongLong();
        if (region) {
            if (events.value(1).toLongLong() != *region && !regionPlans.contains(events.value(2).toLongLong()))
                continue;
            regionEvents.insert(id);
        }
        Event event;
        event.key = a.keys.value(id);
        event.regionKey = a.key(events.value(1));
        event.planKey = a.key(events.value(2));
        event.kind = words(events.value(3));
        event.date = DateFigure{dateFrom(events.value(4), events.value(5)), a.figure(id, QStringLiteral("date"))};
        event.title = a.text(id, QStringLiteral("title"));
        event.description = a.text(id, QStringLiteral("description"));
        dataset.events.append(std::move(event));
    }

    SqlQuery participations(m_database, QStringLiteral("SELECT id, organisation_id, region_id, plan_id, event_id, "
                                                       "role FROM participation ORDER BY ordinal"));
    if (!lean)
        participations.exec();
    while (!lean && participations.next()) {
        if (region && !regionPlans.contains(participations.value(3).toLongLong()) &&
            !regionEvents.contains(participations.value(4).toLongLong()))
            continue;
        const qint64 id = participations.value(0).toLongLong();
        Participation p;
        p.key = a.keys.value(id);
        p.organisationKey = a.key(participations.value(1));
        p.regionKey = a.key(participations.value(2));
        p.planKey = a.key(participations.value(3));
        p.eventKey = a.key(participations.value(4));
        p.role = participations.value(5).toString();
        p.description = a.text(id, QStringLiteral("description"));
        p.quoteKeys = a.citations.value(id);
        dataset.participations.append(std::move(p));
    }
    return dataset;
}

} // namespace innoatlas
