#include "exporters/DatasetTables.h"

#include <QHash>

namespace innoatlas {

namespace {

QVector<CsvColumn> columns(const QStringList &names, const QStringList &numeric)
{
    QVector<CsvColumn> result;
    for (const QString &name : names)
        result.append({name, numeric.contains(name)});
    return result;
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QStringList DatasetTables::names()
{
    return {QStringLiteral("budget-lines"), QStringLiteral("plans"), QStringLiteral("targets"),
            QStringLiteral("regions")};
}

bool DatasetTables::build(const Dataset &dataset, const QString &name, CsvTable *table)
{
    if (name == u"budget-lines")
        *table = budgetLines(dataset);
    else if (name == u"plans")
        *table = plans(dataset);
    else if (name == u"targets")
        *table = targets(dataset);
    else if (name == u"regions")
        *table = regions(dataset);
    else
        return false;
    return true;
}

CsvTable DatasetTables::budgetLines(const Dataset &dataset)
{
    CsvTable table;
    table.columns =
        columns({QStringLiteral("region_code"), QStringLiteral("region_name_ko"), QStringLiteral("region_name_en"),
                 QStringLiteral("plan_key"), QStringLiteral("plan_title_ko"), QStringLiteral("plan_title_en"),
                 QStringLiteral("line_key"), QStringLiteral("label_ko"), QStringLiteral("label_en"),
                 QStringLiteral("amount_won"), QStringLiteral("original_amount"), QStringLiteral("original_currency"),
                 QStringLiteral("from_year"), QStringLiteral("to_year"), QStringLiteral("funding"),
                 QStringLiteral("kind"), QStringLiteral("quotes"), QStringLiteral("corrected")},
                {QStringLiteral("amount_won"), QStringLiteral("original_amount"), QStringLiteral("from_year"),
                 QStringLiteral("to_year")});
    QHash<QString, const Region *> regions;
    for (const Region &region : dataset.regions)
        regions.insert(region.key, &region);
    for (const Plan &plan : dataset.plans) {
        const Region *region = regions.value(plan.regionKey);
        for (const BudgetLine &line : plan.budgetLines) {
            const MoneyFigure &amount = line.amount;
            table.rows.append(
                {region ? region->code : QString(), region ? region->name.ko : QString(),
                 region ? region->name.en : QString(), plan.key, plan.title.ko, plan.title.en, line.key, line.label.ko,
                 line.label.en, QString::number(amount.won), amount.original ? amount.original->amount : QString(),
                 amount.original ? amount.original->currency : QString(), number(line.fromYear), number(line.toYear),
                 line.funding, line.kind, amount.citation.quoteKeys.join(QLatin1Char(';')),
                 amount.citation.correction ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    return table;
}

CsvTable DatasetTables::plans(const Dataset &dataset)
{
    CsvTable table;
    table.columns =
        columns({QStringLiteral("plan_key"), QStringLiteral("region_key"), QStringLiteral("title_ko"),
                 QStringLiteral("title_en"), QStringLiteral("announced"), QStringLiteral("announced_precision"),
                 QStringLiteral("period_from"), QStringLiteral("period_to"), QStringLiteral("headline_budget_won")},
                {QStringLiteral("period_from"), QStringLiteral("period_to"), QStringLiteral("headline_budget_won")});
    for (const Plan &plan : dataset.plans) {
        table.rows.append({plan.key, plan.regionKey, plan.title.ko, plan.title.en,
                           plan.announced ? plan.announced->date.toIsoString() : QString(),
                           plan.announced ? datePrecisionName(plan.announced->date.precision()) : QString(),
                           plan.period ? QString::number(plan.period->from) : QString(),
                           plan.period ? QString::number(plan.period->to) : QString(),
                           plan.headlineBudget ? QString::number(plan.headlineBudget->won) : QString()});
    }
    return table;
}

CsvTable DatasetTables::targets(const Dataset &dataset)
{
    CsvTable table;
    table.columns =
        columns({QStringLiteral("plan_key"), QStringLiteral("target_key"), QStringLiteral("metric_ko"),
                 QStringLiteral("metric_en"), QStringLiteral("unit"), QStringLiteral("baseline_value"),
                 QStringLiteral("baseline_year"), QStringLiteral("target_value"), QStringLiteral("target_year")},
                {QStringLiteral("baseline_value"), QStringLiteral("baseline_year"), QStringLiteral("target_value"),
                 QStringLiteral("target_year")});
    for (const Plan &plan : dataset.plans) {
        for (const Target &target : plan.targets) {
            table.rows.append({plan.key, target.key, target.metric.ko, target.metric.en, target.unit,
                               target.baseline ? target.baseline->value : QString(),
                               target.baseline ? number(target.baseline->year) : QString(), target.target.value,
                               number(target.target.year)});
        }
    }
    return table;
}

CsvTable DatasetTables::regions(const Dataset &dataset)
{
    CsvTable table;
    table.columns = columns({QStringLiteral("region_key"), QStringLiteral("code"), QStringLiteral("level"),
                             QStringLiteral("parent_key"), QStringLiteral("name_ko"), QStringLiteral("name_en"),
                             QStringLiteral("population"), QStringLiteral("population_year")},
                            {QStringLiteral("population"), QStringLiteral("population_year")});
    for (const Region &region : dataset.regions) {
        const PopulationFigure *latest = nullptr;
        for (const PopulationFigure &figure : region.population) {
            if (!latest || figure.year > latest->year)
                latest = &figure;
        }
        table.rows.append({region.key, region.code, region.level, region.parentKey, region.name.ko, region.name.en,
                           latest ? QString::number(latest->value) : QString(),
                           latest ? QString::number(latest->year) : QString()});
    }
    return table;
}

} // namespace innoatlas
