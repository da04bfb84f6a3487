#pragma once

#include "charts/LineNesting.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <vector>

namespace innoatlas {

/**
 * The budget lines of the plans marked in budget_piece_stale, read in one pass (one query over
 * the lines with the sources of their amounts) and handed out plan by plan, as BudgetPieceTable
 * counts them. A plan is handed out in the compact form LineNesting counts (kinds and fundings as
 * numbers, text(N) gives their text), with each line's id and the sources of its amount: the keys
 * of the sources it quotes, one per line of text, in quote order without repeats (what
 * budget_piece.sources holds), as a number too (-1 for none).
 *
 * Throws StoreError. SQLite databases only.
 */
class StaleBudgetLines
{
public:
    explicit StaleBudgetLines(const QSqlDatabase &database);

    /** How many plans are stale, with lines or without. */
    int planCount() const { return int(m_plans.size()); }

    /** The lines of one plan, in list order. */
    struct PlanLines
    {
        std::vector<LineNesting::Line> lines;
        std::vector<qint64> ids;
        std::vector<int> sources; ///< a number for text(), -1 for none
    };

    /** The next stale plan's lines (none for a plan without lines or deleted); false after the last. */
    bool next(qint64 *planId, PlanLines *plan);

    /** The text of a kind, funding or sources number. */
    const QString &text(int number) const { return m_texts.at(number); }

private:
    void read(const QSqlDatabase &database);
    /** Puts the lines in plan order, then list order (the query reads them by plan, in no set order within one). */
    void sortLines();

    QVector<qint64> m_plans;
    // The lines of every stale plan, column by column: the last plan's columns are handed out, not copied.
    std::vector<qint64> m_planIds;
    std::vector<qint64> m_ordinals;
    PlanLines m_lines;
    QStringList m_texts;
    qsizetype m_nextPlan = 0;
    size_t m_nextRow = 0;
};

} // namespace innoatlas
