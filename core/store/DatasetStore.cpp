#include "store/DatasetStore.h"

#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace innoatlas {

namespace {

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace

DatasetStore::DatasetStore(QSqlDatabase database) : m_database(std::move(database)) {}

qint64 DatasetStore::addEntity(const QString &kind, const QString &key)
{
    if (m_ids.contains(key))
        throw StoreError(QStringLiteral("the key \"%1\" is used twice").arg(key));
    SqlQuery &query = statement(QStringLiteral("INSERT INTO entity (kind, key) VALUES (?, ?)"));
    query.bind(kind).bind(key).exec();
    const qint64 id = query.lastInsertId();
    m_ids.insert(key, id);
    return id;
}

qint64 DatasetStore::idOf(const QString &key, const QString &what) const
{
    const auto it = m_ids.constFind(key);
    if (it == m_ids.constEnd())
        throw StoreError(QStringLiteral("no %1 has the key \"%2\"").arg(what, key));
    return *it;
}

qint64 DatasetStore::idOrNull(const QString &key, const QString &what) const
{
    return key.isEmpty() ? 0 : idOf(key, what);
}

void DatasetStore::addText(qint64 entityId, const QString &field, const LocalizedText &text)
{
    SqlQuery &query =
        statement(QStringLiteral("INSERT INTO localized_text (entity_id, field, lang, text, status) "
                                 "VALUES (?, ?, 'ko', COALESCE(?, ''), ?), (?, ?, 'en', COALESCE(?, ''), ?)"));
    query.bind(entityId).bind(field).bind(text.ko).bind(reviewStatusName(text.koStatus));
    query.bind(entityId).bind(field).bind(text.en).bind(reviewStatusName(text.enStatus));
    query.exec();
}

void DatasetStore::addFigure(qint64 ownerId, const QString &ownerKey, const QString &field, const Citation &citation)
{
    if (citation.quoteKeys.isEmpty())
        throw StoreError(QStringLiteral("%1: the figure \"%2\" has no quote").arg(ownerKey, field));
    const qint64 id = addEntity(QStringLiteral("figure"), ownerKey + QLatin1Char('#') + field);
    SqlQuery &figure =
        statement(QStringLiteral("INSERT INTO figure (id, owner_id, field, printed) VALUES (?, ?, ?, ?)"));
    figure.bind(id).bind(ownerId).bind(field);
    figure.bind(citation.correction ? QVariant(citation.correction->printed)
                                    : QVariant(QMetaType::fromType<QString>()));
    figure.exec();
    if (citation.correction)
        addText(id, QStringLiteral("note"), citation.correction->note);
    int ordinal = 0;
    for (const QString &quoteKey : citation.quoteKeys) {
        SqlQuery &link =
            statement(QStringLiteral("INSERT INTO figure_quote (figure_id, quote_id, ordinal) VALUES (?, ?, ?)"));
        link.bind(id).bind(idOf(quoteKey, QStringLiteral("quote"))).bind(ordinal++).exec();
    }
}

void DatasetStore::addCitations(qint64 entityId, const QStringList &quoteKeys)
{
    int ordinal = 0;
    for (const QString &quoteKey : quoteKeys) {
        SqlQuery &link =
            statement(QStringLiteral("INSERT INTO citation (entity_id, quote_id, ordinal) VALUES (?, ?, ?)"));
        link.bind(entityId).bind(idOf(quoteKey, QStringLiteral("quote"))).bind(ordinal++).exec();
    }
}

void DatasetStore::insert(const Dataset &dataset)
{
    Transaction transaction(m_database);
    insertRows(dataset);
    transaction.commit();
}

void DatasetStore::insert(const Dataset &dataset, Transaction &transaction)
{
    Q_UNUSED(transaction); // proof that the caller holds one
    insertRows(dataset);
}

SqlQuery &DatasetStore::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqlQuery>(m_database, sql));
    return **it;
}

