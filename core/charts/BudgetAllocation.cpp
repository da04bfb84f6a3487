#include "charts/BudgetAllocation.h"

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
            if (!hasYears(line))
                continue;
            QVector<Years> &kind = m_kinds[line.kind];
            auto years = std::find_if(kind.begin(), kind.end(),
                                      [&](const Years &y) { return y.from == *line.fromYear && y.to == *line.toYear; });
            if (years == kind.end())
                years = kind.insert(kind.end(), Years{*line.fromYear, *line.toYear, {}});
            auto funding = std::find_if(years->fundings.begin(), years->fundings.end(),
                                        [&](const Funding &f) { return f.funding == line.funding; });
            if (funding == years->fundings.end())
                funding = years->fundings.insert(years->fundings.end(), Funding{line.funding, {}});
            funding->lines.append(i);
        }
        for (QVector<Years> &kind : m_kinds) {
            // Fewest years first: the first group that holds a line has the smallest span.
            std::stable_sort(kind.begin(), kind.end(),
                             [](const Years &a, const Years &b) { return a.to - a.from < b.to - b.from; });
            for (Years &years : kind) {
                for (Funding &funding : years.fundings) {
                    std::stable_sort(funding.lines.begin(), funding.lines.end(),
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
        const auto kind = m_kinds.constFind(line.kind);
        if (kind == m_kinds.cend())
            return -1;
        const int innerSpan = span(line);
        const qint64 won = line.amount.won;
        int best = -1;
        for (const Years &years : *kind) {
            const int outerSpan = years.to - years.from + 1;
            if (best >= 0 && outerSpan > span(m_lines.at(best)))
                break;
            if (years.from > *line.fromYear || *line.toYear > years.to)
                continue;
            // An equal amount holds only over more years.
            const bool equalHolds = outerSpan > innerSpan;
            for (const Funding &funding : years.fundings) {
                if (funding.funding != line.funding && funding.funding != u"mixed" && funding.funding != u"unknown")
                    continue;
                const QVector<int> &group = funding.lines;
                const auto first =
                    equalHolds ? std::lower_bound(group.cbegin(), group.cend(), won,
                                                  [&](int i, qint64 w) { return m_lines.at(i).amount.won < w; })
                               : std::upper_bound(group.cbegin(), group.cend(), won,
                                                  [&](qint64 w, int i) { return w < m_lines.at(i).amount.won; });
                // The first of the group is its smallest amount, first listed among equals.
                if (first != group.cend() && (best < 0 || smaller(*first, best)))
                    best = *first;
            }
        }
        return best;
    }

private:
    struct Funding
    {
        QString funding;
        QVector<int> lines;
    };
    struct Years
    {
        int from;
        int to;
        QVector<Funding> fundings;
    };

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
    QHash<QString, QVector<Years>> m_kinds;
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
    qsizetype count = 0; // at most one piece per year of each line
    for (const BudgetLine &line : plan.budgetLines)
        count += hasYears(line) ? std::max(span(line), 0) : 0;
    pieces.reserve(count);
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
