#include "editing/EntityKinds.h"

#include "model/Vocabulary.h"

namespace innoatlas {

namespace {
ColumnSpec text(const QString &name, bool required = false)
{
    return ColumnSpec{name, ColumnType::Text, required, {}, {}, {}};
}

ColumnSpec choice(const QString &name, const QStringList &choices)
{
    return ColumnSpec{name, ColumnType::Choice, true, choices, {}, {}};
}

ColumnSpec typed(const QString &name, ColumnType type, bool required = false)
{
    return ColumnSpec{name, type, required, {}, {}, {}};
}

ColumnSpec reference(const QString &name, const QStringList &kinds, bool required)
{
    return ColumnSpec{name, ColumnType::Reference, required, {}, kinds, {}};
}

ColumnSpec date(const QString &name, const QString &precisionColumn, bool required)
{
    return ColumnSpec{name, ColumnType::Date, required, {}, {}, precisionColumn};
}

QVector<KindSpec> makeKinds()
{
    using V = QStringList;
    const V region{QStringLiteral("region")};
    const V plan{QStringLiteral("plan")};
    const QString planId = QStringLiteral("plan_id");
    const auto S = [](const char *s) { return QString::fromLatin1(s); };
    QVector<KindSpec> kinds;
    kinds.append({S("region"),
                  {text(S("code")), choice(S("level"), Vocabulary::regionLevels()), text(S("country"), true),
                   reference(S("parent_id"), region, false)},
                  {S("name")},
                  {S("name")},
                  {LinkKind::Citations},
                  {}});
    kinds.append({S("plan"),
                  {reference(S("region_id"), region, true), date(S("announced"), S("announced_precision"), false),
                   typed(S("period_from"), ColumnType::Year), typed(S("period_to"), ColumnType::Year),
                   typed(S("headline_budget"), ColumnType::Money)},
                  {S("title"), S("vision"), S("summary")},
                  {S("title")},
                  {LinkKind::PlanThemes, LinkKind::Citations},
                  {}});
    kinds.append({S("element"),
                  {reference(planId, plan, true), reference(S("parent_id"), {S("element")}, false),
                   choice(S("kind"), Vocabulary::elementKinds())},
                  {S("name"), S("description")},
                  {S("name")},
                  {LinkKind::Citations},
                  planId});
    kinds.append({S("budget_line"),
                  {reference(planId, plan, true), reference(S("element_id"), {S("element")}, false),
                   typed(S("amount"), ColumnType::Money, true), typed(S("from_year"), ColumnType::Year),
                   typed(S("to_year"), ColumnType::Year), choice(S("funding"), Vocabulary::fundingSources()),
                   choice(S("kind"), Vocabulary::budgetKinds())},
                  {S("label")},
                  {S("label")},
                  {LinkKind::Citations},
                  planId});
    kinds.append({S("target"),
                  {reference(planId, plan, true), choice(S("unit"), Vocabulary::targetUnits()),
                   text(S("baseline_value")), typed(S("baseline_year"), ColumnType::Year),
                   text(S("target_value"), true), typed(S("target_year"), ColumnType::Year)},
                  {S("metric")},
                  {S("metric")},
                  {LinkKind::Citations},
                  planId});
    kinds.append(
        {S("indicator"),
         {reference(S("owner_id"), {S("plan"), S("region")}, true), choice(S("unit"), Vocabulary::targetUnits()),
          text(S("value"), true), typed(S("year"), ColumnType::Year)},
         {S("metric")},
         {S("metric")},
         {LinkKind::Citations},
         S("owner_id")});
    kinds.append({S("stated_count"),
                  {reference(planId, plan, true), choice(S("kind"), Vocabulary::elementKinds()),
                   typed(S("count"), ColumnType::Integer, true)},
                  {},
                  {},
                  {LinkKind::Citations},
                  planId});
    kinds.append({S("event"),
                  {reference(S("region_id"), region, true), reference(planId, plan, false),
                   choice(S("kind"), Vocabulary::eventKinds()), date(S("date"), S("precision"), true)},
                  {S("title"), S("description")},
                  {S("title")},
                  {LinkKind::Citations},
                  {}});
    kinds.append({S("organisation"),
                  {choice(S("kind"), Vocabulary::organisationKinds()), text(S("country"), true),
                   reference(S("region_id"), region, false)},
                  {S("name")},
                  {S("name")},
                  {LinkKind::Citations},
                  {}});
    kinds.append({S("participation"),
                  {reference(S("organisation_id"), {S("organisation")}, false),
                   reference(S("region_id"), region, false), reference(planId, plan, false),
                   reference(S("event_id"), {S("event")}, false), choice(S("role"), Vocabulary::participationRoles())},
                  {S("description")},
                  {},
                  {LinkKind::Citations},
                  {}});
    kinds.append({S("population"),
                  {reference(S("region_id"), region, true), typed(S("year"), ColumnType::Year, true),
                   typed(S("value"), ColumnType::Integer, true)},
                  {},
                  {},
                  {},
                  S("region_id")});
    kinds.append({S("theme"), {}, {S("name")}, {S("name")}, {}, {}});
    kinds.append({S("source"),
                  {choice(S("kind"), Vocabulary::sourceKinds()), date(S("published"), S("published_precision"), false),
                   choice(S("language"), Vocabulary::languages()), text(S("url"))},
                  {S("title"), S("publisher")},
                  {S("title")},
                  {},
                  {}});
    kinds.append({S("quote"),
                  {reference(S("source_id"), {S("source")}, true), text(S("text"), true)},
                  {S("translation")},
                  {},
                  {},
                  S("source_id")});
    kinds.append({S("figure"),
                  {reference(S("owner_id"), {}, true), text(S("field"), true), text(S("printed"))},
                  {S("note")},
                  {},
                  {LinkKind::FigureQuotes},
                  {}});
    return kinds;
}
} // namespace

const QVector<KindSpec> &EntityKinds::all()
{
    static const QVector<KindSpec> kinds = makeKinds();
    return kinds;
}

const KindSpec *EntityKinds::find(const QString &kind)
{
    for (const KindSpec &spec : all()) {
        if (spec.kind == kind)
            return &spec;
    }
    return nullptr;
}

} // namespace innoatlas
