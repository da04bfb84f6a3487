#pragma once

#include "exporters/CsvTable.h"
#include "model/Dataset.h"

namespace innoatlas {

/**
 * The tables of a Dataset that can be exported as CSV, one row per entity.
 *
 * Headers are English snake_case and stable for scripts; every content text has a _ko and an _en
 * column. Amounts are whole won (exact integers), codes are text, lists of quote keys are joined
 * with ';'. Tables:
 * - budget-lines: region_code, region_name_ko/en, plan_key, plan_title_ko/en, line_key,
 *   label_ko/en, amount_won, original_amount, original_currency, from_year, to_year, funding,
 *   kind, quotes, corrected (yes/no);
 * - plans: plan_key, region_key, title_ko/en, announced, announced_precision, period_from,
 *   period_to, headline_budget_won;
 * - targets: plan_key, target_key, metric_ko/en, unit, baseline_value, baseline_year,
 *   target_value, target_year;
 * - regions: region_key, code, level, parent_key, name_ko/en, population, population_year
 *   (the latest population figure).
 */
class DatasetTables
{
public:
    /** "budget-lines", "plans", "targets", "regions". */
    static QStringList names();
    /** The table @p name of @p dataset; false when the name is unknown. */
    static bool build(const Dataset &dataset, const QString &name, CsvTable *table);

    static CsvTable budgetLines(const Dataset &dataset);
    static CsvTable plans(const Dataset &dataset);
    static CsvTable targets(const Dataset &dataset);
    static CsvTable regions(const Dataset &dataset);
};

} // namespace innoatlas
