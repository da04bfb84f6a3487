#include "query/EntityDetailQuery.h"

#include "query/EvidenceQuery.h"
#include "query/QueryText.h"
#include "store/SqlQuery.h"

namespace innoatlas {

using namespace QueryText;

struct EntityDetailQuery::Context
{
    qint64 id = 0;
    EntityDetail detail;
    QHash<QString, LocalizedText> texts;
    QHash<QString, FigureEvidence> figures;

    /** Adds a text field; an optional one only when at least one language has it. */
    void text(const QString &field, bool always = false)
    {
        const LocalizedText value = texts.value(field);
        if (value.isEmpty() && !always)
            return;
        DetailField f;
        f.name = field;
        f.type = DetailValueType::Text;
        f.text = value;
        detail.fields.append(f);
    }

    DetailField &add(const QString &name, DetailValueType type)
    {
        DetailField f;
        f.name = name;
        f.type = type;
        detail.fields.append(f);
        return detail.fields.last();
    }

    DetailField &term(const QString &name, const QString &list, const QString &code)
    {
        DetailField &f = add(name, DetailValueType::Term);
        f.termList = list;
        f.value = code;
        return f;
    }

    /** Attaches the evidence of the figure @p figure to the last field added. */
    void evidence(const QString &figure)
    {
        const auto it = figures.constFind(figure);
        if (it != figures.constEnd())
            detail.fields.last().evidence = *it;
    }
};

EntityDetailQuery::EntityDetailQuery(QSqlDatabase database) : m_database(std::move(database)) {}

DetailField EntityDetailQuery::reference(const QString &name, const QVariant &id) const
{
    DetailField field;
    field.name = name;
    field.type = DetailValueType::Reference;
    if (id.isNull())
        return field;
    // The field that names an entity depends on its kind.
    SqlQuery query(m_database,
                   QStringLiteral("SELECT e.key, e.kind, ") + textColumns(QStringLiteral("nm")) +
                       QStringLiteral(" FROM entity e LEFT JOIN localized_text nm_k ON nm_k.entity_id = e.id AND "
                                      "nm_k.lang = 'ko' AND nm_k.field = CASE e.kind WHEN 'plan' THEN 'title' "
                                      "WHEN 'event' THEN 'title' WHEN 'budget_line' THEN 'label' WHEN 'target' THEN "
                                      "'metric' WHEN 'indicator' THEN 'metric' WHEN 'source' THEN 'title' "
                                      "ELSE 'name' END "
                                      "LEFT JOIN localized_text nm_e ON nm_e.entity_id = e.id AND nm_e.lang = 'en' "
                                      "AND nm_e.field = nm_k.field WHERE e.id = ?"));
    query.bind(id).exec();
    if (query.next()) {
        field.referenceKey = query.value(0).toString();
        field.referenceKind = query.value(1).toString();
        field.text = readText(query, 2);
    }
    return field;
}

EntityDetail EntityDetailQuery::query(const QString &key) const
{
    Context c;
    {
        SqlQuery entity(m_database, QStringLiteral("SELECT id, kind FROM entity WHERE key = ?"));
        entity.bind(key).exec();
        if (!entity.next())
            return {};
        c.id = entity.value(0).toLongLong();
        c.detail.key = key;
        c.detail.kind = entity.value(1).toString();
    }
    c.texts = entityTexts(m_database, c.id);
    const EvidenceQuery evidence(m_database);
    c.figures = evidence.figures(c.id);
    c.detail.citations = evidence.citations(c.id);

    const QString &kind = c.detail.kind;
    if (kind == QLatin1String("region"))
        readRegion(c);
    else if (kind == QLatin1String("plan"))
        readPlan(c);
    else if (kind == QLatin1String("element"))
        readElement(c);
    else if (kind == QLatin1String("budget_line"))
        readBudgetLine(c);
    else if (kind == QLatin1String("target"))
        readTarget(c);
    else if (kind == QLatin1String("indicator"))
        readIndicator(c);
    else if (kind == QLatin1String("event"))
        readEvent(c);
    else if (kind == QLatin1String("participation"))
        readParticipation(c);
    else if (kind == QLatin1String("organisation"))
        readOrganisation(c);
    else if (kind == QLatin1String("theme"))
        readTheme(c);
    else if (kind == QLatin1String("source"))
        readSource(c);
    else if (kind == QLatin1String("quote"))
        readQuote(c);
    else if (kind == QLatin1String("stated_count"))
        readStatedCount(c);
    return c.detail;
}

void EntityDetailQuery::readRegion(Context &c) const
{
    c.detail.regionKey = c.detail.key;
    c.detail.heading = c.texts.value(QStringLiteral("name"));
    c.text(QStringLiteral("name"), true);
    SqlQuery region(m_database, QStringLiteral("SELECT level, code, country, parent_id FROM region WHERE id = ?"));
    region.bind(c.id).exec();
    if (!region.next())
        return;
    c.term(QStringLiteral("level"), QStringLiteral("regionLevel"), region.value(0).toString());
    if (!region.value(1).isNull())
        c.add(QStringLiteral("code"), DetailValueType::Code).value = region.value(1).toString();
    c.add(QStringLiteral("country"), DetailValueType::Code).value = region.value(2).toString();
    if (!region.value(3).isNull())
        c.detail.fields.append(reference(QStringLiteral("parent"), region.value(3)));

    SqlQuery population(m_database,
                        QStringLiteral("SELECT id, year, value FROM population WHERE region_id = ? ORDER BY year"));
    population.bind(c.id).exec();
    const EvidenceQuery evidence(m_database);
    while (population.next()) {
        DetailField &f = c.add(QStringLiteral("population"), DetailValueType::Number);
        f.year = population.value(1).toInt();
        f.value = population.value(2).toString();
        const auto figures = evidence.figures(population.value(0).toLongLong());
        if (figures.contains(QStringLiteral("value")))
            f.evidence = figures.value(QStringLiteral("value"));
    }
}

void EntityDetailQuery::readPlan(Context &c) const
{
    c.detail.planKey = c.detail.key;
    c.detail.heading = c.texts.value(QStringLiteral("title"));
    SqlQuery plan(m_database, QStringLiteral("SELECT p.region_id, re.key, p.announced, p.announced_precision, "
                                             "p.period_from, p.period_to, p.headline_budget, "
                                             "p.headline_original_amount, p.headline_original_currency "
                                             "FROM plan p JOIN entity re ON re.id = p.region_id WHERE p.id = ?"));
    plan.bind(c.id).exec();
    if (!plan.next())
        return;
    c.detail.regionKey = plan.value(1).toString();
    c.text(QStringLiteral("title"), true);
    c.detail.fields.append(reference(QStringLiteral("region"), plan.value(0)));
    SqlQuery themes(m_database, QStringLiteral("SELECT theme_id FROM plan_theme WHERE plan_id = ? ORDER BY ordinal"));
    themes.bind(c.id).exec();
    while (themes.next())
        c.detail.fields.append(reference(QStringLiteral("theme"), themes.value(0)));
    c.text(QStringLiteral("vision"));
    c.text(QStringLiteral("summary"));
    const PartialDate announced = readDate(plan.value(2), plan.value(3));
    if (announced.isValid()) {
        c.add(QStringLiteral("announced"), DetailValueType::Date).date = announced;
        c.evidence(QStringLiteral("announced"));
    }
    if (!plan.value(4).isNull()) {
        DetailField &f = c.add(QStringLiteral("period"), DetailValueType::Period);
        f.from = plan.value(4).toInt();
        f.to = plan.value(5).toInt();
        c.evidence(QStringLiteral("period"));
    }
    if (!plan.value(6).isNull()) {
        DetailField &f = c.add(QStringLiteral("headlineBudget"), DetailValueType::Money);
        f.won = plan.value(6).toLongLong();
        if (!plan.value(7).isNull())
            f.original = OriginalAmount{plan.value(7).toString(), plan.value(8).toString()};
        c.evidence(QStringLiteral("headlineBudget"));
    }
    SqlQuery counts(m_database,
                    QStringLiteral("SELECT id, kind, count FROM stated_count WHERE plan_id = ? ORDER BY ordinal"));
    counts.bind(c.id).exec();
    const EvidenceQuery evidence(m_database);
    while (counts.next()) {
        DetailField &f = c.add(QStringLiteral("statedCount"), DetailValueType::Number);
        f.qualifier = counts.value(1).toString();
        f.termList = QStringLiteral("elementKind");
        f.value = counts.value(2).toString();
        const auto figures = evidence.figures(counts.value(0).toLongLong());
        if (figures.contains(QStringLiteral("count")))
            f.evidence = figures.value(QStringLiteral("count"));
    }
}

void EntityDetailQuery::readElement(Context &c) const
{
    c.detail.heading = c.texts.value(QStringLiteral("name"));
    SqlQuery element(m_database, QStringLiteral("SELECT el.kind, el.plan_id, el.parent_id, pe.key, re.key "
                                                "FROM element el JOIN entity pe ON pe.id = el.plan_id "
                                                "JOIN plan p ON p.id = el.plan_id JOIN entity re ON re.id = "
                                                "p.region_id WHERE el.id = ?"));
    element.bind(c.id).exec();
    if (!element.next())
        return;
    c.detail.planKey = element.value(3).toString();
    c.detail.regionKey = element.value(4).toString();
    c.text(QStringLiteral("name"), true);
    c.text(QStringLiteral("description"));
    c.term(QStringLiteral("kind"), QStringLiteral("elementKind"), element.value(0).toString());
    c.detail.fields.append(reference(QStringLiteral("plan"), element.value(1)));
    if (!element.value(2).isNull())
        c.detail.fields.append(reference(QStringLiteral("parent"), element.value(2)));
}

void EntityDetailQuery::readBudgetLine(Context &c) const
{
    c.detail.heading = c.texts.value(QStringLiteral("label"));
    SqlQuery line(m_database, QStringLiteral("SELECT b.plan_id, b.element_id, b.amount, b.original_amount, "
                                             "b.original_currency, b.from_year, b.to_year, b.funding, b.kind, "
                                             "pe.key, re.key FROM budget_line b JOIN entity pe ON pe.id = b.plan_id "
                                             "JOIN plan p ON p.id = b.plan_id JOIN entity re ON re.id = p.region_id "
                                             "WHERE b.id = ?"));
    line.bind(c.id).exec();
    if (!line.next())
        return;
    c.detail.planKey = line.value(9).toString();
    c.detail.regionKey = line.value(10).toString();
    c.text(QStringLiteral("label"), true);
    DetailField &amount = c.add(QStringLiteral("amount"), DetailValueType::Money);
    amount.won = line.value(2).toLongLong();
    if (!line.value(3).isNull())
        amount.original = OriginalAmount{line.value(3).toString(), line.value(4).toString()};
    c.evidence(QStringLiteral("amount"));
    if (!line.value(5).isNull()) {
        DetailField &years = c.add(QStringLiteral("years"), DetailValueType::Period);
        years.from = line.value(5).toInt();
        years.to = line.value(6).toInt();
    }
    c.term(QStringLiteral("funding"), QStringLiteral("funding"), line.value(7).toString());
    c.term(QStringLiteral("budgetKind"), QStringLiteral("budgetKind"), line.value(8).toString());
    c.detail.fields.append(reference(QStringLiteral("plan"), line.value(0)));
    if (!line.value(1).isNull())
        c.detail.fields.append(reference(QStringLiteral("element"), line.value(1)));
}

void EntityDetailQuery::readTarget(Context &c) const
{
    c.detail.heading = c.texts.value(QStringLiteral("metric"));
    SqlQuery target(m_database, QStringLiteral("SELECT t.plan_id, t.unit, t.has_baseline, t.baseline_value, "
                                               "t.baseline_year, t.target_value, t.target_year, pe.key, re.key "
                                               "FROM target t JOIN entity pe ON pe.id = t.plan_id "
                                               "JOIN plan p ON p.id = t.plan_id JOIN entity re ON re.id = "
                                               "p.region_id WHERE t.id = ?"));
    target.bind(c.id).exec();
    if (!target.next())
        return;
    c.detail.planKey = target.value(7).toString();
    c.detail.regionKey = target.value(8).toString();
    c.text(QStringLiteral("metric"), true);
    const QString unit = target.value(1).toString();
    c.term(QStringLiteral("unit"), QStringLiteral("unit"), unit);
    if (target.value(2).toInt() == 1) {
        DetailField &baseline = c.add(QStringLiteral("baseline"), DetailValueType::Decimal);
        baseline.value = target.value(3).toString();
        baseline.year = optionalInt(target.value(4));
        baseline.qualifier = unit;
        c.evidence(QStringLiteral("baseline"));
    }
    DetailField &goal = c.add(QStringLiteral("target"), DetailValueType::Decimal);
    goal.value = target.value(5).toString();
    goal.year = optionalInt(target.value(6));
    goal.qualifier = unit;
    c.evidence(QStringLiteral("target"));
    c.detail.fields.append(reference(QStringLiteral("plan"), target.value(0)));
}

void EntityDetailQuery::readIndicator(Context &c) const
{
    // An indicator belongs to a plan or to a region; either way it is placed in its region.
    SqlQuery indicator(
        m_database, QStringLiteral("SELECT i.owner_id, i.unit, i.value, i.year, oe.kind, oe.key, "
                                   "CASE oe.kind WHEN 'plan' THEN re.key ELSE oe.key END "
                                   "FROM indicator i JOIN entity oe ON oe.id = i.owner_id "
                                   "LEFT JOIN plan p ON p.id = i.owner_id LEFT JOIN entity re ON re.id = p.region_id "
                                   "WHERE i.id = ?"));
    indicator.bind(c.id).exec();
    if (!indicator.next())
        return;
    if (indicator.value(4).toString() == QLatin1String("plan"))
        c.detail.planKey = indicator.value(5).toString();
    c.detail.regionKey = indicator.value(6).toString();
    c.text(QStringLiteral("metric"), true);
    const QString unit = indicator.value(1).toString();
    c.term(QStringLiteral("unit"), QStringLiteral("unit"), unit);
    DetailField &value = c.add(QStringLiteral("value"), DetailValueType::Decimal);
    value.value = indicator.value(2).toString();
    value.year = optionalInt(indicator.value(3));
    value.qualifier = unit;
    c.evidence(QStringLiteral("value"));
    c.detail.fields.append(reference(indicator.value(4).toString(), indicator.value(0)));
}

void EntityDetailQuery::readEvent(Context &c) const
{
    c.detail.heading = c.texts.value(QStringLiteral("title"));
    SqlQuery event(m_database, QStringLiteral("SELECT v.region_id, v.plan_id, v.kind, v.date, v.precision, re.key, "
                                              "pe.key FROM event v JOIN entity re ON re.id = v.region_id "
                                              "LEFT JOIN entity pe ON pe.id = v.plan_id WHERE v.id = ?"));
    event.bind(c.id).exec();
    if (!event.next())
        return;
    c.detail.regionKey = event.value(5).toString();
    c.detail.planKey = event.value(6).toString();
    c.text(QStringLiteral("title"), true);
    c.text(QStringLiteral("description"));
    c.add(QStringLiteral("date"), DetailValueType::Date).date = readDate(event.value(3), event.value(4));
    c.evidence(QStringLiteral("date"));
    c.term(QStringLiteral("eventKind"), QStringLiteral("eventKind"), event.value(2).toString());
    c.detail.fields.append(reference(QStringLiteral("region"), event.value(0)));
    if (!event.value(1).isNull())
        c.detail.fields.append(reference(QStringLiteral("plan"), event.value(1)));
}

void EntityDetailQuery::readParticipation(Context &c) const
{
    SqlQuery row(m_database,
                 QStringLiteral("SELECT pt.organisation_id, pt.region_id, pt.plan_id, pt.event_id, pt.role, "
                                "COALESCE(pe.key, vpe.key), COALESCE(pre.key, vre.key) FROM participation pt "
                                "LEFT JOIN plan p ON p.id = pt.plan_id LEFT JOIN entity pe ON pe.id = p.id "
                                "LEFT JOIN entity pre ON pre.id = p.region_id LEFT JOIN event v ON v.id = pt.event_id "
                                "LEFT JOIN entity vpe ON vpe.id = v.plan_id LEFT JOIN entity vre ON vre.id = "
                                "v.region_id WHERE pt.id = ?"));
    row.bind(c.id).exec();
    if (!row.next())
        return;
    c.detail.planKey = row.value(5).toString();
    c.detail.regionKey = row.value(6).toString();
    const DetailField participant =
        reference(QStringLiteral("participant"), row.value(0).isNull() ? row.value(1) : row.value(0));
    c.detail.heading = participant.text;
    c.detail.fields.append(participant);
    c.term(QStringLiteral("role"), QStringLiteral("role"), row.value(4).toString());
    if (!row.value(2).isNull())
        c.detail.fields.append(reference(QStringLiteral("plan"), row.value(2)));
    if (!row.value(3).isNull())
        c.detail.fields.append(reference(QStringLiteral("event"), row.value(3)));
    c.text(QStringLiteral("description"));
}

void EntityDetailQuery::readOrganisation(Context &c) const
{
    c.detail.heading = c.texts.value(QStringLiteral("name"));
    c.text(QStringLiteral("name"), true);
    SqlQuery org(m_database, QStringLiteral("SELECT o.kind, o.country, o.region_id, re.key FROM organisation o "
                                            "LEFT JOIN entity re ON re.id = o.region_id WHERE o.id = ?"));
    org.bind(c.id).exec();
    if (!org.next())
        return;
    c.detail.regionKey = org.value(3).toString();
    c.term(QStringLiteral("organisationKind"), QStringLiteral("organisationKind"), org.value(0).toString());
    c.add(QStringLiteral("country"), DetailValueType::Code).value = org.value(1).toString();
    if (!org.value(2).isNull())
        c.detail.fields.append(reference(QStringLiteral("region"), org.value(2)));
}

void EntityDetailQuery::readTheme(Context &c) const
{
    c.detail.heading = c.texts.value(QStringLiteral("name"));
    c.text(QStringLiteral("name"), true);
    SqlQuery plans(m_database, QStringLiteral("SELECT pt.plan_id FROM plan_theme pt JOIN plan p ON p.id = pt.plan_id "
                                              "WHERE pt.theme_id = ? ORDER BY p.ordinal"));
    plans.bind(c.id).exec();
    while (plans.next())
        c.detail.fields.append(reference(QStringLiteral("plan"), plans.value(0)));
}

void EntityDetailQuery::readSource(Context &c) const
{
    c.detail.heading = c.texts.value(QStringLiteral("title"));
    c.text(QStringLiteral("title"), true);
    c.text(QStringLiteral("publisher"), true);
    SqlQuery source(m_database, QStringLiteral("SELECT kind, published, published_precision, language, seed_file, "
                                               "url, (SELECT count(*) FROM quote q WHERE q.source_id = s.id) "
                                               "FROM source s WHERE id = ?"));
    source.bind(c.id).exec();
    if (!source.next())
        return;
    c.term(QStringLiteral("sourceKind"), QStringLiteral("sourceKind"), source.value(0).toString());
    const PartialDate published = readDate(source.value(1), source.value(2));
    if (published.isValid())
        c.add(QStringLiteral("published"), DetailValueType::Date).date = published;
    c.term(QStringLiteral("language"), QStringLiteral("language"), source.value(3).toString());
    if (!source.value(4).toString().isEmpty())
        c.add(QStringLiteral("seedFile"), DetailValueType::Code).value = source.value(4).toString();
    if (!source.value(5).toString().isEmpty())
        c.add(QStringLiteral("url"), DetailValueType::Code).value = source.value(5).toString();
    c.add(QStringLiteral("quoteCount"), DetailValueType::Number).value = source.value(6).toString();
}

void EntityDetailQuery::readQuote(Context &c) const
{
    const Evidence quote = EvidenceQuery(m_database).quote(c.id);
    DetailField &text = c.add(QStringLiteral("quote"), DetailValueType::Verbatim);
    text.value = quote.quote;
    text.language = quote.sourceLanguage;
    c.text(QStringLiteral("translation"));
    SqlQuery source(m_database, QStringLiteral("SELECT source_id FROM quote WHERE id = ?"));
    source.bind(c.id).exec();
    if (source.next())
        c.detail.fields.append(reference(QStringLiteral("source"), source.value(0)));
    c.detail.heading = quote.sourceTitle;
    c.detail.citations = {quote};
}

void EntityDetailQuery::readStatedCount(Context &c) const
{
    SqlQuery count(m_database, QStringLiteral("SELECT sc.plan_id, sc.kind, sc.count, pe.key, re.key "
                                              "FROM stated_count sc JOIN entity pe ON pe.id = sc.plan_id "
                                              "JOIN plan p ON p.id = sc.plan_id JOIN entity re ON re.id = "
                                              "p.region_id WHERE sc.id = ?"));
    count.bind(c.id).exec();
    if (!count.next())
        return;
    c.detail.planKey = count.value(3).toString();
    c.detail.regionKey = count.value(4).toString();
    DetailField &f = c.add(QStringLiteral("statedCount"), DetailValueType::Number);
    f.qualifier = count.value(1).toString();
    f.termList = QStringLiteral("elementKind");
    f.value = count.value(2).toString();
    c.evidence(QStringLiteral("count"));
    c.detail.fields.append(reference(QStringLiteral("plan"), count.value(0)));
}

} // namespace innoatlas
