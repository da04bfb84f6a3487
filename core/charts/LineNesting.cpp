#include "charts/LineNesting.h"

#include <QHash>

#include <algorithm>

namespace innoatlas {

namespace {
int span(const LineNesting::Line &line)
{
    return line.toYear - line.fromYear + 1;
}

/** Lines that may hold others, grouped by kind, years and funding, each group ordered by amount then list order. */
class Holders
{
public:
    explicit Holders(const std::vector<LineNesting::Line> &lines) : m_lines(lines)
    {
        for (int i = 0; i < int(lines.size()); ++i) {
            const LineNesting::Line &line = lines[size_t(i)];
            if (!line.hasYears)
                continue;
            std::vector<Years> &kind = m_kinds[line.kind];
            auto years = std::find_if(kind.begin(), kind.end(),
                                      [&](const Years &y) { return y.from == line.fromYear && y.to == line.toYear; });
            if (years == kind.end())
                years = kind.insert(kind.end(), Years{line.fromYear, line.toYear, {}});
            auto funding = std::find_if(years->fundings.begin(), years->fundings.end(),
                                        [&](const Funding &f) { return f.funding == line.funding; });
            if (funding == years->fundings.end())
                funding = years->fundings.insert(years->fundings.end(), Funding{line.funding, line.openFunding, {}});
            funding->lines.push_back(i);
        }
        for (std::vector<Years> &kind : m_kinds) {
            // Fewest years first: the first group that holds a line has the smallest span.
            std::stable_sort(kind.begin(), kind.end(),
                             [](const Years &a, const Years &b) { return a.to - a.from < b.to - b.from; });
            for (Years &years : kind) {
                for (Funding &funding : years.fundings) {
                    std::stable_sort(funding.lines.begin(), funding.lines.end(),
                                     [&](int a, int b) { return lines[size_t(a)].won < lines[size_t(b)].won; });
                }
            }
        }
    }

    /** The smallest line holding line @p inner: fewest years, then smallest amount, then first listed; -1 if none. */
    int smallestHolder(int inner) const
    {
        const LineNesting::Line &line = m_lines[size_t(inner)];
        if (!line.hasYears)
            return -1;
        const auto kind = m_kinds.constFind(line.kind);
        if (kind == m_kinds.cend())
            return -1;
        const int innerSpan = span(line);
        const qint64 won = line.won;
        int best = -1;
        for (const Years &years : *kind) {
            const int outerSpan = years.to - years.from + 1;
            if (best >= 0 && outerSpan > span(m_lines[size_t(best)]))
                break;
            if (years.from > line.fromYear || line.toYear > years.to)
                continue;
            // An equal amount holds only over more years.
            const bool equalHolds = outerSpan > innerSpan;
            for (const Funding &funding : years.fundings) {
                if (funding.funding != line.funding && !funding.open)
                    continue;
                const std::vector<int> &group = funding.lines;
                const auto first = equalHolds
                                       ? std::lower_bound(group.cbegin(), group.cend(), won,
                                                          [&](int i, qint64 w) { return m_lines[size_t(i)].won < w; })
                                       : std::upper_bound(group.cbegin(), group.cend(), won,
                                                          [&](qint64 w, int i) { return w < m_lines[size_t(i)].won; });
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
        int funding;
        bool open;
        std::vector<int> lines;
    };
    struct Years
    {
        int from;
        int to;
        std::vector<Funding> fundings;
    };

    bool smaller(int a, int b) const
    {
        const LineNesting::Line &x = m_lines[size_t(a)];
        const LineNesting::Line &y = m_lines[size_t(b)];
        if (span(x) != span(y))
            return span(x) < span(y);
        if (x.won != y.won)
            return x.won < y.won;
        return a < b;
    }

    const std::vector<LineNesting::Line> &m_lines;
    QHash<int, std::vector<Years>> m_kinds;
};
} // namespace

LineNesting::LineNesting(const std::vector<Line> &lines) : m_lines(lines)
{
    nest();
}

void LineNesting::nest()
{
    const size_t count = m_lines.size();
    m_parent.assign(count, -1);
    // Only lines of the same kind with years around the line's can hold it: looking at those
    // groups alone keeps a plan of many lines from comparing every line with every other.
    {
        const Holders holders(m_lines);
        for (size_t i = 0; i < count; ++i)
            m_parent[i] = holders.smallestHolder(int(i));
    }
    // Lines that add up to more than the line said to hold them contradict it: count them all.
    std::vector<qint64> inside(count, 0);
    for (size_t i = 0; i < count; ++i) {
        if (m_parent[i] >= 0)
            inside[size_t(m_parent[i])] += m_lines[i].won;
    }
    for (size_t i = 0; i < count; ++i) {
        const int holder = m_parent[i];
        if (holder >= 0 && inside[size_t(holder)] > m_lines[size_t(holder)].won)
            m_parent[i] = -1;
    }
    // The lines directly inside each line, in list order, one after another.
    m_childStart.assign(count + 1, 0);
    for (size_t i = 0; i < count; ++i) {
        if (m_parent[i] >= 0)
            ++m_childStart[size_t(m_parent[i]) + 1];
    }
    for (size_t i = 0; i < count; ++i)
        m_childStart[i + 1] += m_childStart[i];
    m_children.resize(size_t(m_childStart[count]));
    std::vector<int> next(m_childStart.begin(), m_childStart.end() - 1);
    m_rest.resize(count);
    for (size_t i = 0; i < count; ++i)
        m_rest[i] = m_lines[i].won;
    for (size_t i = 0; i < count; ++i) {
        const int holder = m_parent[i];
        if (holder < 0)
            continue;
        m_children[size_t(next[size_t(holder)]++)] = int(i);
        m_rest[size_t(holder)] -= m_lines[i].won;
    }
}

void LineNesting::placedYears(int index, std::vector<int> *years) const
{
    const Line &line = m_lines[size_t(index)];
    years->clear();
    for (int year = line.fromYear; year <= line.toYear; ++year)
        years->push_back(year);
    // Years a one-year line of the same funding inside this one gives the amount of.
    std::vector<int> known;
    for (int c = m_childStart[size_t(index)]; c < m_childStart[size_t(index) + 1]; ++c) {
        const Line &child = m_lines[size_t(m_children[size_t(c)])];
        if (span(child) == 1 && child.funding == line.funding)
            known.push_back(child.fromYear);
    }
    if (known.empty())
        return;
    std::vector<int> rest;
    for (const int year : std::as_const(*years)) {
        if (std::find(known.cbegin(), known.cend(), year) == known.cend())
            rest.push_back(year);
    }
    // Every year known: the remainder is spread over them all.
    if (!rest.empty())
        years->swap(rest);
}

} // namespace innoatlas
