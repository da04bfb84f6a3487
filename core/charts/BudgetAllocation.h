#pragma once

#include "charts/BudgetPiece.h"
#include "model/Plan.h"

#include <QHash>

namespace innoatlas {

/**
 * The counting rules of the investment charts, in one place.
 *
 * **Kinds stay apart.** Planned, secured and invested amounts are different statements about
 * money (an intention, a commitment, a payment); a piece always keeps its line's kind and no rule
 * here mixes kinds. A secured amount inside a planned envelope is not added to it.
 *
 * **Counted once.** A line lies inside a larger line of the same plan and kind when its years
 * fall within the larger line's years and the larger line's funding is the same, "mixed" or
 * "unknown" (Daejeon's 2022 amount inside its 2022–2025 total). "Larger" means a larger amount,
 * or the same amount over more years. A line is taken as part of the smallest such line; the
 * larger line then counts only its remainder (its amount less the lines directly inside it), so
 * that the plan's pieces add up to the amounts of its outermost lines. Lines without years are
 * never inside another line. When the lines inside a line add up to more than it, they are not
 * taken to be inside it (the figures contradict each other) and every one counts in full.
 *
 * **Spread by rule.** A multi-year amount is split across its years evenly, whole won only, the
 * remainder won going to the first year, so the shares add up exactly; such shares are marked
 * estimated. A year for which a line inside gives the amount of the same funding is taken as
 * known: the rest is spread over the other years only. A one-year line is known. A line without
 * years cannot be placed in a year.
 */
class BudgetAllocation
{
public:
    /** For each line of @p plan that lies inside another, the key of the line holding it. */
    static QHash<QString, QString> containers(const Plan &plan);

    /** One piece per budget line of @p plan, whole amounts (remainders for lines holding others). */
    static QVector<BudgetPiece> wholePieces(const Plan &plan);

    /**
     * The pieces of @p plan per year by the rules above; lines without years go to @p unplaced
     * (whole, not estimated) when it is given.
     */
    static QVector<BudgetPiece> yearPieces(const Plan &plan, QVector<BudgetPiece> *unplaced = nullptr);

    /** @p won split into @p parts whole-won shares, the remainder to the first: 10 over 3 → 4, 3, 3. */
    static QVector<qint64> spreadEvenly(qint64 won, int parts);
};

} // namespace innoatlas
