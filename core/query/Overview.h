#pragma once

#include "model/Figure.h"
#include "query/Evidence.h"
#include "query/PlanSummary.h"

#include <QHash>

#include <optional>

namespace innoatlas {

/** A count the plan states held against the elements of that kind recorded (e.g. 0 of 20 strategies). */
struct OverviewCount
{
    QString key;  ///< the stated count's key; empty when the plan states no count of this kind
    QString kind; ///< element kind
    std::optional<int> stated;
    int recorded = 0;

    bool matches() const { return !stated || *stated == recorded; }
};

struct OverviewBudgetLine
{
    QString key;
    QString planKey;
    LocalizedText planTitle;
    LocalizedText label;
    qint64 won = 0;
    std::optional<OriginalAmount> original;
    std::optional<int> fromYear;
    std::optional<int> toYear;
    QString funding;
    QString kind;
    std::optional<FigureEvidence> evidence;
};

struct OverviewTarget
{
    QString key;
    LocalizedText metric;
    QString unit;
    std::optional<QString> baseline;
    std::optional<int> baselineYear;
    QString target;
    std::optional<int> targetYear;
};

/** An organisation or region taking part in a plan, directly or through one of its events. */
struct OverviewParticipant
{
    QString key;
    QString participantKey;
    QString participantKind; ///< "organisation" or "region"
    QString participantType; ///< the organisation kind or region level
    LocalizedText name;
    QString role;
    LocalizedText eventTitle; ///< when the participation is in an event
};

struct OverviewEvent
{
    QString key;
    LocalizedText title;
    QString kind;
    PartialDate date;
    LocalizedText planTitle;
};

/** What the overview shows for one plan. */
struct PlanOverview
{
    QString key;
    QString regionKey;
    LocalizedText title;
    LocalizedText region;
    LocalizedText vision;
    LocalizedText summary;
    QVector<LocalizedText> themes;
    PartialDate announced;
    std::optional<int> periodFrom;
    std::optional<int> periodTo;
    std::optional<qint64> headlineBudget;
    std::optional<OriginalAmount> headlineOriginal;
    QHash<QString, FigureEvidence> figures; ///< "announced", "period", "headlineBudget"
    QVector<OverviewCount> counts;
    QVector<OverviewBudgetLine> budgetLines; ///< the first ones only, with OverviewQuery::setBudgetLineLimit()
    qint64 budgetLineTotal = 0;              ///< the plan's budget lines, read or not
    QVector<OverviewTarget> targets;
    QVector<OverviewParticipant> participants;
    QVector<OverviewEvent> events;

    bool isValid() const { return !key.isEmpty(); }
};

/** What the overview shows for a region or a theme: its plans, their money and events. */
struct GroupOverview
{
    QString key;
    QString kind; ///< "region" or "theme"
    LocalizedText name;
    QString level; ///< region level
    QString code;  ///< region code
    std::optional<qint64> population;
    std::optional<int> populationYear;
    std::optional<FigureEvidence> populationEvidence;
    QVector<PlanSummaryRow> plans;           ///< of all plans, the first ones only with OverviewQuery::setPlanLimit()
    qint64 planTotal = 0;                    ///< the plans, read or not
    QVector<OverviewBudgetLine> budgetLines; ///< the first ones only, with OverviewQuery::setBudgetLineLimit()
    qint64 budgetLineTotal = 0;              ///< the plans' budget lines, read or not
    /**
     * False when budgetLineTotal counts only the lines read: the overview of all, read with
     * OverviewQuery::setCountingEveryLine(false); DatabaseCounts::budgetLines counts them.
     */
    bool budgetLinesCounted = true;
    QVector<OverviewEvent> events;

    bool isValid() const { return !key.isEmpty(); }
};

} // namespace innoatlas
