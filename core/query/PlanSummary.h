#pragma once

#include "model/LocalizedText.h"
#include "model/PartialDate.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace innoatlas {

/** One plan as the overview lists it: where, what, when, how much. */
struct PlanSummaryRow
{
    QString planKey;
    QString regionKey;
    LocalizedText region;
    LocalizedText title;
    PartialDate announced;
    std::optional<int> periodFrom;
    std::optional<int> periodTo;
    std::optional<qint64> headlineBudget;
};

/** Reads the plan overview (cities, plans, periods, headline budgets) in dataset order. */
class PlanSummary
{
public:
    /**
     * The plans for which @p condition holds (an SQL expression over the plan `p`, its one `?` bound
     * to @p id; empty: every plan), the first @p limit of them (negative: all).
     */
    static QVector<PlanSummaryRow> query(const QSqlDatabase &database, const QString &condition = QString(),
                                         qint64 id = 0, qint64 limit = -1);
};

} // namespace innoatlas
