#pragma once

#include <QtGlobal>

#include <vector>

namespace innoatlas {

/**
 * The counting rules of BudgetAllocation over a plan's lines in a compact form: which line lies
 * inside which, what each line counts once the lines inside it are taken out, and its pieces per
 * year. BudgetAllocation states the rules; this class applies them without holding a BudgetLine or
 * a BudgetPiece per line, so that a plan of a million lines is counted in a few tens of megabytes.
 *
 * Lines are referred to by their index in the list given; pieces are handed to a callback in list
 * order (and, within a line, year order) instead of being collected.
 */
class LineNesting
{
public:
    /** A budget line as the rules see it. Kinds and fundings are numbers the caller gives to their texts. */
    struct Line
    {
        int kind = 0;
        int funding = 0;
        bool openFunding = false; ///< the funding is "mixed" or "unknown": it may hold lines of any funding
        bool hasYears = false;
        int fromYear = 0;
        int toYear = 0;
        qint64 won = 0;
    };

    /** A line's share of one year (or its whole amount, for a line without years). */
    struct YearPiece
    {
        int line = 0;
        bool hasYear = false;
        int year = 0;
        qint64 won = 0;
        bool estimated = false;
    };

    explicit LineNesting(const std::vector<Line> &lines);

    /** Share @p index of @p won spread evenly over @p parts in whole won, the remainder to the first. */
    static qint64 evenShare(qint64 won, qint64 parts, qint64 index)
    {
        return won / parts + (index == 0 ? won % parts : 0);
    }

    /** The line holding line @p line, -1 for none. */
    int parent(int line) const { return m_parent[size_t(line)]; }

    /** Whether line @p line holds others: it then counts only its remainder. */
    bool holdsOthers(int line) const { return m_childStart[size_t(line)] != m_childStart[size_t(line) + 1]; }

    /** What line @p line counts: its amount less the lines directly inside it. */
    qint64 rest(int line) const { return m_rest[size_t(line)]; }

    /**
     * Calls @p piece(const YearPiece &) for the share of every year of every line with years, in list
     * order, and for each line without years once, whole (hasYear false).
     */
    template <typename Piece>
    void forEachYearPiece(Piece piece) const
    {
        std::vector<int> years;
        for (int i = 0; i < int(m_lines.size()); ++i) {
            const Line &line = m_lines[size_t(i)];
            if (!line.hasYears) {
                piece(YearPiece{i, false, 0, m_rest[size_t(i)], false});
                continue;
            }
            placedYears(i, &years);
            const qint64 count = qint64(years.size());
            for (size_t y = 0; y < years.size(); ++y) {
                const qint64 share = evenShare(m_rest[size_t(i)], count, qint64(y));
                piece(YearPiece{i, true, years[y], share, line.toYear > line.fromYear});
            }
        }
    }

private:
    void nest();
    /** The years line @p line's rest is spread over: those no one-year line inside it of its funding gives. */
    void placedYears(int line, std::vector<int> *years) const;

    const std::vector<Line> &m_lines;
    std::vector<int> m_parent;
    std::vector<int> m_childStart; ///< the children of line i are m_children[m_childStart[i] .. m_childStart[i + 1])
    std::vector<int> m_children;
    std::vector<qint64> m_rest;
};

} // namespace innoatlas
