#pragma once

#include <QStringList>

#include <optional>

namespace innoatlas {

/**
 * A budget line, or the share of it that falls in one year, as the charts count it.
 *
 * The pieces of a plan add up, to the won, to the amounts of its outermost lines: a line that
 * holds smaller lines (see BudgetAllocation) is represented by its remainder, and each line
 * inside it by its own amount.
 */
struct BudgetPiece
{
    QString planKey;
    QString regionKey;
    QString lineKey;
    QString funding;
    QString kind;
    std::optional<int> year; ///< set for the pieces of a split by year
    qint64 won = 0;
    bool estimated = false; ///< a share computed by the even-spread rule, not a yearly figure of a source
    bool remainder = false; ///< what is left of a larger line once the lines inside it are taken out
    QStringList quoteKeys;  ///< the quotes behind the line's amount
    int lines = 1;          ///< how many lines the piece stands for (StoredBudgetPieces sums alike lines)
    QStringList sourceKeys; ///< of a stored piece: the sources of its lines' amounts (it has no quoteKeys)

    bool operator==(const BudgetPiece &o) const
    {
        return planKey == o.planKey && regionKey == o.regionKey && lineKey == o.lineKey && funding == o.funding &&
               kind == o.kind && year == o.year && won == o.won && estimated == o.estimated &&
               remainder == o.remainder && quoteKeys == o.quoteKeys && lines == o.lines && sourceKeys == o.sourceKeys;
    }
};

} // namespace innoatlas
