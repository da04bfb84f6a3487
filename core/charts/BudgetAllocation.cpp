#include "charts/BudgetAllocation.h"

#include <QPair>
#include <QSet>

#include <algorithm>

namespace innoatlas {

namespace {
bool hasYears(const BudgetLine &line)
{
    return line.fromYear.has_value() && line.toYear.has_value();
}

int span(const BudgetLine &line)
{
    return *line.toYear - *line.fromYear + 1;
}

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

/** The lines directly inside each line, and what is left of each line once they are taken out (by list index). */
struct Nesting
{
    QVector<int> parent;            ///< the index of the line holding each line, -1 for none
    QVector<QVector<int>> children; ///< the lines directly inside each line, in list order
    QVector<qint64> rest;
};

/** Lines that may hold others, grouped by kind, years and funding, each group ordered by amount then list order. */
class Holders
{
public:
    explicit Holders(const QVector<BudgetLine> &lines) : m_lines(lines)
    {
        for (int i = 0; i < lines.size(); ++i) {
            const BudgetLine &line = lines.at(i);
            if (hasYears(line))
                m_groups[line.kind][{*line.fromYear, *line.toYear}][line.funding].append(i);
        }
        for (auto &byYears : m_groups) {
            for (auto &byFunding : byYears) {
                for (QVector<int> &group : byFunding) {
                    std::stable_sort(group.begin(), group.end(),
                                     [&](int a, int b) { return lines.at(a).amount.won < lines.at(b).amount.won; });
                }
            }
        }
    }

    /** The smallest line holding line @p inner: fewest years, then smallest amount, then first listed; -1 if none. */
    int smallestHolder(int inner) const
    {
        const BudgetLine &line = m_lines.at(inner);
        if (!hasYears(line))
            return -1;
        const auto byYears = m_groups.constFind(line.kind);
        if (byYears == m_groups.cend())
            return -1;
        static const QString mixed = QStringLiteral("mixed");
        static const QString unknown = QStringLiteral("unknown");
        const int innerSpan = span(line);
        int best = -1;
        for (auto years = byYears->cbegin(); years != byYears->cend(); ++years) {
            const int from = years.key().first;
            const int to = years.key().second;
            if (from > *line.fromYear || *line.toYear > to)
                continue;
            const int outerSpan = to - from + 1;
            if (best >= 0 && outerSpan > span(m_lines.at(best)))
                continue;
            // An equal amount holds only over more years (mayHold).
            const bool equalHolds = outerSpan > innerSpan;
            for (const QString *funding : {&line.funding, &mixed, &unknown}) {
                if (funding != &line.funding && *funding == line.funding)
                    continue; // already looked at
                const auto group = years->constFind(*funding);
                if (group == years->cend())
                    continue;
                const qint64 won = line.amount.won;
                const auto first =
                    equalHolds ? std::lower_bound(group->cbegin(), group->cend(), won,
                                                  [&](int i, qint64 w) { return m_lines.at(i).amount.won < w; })
                               : std::upper_bound(group->cbegin(), group->cend(), won,
                                                  [&](qint64 w, int i) { return w < m_lines.at(i).amount.won; });
                if (first == group->cend())
                    continue;
                // The first of the group is its smallest amount, first listed among equals.
                if (best < 0 || smaller(*first, best))
                    best = *first;
            }
        }
        return best;
    }

private:
    bool smaller(int a, int b) const
    {
        const BudgetLine &x = m_lines.at(a);
        const BudgetLine &y = m_lines.at(b);
        if (span(x) != span(y))
            return span(x) < span(y);
        if (x.amount.won != y.amount.won)
            return x.amount.won < y.amount.won;
        return a < b;
    }

