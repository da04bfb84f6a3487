#include "charts/BudgetAllocation.h"

#include "charts/LineNesting.h"

namespace innoatlas {

namespace {
BudgetPiece pieceOf(const Plan &plan, const BudgetLine &line, qint64 won)
{
    BudgetPiece piece;
    piece.planKey = plan.key;
    piece.regionKey = plan.regionKey;
    piece.lineKey = line.key;
    piece.funding = line.funding;
    piece.kind = line.kind;
    piece.won = won;
    piece.quoteKeys = line.amount.citation.quoteKeys;
    return piece;
}

/** The plan's lines in the form LineNesting counts, kinds and fundings numbered by first appearance. */
std::vector<LineNesting::Line> compactLines(const Plan &plan)
{
    QHash<QString, int> numbers;
    auto number = [&numbers](const QString &text) {
        auto found = numbers.constFind(text);
        if (found == numbers.cend())
            found = numbers.insert(text, int(numbers.size()));
        return *found;
    };
    std::vector<LineNesting::Line> lines;
    lines.reserve(size_t(plan.budgetLines.size()));
    for (const BudgetLine &budgetLine : plan.budgetLines) {
        LineNesting::Line line;
        line.kind = number(budgetLine.kind);
        line.funding = number(budgetLine.funding);
        line.openFunding = budgetLine.funding == u"mixed" || budgetLine.funding == u"unknown";
        line.hasYears = budgetLine.fromYear.has_value() && budgetLine.toYear.has_value();
        if (line.hasYears) {
            line.fromYear = *budgetLine.fromYear;
            line.toYear = *budgetLine.toYear;
        }
        line.won = budgetLine.amount.won;
        lines.push_back(line);
    }
    return lines;
}
} // namespace

QHash<QString, QString> BudgetAllocation::containers(const Plan &plan)
{
    const std::vector<LineNesting::Line> lines = compactLines(plan);
    const LineNesting nesting(lines);
    QHash<QString, QString> parents;
    for (int i = 0; i < plan.budgetLines.size(); ++i) {
        if (nesting.parent(i) >= 0)
            parents.insert(plan.budgetLines.at(i).key, plan.budgetLines.at(nesting.parent(i)).key);
    }
    return parents;
}

QVector<BudgetPiece> BudgetAllocation::wholePieces(const Plan &plan)
{
    const std::vector<LineNesting::Line> lines = compactLines(plan);
    const LineNesting nesting(lines);
    QVector<BudgetPiece> pieces;
    pieces.reserve(plan.budgetLines.size());
    for (int i = 0; i < plan.budgetLines.size(); ++i) {
        BudgetPiece piece = pieceOf(plan, plan.budgetLines.at(i), nesting.rest(i));
        piece.remainder = nesting.holdsOthers(i);
        pieces.append(piece);
    }
    return pieces;
}

QVector<BudgetPiece> BudgetAllocation::yearPieces(const Plan &plan, QVector<BudgetPiece> *unplaced)
{
    const std::vector<LineNesting::Line> lines = compactLines(plan);
    const LineNesting nesting(lines);
    QVector<BudgetPiece> pieces;
    nesting.forEachYearPiece([&](const LineNesting::YearPiece &share) {
        if (!share.hasYear && !unplaced)
            return;
        BudgetPiece piece = pieceOf(plan, plan.budgetLines.at(share.line), share.won);
        piece.remainder = nesting.holdsOthers(share.line);
        if (share.hasYear) {
            piece.year = share.year;
            piece.estimated = share.estimated;
            pieces.append(piece);
        } else {
            unplaced->append(piece);
        }
    });
    return pieces;
}

QVector<qint64> BudgetAllocation::spreadEvenly(qint64 won, int parts)
{
    if (parts <= 0)
        return {};
    QVector<qint64> shares;
    shares.reserve(parts);
    for (int i = 0; i < parts; ++i)
        shares.append(LineNesting::evenShare(won, parts, i));
    return shares;
}

} // namespace innoatlas
