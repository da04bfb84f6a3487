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

    PlanOverview plan(const QString &planKey) const;
    GroupOverview region(const QString &regionKey) const;
    GroupOverview theme(const QString &themeKey) const;
    /** Every plan and budget line of the database (kind "all"), for when nothing is selected. */
    GroupOverview all() const;

private:
    qint64 idOf(const QString &key, const QString &kind) const;
    QVector<OverviewCount> counts(qint64 planId) const;
    QVector<OverviewBudgetLine> budgetLines(const QString &where, qint64 id) const;
    QVector<OverviewTarget> targets(qint64 planId) const;
    QVector<OverviewParticipant> participants(qint64 planId) const;
    QVector<OverviewEvent> events(const QString &where, qint64 id) const;

    QSqlDatabase m_database;
};

} // namespace innoatlas
