#pragma once

#include "model/Plan.h"

#include <QSqlDatabase>

#include <vector>

namespace innoatlas {

/**
 * The budget lines of the plans marked in budget_piece_stale, read in one pass (one query over
 * the lines with the sources of their amounts) and handed out plan by plan, as BudgetPieceTable
 * counts them. Each line of a handed-out plan has its id as its key, its kind, funding, years and
 * amount, and as its amount's only "quote key" the keys of the sources it quotes, one per line of
 * text, in quote order without repeats (what budget_piece.sources holds). Kinds, fundings and
 * sources are shared between the lines that have the same ones.
 *
 * Throws StoreError. SQLite databases only.
 */
class StaleBudgetLines
{
public:
    explicit StaleBudgetLines(const QSqlDatabase &database);

    /** How many plans are stale, with lines or without. */
    int planCount() const { return int(m_plans.size()); }

    /** The next stale plan, its lines in list order (none for a plan without lines or deleted); false after the last.
     */
    bool next(qint64 *planId, Plan *plan);

private:
    struct Row
    {
        qint64 planId = 0;
        qint64 lineId = 0;
        qint64 won = 0;
        qint64 ordinal = 0;
        int fromYear = 0;
        int toYear = 0;
        bool hasYears = false;
        int kind = 0;     ///< index into m_texts
        int funding = 0;  ///< index into m_texts
        int sources = -1; ///< index into m_sources, -1 for none
    };

    void read(const QSqlDatabase &database);

    QVector<qint64> m_plans;
    std::vector<Row> m_rows;
    QStringList m_texts;
    QVector<QStringList> m_sources;
    qsizetype m_nextPlan = 0;
    size_t m_nextRow = 0;
};

} // namespace innoatlas
