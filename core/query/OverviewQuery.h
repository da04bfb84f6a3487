#pragma once

#include "query/Overview.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * Reads what the central overview shows: a plan's budget, counts, money by funding source,
 * targets, participants and events; or a region's or theme's plans, money and events.
 * Every method returns an invalid value for a key that names no such entity and throws
 * StoreError when the database fails.
 */
class OverviewQuery
{
public:
    explicit OverviewQuery(QSqlDatabase database);

    /**
     * Reads at most @p limit budget lines of an overview, the first in their order (by funding
     * source, then plan and line order); budgetLineTotal still counts them all. Negative: every line.
     */
    void setBudgetLineLimit(qint64 limit) { m_lineLimit = limit; }

    /** Reads at most @p limit plans for all() (planTotal still counts them all). Negative: every plan. */
    void setPlanLimit(qint64 limit) { m_planLimit = limit; }

    /**
     * Whether all() counts every budget line beyond those it reads (true at first). Counting reads an index of
     * every line, tens of milliseconds at national scale: the window's first screen takes their number from the status
     * bar's counts after its first paint (DatabaseStatistics), and meanwhile shows the lines read.
     */
    void setCountingEveryLine(bool counting) { m_countEveryLine = counting; }

    /** How many budget lines the database holds. Throws StoreError. */
    static qint64 everyLineCount(const QSqlDatabase &database);

    PlanOverview plan(const QString &planKey) const;
    GroupOverview region(const QString &regionKey) const;
    GroupOverview theme(const QString &themeKey) const;
    /** Every plan and budget line of the database (kind "all"), for when nothing is selected. */
    GroupOverview all() const;

private:
    qint64 idOf(const QString &key, const QString &kind) const;
    QVector<OverviewCount> counts(qint64 planId) const;
    /** The ids of the first budget lines (up to the limit) matching @p where, in the overview's order. */
    /** The condition of budgetLines() that holds for every line (its parameter is not read). */
    static constexpr const char *EveryLine = "1 = ?";

    QVector<qint64> firstBudgetLines(const QString &where, qint64 id) const;
    QVector<OverviewBudgetLine> budgetLines(const QString &where, qint64 id, qint64 *total) const;
    QVector<OverviewTarget> targets(qint64 planId) const;
    QVector<OverviewParticipant> participants(qint64 planId) const;
    QVector<OverviewEvent> events(const QString &where, qint64 id) const;

    QSqlDatabase m_database;
    qint64 m_lineLimit = -1;
    qint64 m_planLimit = -1;
    bool m_countEveryLine = true;
};

} // namespace innoatlas