    const QVector<BudgetLine> &m_lines;
    QHash<QString, QHash<QPair<int, int>, QHash<QString, QVector<int>>>> m_groups;
};

Nesting nest(const Plan &plan)
{
    const QVector<BudgetLine> &lines = plan.budgetLines;
    const int count = int(lines.size());
    Nesting nesting;
    nesting.parent.fill(-1, count);
    nesting.children.resize(count);
    nesting.rest.resize(count);
    // Only lines of the same kind with years around the line's can hold it: looking at those
    // groups alone keeps a plan of many lines from comparing every line with every other.
    const Holders holders(lines);
    for (int i = 0; i < count; ++i)
        nesting.parent[i] = holders.smallestHolder(i);
    for (int i = 0; i < count; ++i) {
        if (nesting.parent.at(i) >= 0)
            nesting.children[nesting.parent.at(i)].append(i);
    }
    // Lines that add up to more than the line said to hold them contradict it: count them all.
    for (int i = 0; i < count; ++i) {
        qint64 inside = 0;
        for (const int child : std::as_const(nesting.children.at(i)))
            inside += lines.at(child).amount.won;
        if (inside > lines.at(i).amount.won) {
            for (const int child : std::as_const(nesting.children.at(i)))
                nesting.parent[child] = -1;
            nesting.children[i].clear();
            inside = 0;
        }
        nesting.rest[i] = lines.at(i).amount.won - inside;
    }
    return nesting;
}
} // namespace

QHash<QString, QString> BudgetAllocation::containers(const Plan &plan)
{
    const Nesting nesting = nest(plan);
    QHash<QString, QString> parents;
    for (int i = 0; i < plan.budgetLines.size(); ++i) {
        if (nesting.parent.at(i) >= 0)
            parents.insert(plan.budgetLines.at(i).key, plan.budgetLines.at(nesting.parent.at(i)).key);
    }
    return parents;
}

QVector<BudgetPiece> BudgetAllocation::wholePieces(const Plan &plan)
{
    const Nesting nesting = nest(plan);
    QVector<BudgetPiece> pieces;
    pieces.reserve(plan.budgetLines.size());
    for (int i = 0; i < plan.budgetLines.size(); ++i) {
        BudgetPiece piece = pieceOf(plan, plan.budgetLines.at(i), nesting.rest.at(i));
        piece.remainder = !nesting.children.at(i).isEmpty();
        pieces.append(piece);
    }
    return pieces;
}

QVector<BudgetPiece> BudgetAllocation::yearPieces(const Plan &plan, QVector<BudgetPiece> *unplaced)
{
    const Nesting nesting = nest(plan);
    QVector<BudgetPiece> pieces;
    pieces.reserve(plan.budgetLines.size());
    for (int i = 0; i < plan.budgetLines.size(); ++i) {
        const BudgetLine &line = plan.budgetLines.at(i);
        const qint64 rest = nesting.rest.at(i);
        const QVector<int> &children = nesting.children.at(i);
        const bool holdsOthers = !children.isEmpty();
        if (!hasYears(line)) {
            if (unplaced) {
                BudgetPiece piece = pieceOf(plan, line, rest);
                piece.remainder = holdsOthers;
                unplaced->append(piece);
            }
            continue;
        }
        // Years a one-year line of the same funding inside this one gives the amount of.
        QSet<int> knownYears;
        for (const int c : children) {
            const BudgetLine &child = plan.budgetLines.at(c);
            if (span(child) == 1 && child.funding == line.funding)
                knownYears.insert(*child.fromYear);
        }
        QVector<int> years;
        for (int year = *line.fromYear; year <= *line.toYear; ++year) {
            if (!knownYears.contains(year))
                years.append(year);
        }
        if (years.isEmpty()) {
            for (int year = *line.fromYear; year <= *line.toYear; ++year)
                years.append(year);
        }
        const QVector<qint64> shares = spreadEvenly(rest, int(years.size()));
        for (int y = 0; y < years.size(); ++y) {
            BudgetPiece piece = pieceOf(plan, line, shares.at(y));
            piece.year = years.at(y);
            piece.estimated = span(line) > 1;
            piece.remainder = holdsOthers;
            pieces.append(piece);
        }
    }
    return pieces;
}

QVector<qint64> BudgetAllocation::spreadEvenly(qint64 won, int parts)
{
    if (parts <= 0)
        return {};
    QVector<qint64> shares(parts, won / parts);
    shares[0] += won % parts;
    return shares;
}

} // namespace innoatlas