void DatasetStore::insertRows(const Dataset &dataset)
{
    // Prepared once per insert, not once per row (a national budget is a million rows), and let go
    // afterwards so that no statement outlives the insert on the connection.
    struct Release
    {
        QHash<QString, std::shared_ptr<SqlQuery>> &statements;
        ~Release() { statements.clear(); }
    } release{m_statements};
    m_ids.clear();
    {
        SqlQuery &existing = statement(QStringLiteral("SELECT id, key FROM entity"));
        existing.exec();
        while (existing.next())
            m_ids.insert(existing.value(1).toString(), existing.value(0).toLongLong());
    }
    int ordinal = int(SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM source")).toInt());
    for (const Source &source : dataset.sources) {
        const qint64 id = addEntity(QStringLiteral("source"), source.key);
        SqlQuery &query = statement(QStringLiteral("INSERT INTO source (id, ordinal, kind, published, "
                                                   "published_precision, language, seed_file, url) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"));
        query.bind(id).bind(ordinal++).bind(source.kind);
        query.bind(nullableText(source.published.toIsoString()));
        query.bind(source.published.isValid() ? QVariant(datePrecisionName(source.published.precision()))
                                              : QVariant(QMetaType::fromType<QString>()));
        query.bind(source.language).bind(source.seedFile).bind(source.url).exec();
        addText(id, QStringLiteral("publisher"), source.publisher);
        addText(id, QStringLiteral("title"), source.title);
        int quoteOrdinal = 0;
        for (const Quote &quote : source.quotes) {
            const qint64 quoteId = addEntity(QStringLiteral("quote"), quote.key);
            SqlQuery &q =
                statement(QStringLiteral("INSERT INTO quote (id, source_id, ordinal, text) VALUES (?, ?, ?, ?)"));
            q.bind(quoteId).bind(id).bind(quoteOrdinal++).bind(quote.text).exec();
            if (!quote.translation.isEmpty())
                addText(quoteId, QStringLiteral("translation"), quote.translation);
        }
    }

    ordinal = SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM theme")).toInt();
    for (const Theme &theme : dataset.themes) {
        const qint64 id = addEntity(QStringLiteral("theme"), theme.key);
        statement(QStringLiteral("INSERT INTO theme (id, ordinal) VALUES (?, ?)")).bind(id).bind(ordinal++).exec();
        addText(id, QStringLiteral("name"), theme.name);
    }

    // Regions may name a parent that comes later in the list: insert all, then link parents.
    ordinal = SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM region")).toInt();
    for (const Region &region : dataset.regions) {
        const qint64 id = addEntity(QStringLiteral("region"), region.key);
        SqlQuery &query =
            statement(QStringLiteral("INSERT INTO region (id, ordinal, code, level, country) VALUES (?, ?, ?, ?, ?)"));
        query.bind(id).bind(ordinal++).bind(nullableText(region.code)).bind(region.level).bind(region.country).exec();
        addText(id, QStringLiteral("name"), region.name);
        int popOrdinal = 0;
        for (const PopulationFigure &population : region.population) {
            const QString key = QStringLiteral("%1#population.%2").arg(region.key).arg(population.year);
            const qint64 popId = addEntity(QStringLiteral("population"), key);
            statement(QStringLiteral("INSERT INTO population (id, region_id, ordinal, year, value) "
                                     "VALUES (?, ?, ?, ?, ?)"))
                .bind(popId)
                .bind(id)
                .bind(popOrdinal++)
                .bind(population.year)
                .bind(population.value)
                .exec();
            addFigure(popId, key, QStringLiteral("value"), population.citation);
        }
        insertIndicators(id, region.indicators);
    }
    for (const Region &region : dataset.regions) {
        if (region.parentKey.isEmpty())
            continue;
        statement(QStringLiteral("UPDATE region SET parent_id = ? WHERE id = ?"))
            .bind(idOf(region.parentKey, QStringLiteral("region")))
            .bind(idOf(region.key, QStringLiteral("region")))
            .exec();
    }

    ordinal = SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM organisation")).toInt();
    for (const Organisation &organisation : dataset.organisations) {
        const qint64 id = addEntity(QStringLiteral("organisation"), organisation.key);
        SqlQuery &query = statement(QStringLiteral("INSERT INTO organisation (id, ordinal, kind, country, region_id) "
                                                   "VALUES (?, ?, ?, ?, ?)"));
        query.bind(id).bind(ordinal++).bind(organisation.kind).bind(organisation.country);
        const qint64 regionId = idOrNull(organisation.regionKey, QStringLiteral("region"));
        query.bind(regionId ? QVariant(regionId) : QVariant(QMetaType::fromType<qint64>())).exec();
        addText(id, QStringLiteral("name"), organisation.name);
    }

    ordinal = SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM plan")).toInt();
    for (const Plan &plan : dataset.plans)
        insertPlan(plan, ordinal++);

    ordinal = SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM event")).toInt();
    for (const Event &event : dataset.events) {
        const qint64 id = addEntity(QStringLiteral("event"), event.key);
        SqlQuery &query = statement(QStringLiteral("INSERT INTO event (id, ordinal, region_id, plan_id, kind, date, "
                                                   "precision) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.bind(id).bind(ordinal++).bind(idOf(event.regionKey, QStringLiteral("region")));
        const qint64 planId = idOrNull(event.planKey, QStringLiteral("plan"));
        query.bind(planId ? QVariant(planId) : QVariant(QMetaType::fromType<qint64>()));
        query.bind(event.kind).bind(event.date.date.toIsoString());
        query.bind(datePrecisionName(event.date.date.precision())).exec();
        addText(id, QStringLiteral("title"), event.title);
        addText(id, QStringLiteral("description"), event.description);
        addFigure(id, event.key, QStringLiteral("date"), event.date.citation);
    }

    ordinal = SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM participation")).toInt();
    for (const Participation &p : dataset.participations) {
        const qint64 id = addEntity(QStringLiteral("participation"), p.key);
        SqlQuery &query = statement(QStringLiteral("INSERT INTO participation (id, ordinal, organisation_id, "
                                                   "region_id, plan_id, event_id, role) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.bind(id).bind(ordinal++);
        const auto ref = [&](const QString &key, const QString &what) {
            const qint64 refId = idOrNull(key, what);
            return refId ? QVariant(refId) : QVariant(QMetaType::fromType<qint64>());
        };
        query.bind(ref(p.organisationKey, QStringLiteral("organisation")));
        query.bind(ref(p.regionKey, QStringLiteral("region")));
        query.bind(ref(p.planKey, QStringLiteral("plan")));
        query.bind(ref(p.eventKey, QStringLiteral("event")));
        query.bind(p.role).exec();
        addText(id, QStringLiteral("description"), p.description);
        addCitations(id, p.quoteKeys);
    }
}

void DatasetStore::insertPlan(const Plan &plan, int ordinal)
{
    const qint64 id = addEntity(QStringLiteral("plan"), plan.key);
    SqlQuery &query =
        statement(QStringLiteral("INSERT INTO plan (id, ordinal, region_id, announced, announced_precision, "
                                 "period_from, period_to, headline_budget, headline_original_amount, "
                                 "headline_original_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bind(id).bind(ordinal).bind(idOf(plan.regionKey, QStringLiteral("region")));
    query.bind(plan.announced ? QVariant(plan.announced->date.toIsoString())
                              : QVariant(QMetaType::fromType<QString>()));
    query.bind(plan.announced ? QVariant(datePrecisionName(plan.announced->date.precision()))
                              : QVariant(QMetaType::fromType<QString>()));
    query.bind(plan.period ? QVariant(plan.period->from) : QVariant(QMetaType::fromType<int>()));
    query.bind(plan.period ? QVariant(plan.period->to) : QVariant(QMetaType::fromType<int>()));
    const bool hasBudget = plan.headlineBudget.has_value();
    const bool hasOriginal = hasBudget && plan.headlineBudget->original.has_value();
    query.bind(hasBudget ? QVariant(plan.headlineBudget->won) : QVariant(QMetaType::fromType<qint64>()));
    query.bind(hasOriginal ? QVariant(plan.headlineBudget->original->amount)
                           : QVariant(QMetaType::fromType<QString>()));
    query.bind(hasOriginal ? QVariant(plan.headlineBudget->original->currency)
                           : QVariant(QMetaType::fromType<QString>()));
    query.exec();
    addText(id, QStringLiteral("title"), plan.title);
    addText(id, QStringLiteral("vision"), plan.vision);
    addText(id, QStringLiteral("summary"), plan.summary);
    if (plan.announced)
        addFigure(id, plan.key, QStringLiteral("announced"), plan.announced->citation);
    if (plan.period)
        addFigure(id, plan.key, QStringLiteral("period"), plan.period->citation);
    if (plan.headlineBudget)
        addFigure(id, plan.key, QStringLiteral("headlineBudget"), plan.headlineBudget->citation);

    int themeOrdinal = 0;
    for (const QString &themeKey : plan.themeKeys) {
        statement(QStringLiteral("INSERT INTO plan_theme (plan_id, theme_id, ordinal) VALUES (?, ?, ?)"))
            .bind(id)
            .bind(idOf(themeKey, QStringLiteral("theme")))
            .bind(themeOrdinal++)
            .exec();
    }

    int countOrdinal = 0;
    for (const StatedCount &count : plan.statedCounts) {
        const QString key = QStringLiteral("%1#count.%2").arg(plan.key, count.kind);
        const qint64 countId = addEntity(QStringLiteral("stated_count"), key);
        statement(QStringLiteral("INSERT INTO stated_count (id, plan_id, ordinal, kind, count) VALUES (?, ?, ?, ?, ?)"))
            .bind(countId)
            .bind(id)
            .bind(countOrdinal++)
            .bind(count.kind)
            .bind(count.count)
            .exec();
        addFigure(countId, key, QStringLiteral("count"), count.citation);
    }

    insertElements(plan.elements, id, 0);

    int lineOrdinal = 0;
    for (const BudgetLine &line : plan.budgetLines) {
        const qint64 lineId = addEntity(QStringLiteral("budget_line"), line.key);
        SqlQuery &q = statement(QStringLiteral("INSERT INTO budget_line (id, plan_id, element_id, ordinal, amount, "
                                               "original_amount, original_currency, from_year, to_year, funding, kind) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(lineId).bind(id);
        const qint64 elementId = idOrNull(line.elementKey, QStringLiteral("element"));
        q.bind(elementId ? QVariant(elementId) : QVariant(QMetaType::fromType<qint64>()));
        q.bind(lineOrdinal++).bind(line.amount.won);
        q.bind(line.amount.original ? QVariant(line.amount.original->amount)
                                    : QVariant(QMetaType::fromType<QString>()));
        q.bind(line.amount.original ? QVariant(line.amount.original->currency)
                                    : QVariant(QMetaType::fromType<QString>()));
        q.bind(nullable(line.fromYear)).bind(nullable(line.toYear)).bind(line.funding).bind(line.kind).exec();
        addText(lineId, QStringLiteral("label"), line.label);
        addFigure(lineId, line.key, QStringLiteral("amount"), line.amount.citation);
    }

    int targetOrdinal = 0;
    for (const Target &target : plan.targets) {
        const qint64 targetId = addEntity(QStringLiteral("target"), target.key);
        SqlQuery &q = statement(QStringLiteral("INSERT INTO target (id, plan_id, ordinal, unit, has_baseline, "
                                               "baseline_value, baseline_year, target_value, target_year) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(targetId).bind(id).bind(targetOrdinal++).bind(target.unit).bind(target.baseline ? 1 : 0);
        q.bind(target.baseline ? QVariant(target.baseline->value) : QVariant(QMetaType::fromType<QString>()));
        q.bind(target.baseline ? nullable(target.baseline->year) : QVariant(QMetaType::fromType<int>()));
        q.bind(target.target.value).bind(nullable(target.target.year)).exec();
        addText(targetId, QStringLiteral("metric"), target.metric);
        if (target.baseline)
            addFigure(targetId, target.key, QStringLiteral("baseline"), target.baseline->citation);
        addFigure(targetId, target.key, QStringLiteral("target"), target.target.citation);
    }
    insertIndicators(id, plan.indicators);
}

void DatasetStore::insertIndicators(qint64 ownerId, const QVector<Indicator> &indicators)
{
    int ordinal = 0;
    for (const Indicator &indicator : indicators) {
        const qint64 id = addEntity(QStringLiteral("indicator"), indicator.key);
        SqlQuery &q = statement(QStringLiteral("INSERT INTO indicator (id, owner_id, ordinal, unit, value, year) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"));
        q.bind(id).bind(ownerId).bind(ordinal++).bind(indicator.unit).bind(indicator.value.value);
        q.bind(nullable(indicator.value.year)).exec();
        addText(id, QStringLiteral("metric"), indicator.metric);
        addFigure(id, indicator.key, QStringLiteral("value"), indicator.value.citation);
    }
}

void DatasetStore::insertElements(const QVector<Element> &elements, qint64 planId, qint64 parentId)
{
    int ordinal = 0;
    for (const Element &element : elements) {
        const qint64 id = addEntity(QStringLiteral("element"), element.key);
        SqlQuery &q = statement(
            QStringLiteral("INSERT INTO element (id, plan_id, parent_id, ordinal, kind) VALUES (?, ?, ?, ?, ?)"));
        q.bind(id).bind(planId).bind(parentId ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>()));
        q.bind(ordinal++).bind(element.kind).exec();
        addText(id, QStringLiteral("name"), element.name);
        addText(id, QStringLiteral("description"), element.description);
        addCitations(id, element.quoteKeys);
        insertElements(element.children, planId, id);
    }
}

} // namespace innoatlas
