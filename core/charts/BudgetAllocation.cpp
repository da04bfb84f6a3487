#include "charts/BudgetAllocation.h"

#include <QSet>

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

bool fundingCovers(const QString &outer, const QString &inner)
{
    return outer == inner || outer == u"mixed" || outer == u"unknown";
}

/** Whether @p outer may hold @p inner (see the class comment). */
bool mayHold(const BudgetLine &outer, const BudgetLine &inner)
{
    if (&outer == &inner || outer.kind != inner.kind || !hasYears(outer) || !hasYears(inner))
        return false;
    if (*outer.fromYear > *inner.fromYear || *inner.toYear > *outer.toYear)
        return false;
    if (!fundingCovers(outer.funding, inner.funding))
        return false;
    const qint64 a = outer.amount.won;
    const qint64 b = inner.amount.won;
    return a > b || (a == b && span(outer) > span(inner));
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

/** The lines directly inside each line, and what is left of each line once they are taken out. */
struct Nesting
{
    QHash<QString, QString> parentOf;
    QHash<QString, QVector<const BudgetLine *>> children;
    QHash<QString, qint64> rest;
};

Nesting nest(const Plan &plan)
{
    Nesting nesting;
    for (const BudgetLine &inner : plan.budgetLines) {
        const BudgetLine *best = nullptr;
        for (const BudgetLine &outer : plan.budgetLines) {
            if (!mayHold(outer, inner))
                continue;
            // The smallest line that holds it: fewest years, then smallest amount, then first listed.
            if (!best || span(outer) < span(*best) ||
                (span(outer) == span(*best) && outer.amount.won < best->amount.won))
                best = &outer;
        }
        if (best)
            nesting.parentOf.insert(inner.key, best->key);
    }
    for (const BudgetLine &line : plan.budgetLines) {
        const auto parent = nesting.parentOf.constFind(line.key);
        if (parent != nesting.parentOf.cend())
            nesting.children[*parent].append(&line);
    }
    // Lines that add up to more than the line said to hold them contradict it: count them all.
    for (const BudgetLine &line : plan.budgetLines) {
        qint64 inside = 0;
        for (const BudgetLine *child : nesting.children.value(line.key))
            inside += child->amount.won;
        if (inside > line.amount.won) {
            for (const BudgetLine *child : nesting.children.value(line.key))
                nesting.parentOf.remove(child->key);
            nesting.children.remove(line.key);
            inside = 0;
        }
        nesting.rest.insert(line.key, line.amount.won - inside);
    }
    return nesting;
}
} // namespace

QHash<QString, QString> BudgetAllocation::containers(const Plan &plan)
{
    return nest(plan).parentOf;
}

QVector<BudgetPiece> BudgetAllocation::wholePieces(const Plan &plan)
{
    const Nesting nesting = nest(plan);
    QVector<BudgetPiece> pieces;
    pieces.reserve(plan.budgetLines.size());
    for (const BudgetLine &line : plan.budgetLines) {
        BudgetPiece piece = pieceOf(plan, line, nesting.rest.value(line.key));
        piece.remainder = nesting.children.contains(line.key);
        pieces.append(piece);
    }
    return pieces;
}

QVector<BudgetPiece> BudgetAllocation::yearPieces(const Plan &plan, QVector<BudgetPiece> *unplaced)
{
    const Nesting nesting = nest(plan);
    QVector<BudgetPiece> pieces;
    for (const BudgetLine &line : plan.budgetLines) {
        const qint64 rest = nesting.rest.value(line.key);
        const bool holdsOthers = nesting.children.contains(line.key);
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
        for (const BudgetLine *child : nesting.children.value(line.key)) {
            if (span(*child) == 1 && child->funding == line.funding)
                knownYears.insert(*child->fromYear);
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
        for (int i = 0; i < years.size(); ++i) {
            BudgetPiece piece = pieceOf(plan, line, shares.at(i));
            piece.year = years.at(i);
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
