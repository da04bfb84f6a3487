#pragma once

#include "search/SearchHit.h"

#include <QStringList>

namespace innoatlas {

/**
 * What SearchIndex::find() returns: the hits, grouped by entity kind, and what became of the query.
 *
 * Hits of one kind are consecutive; the groups come in the order of their best hit, and within a
 * group the hits are ranked (exact and prefix matches before other substrings, names and titles
 * before descriptions and quotes, exact amounts before approximate ones).
 */
struct SearchResult
{
    QVector<SearchHit> hits;
    /** The query as searched: trimmed and, when it was longer than SearchIndex::maxQueryLength, cut. */
    QString query;
    /** True when the query was cut to SearchIndex::maxQueryLength characters. */
    bool queryTruncated = false;
    /** True when more hits exist than were returned (the limit, or a very common query). */
    bool incomplete = false;
    /** True when the query was read as initial consonants (ㄷㅈ → 대전). */
    bool initialConsonants = false;
    /** True when the query was also read as an amount of money; then `amountWon` holds it. */
    bool amount = false;
    qint64 amountWon = 0;
    /** Set when the database could not be read; the hits are then empty. Not a problem of the query. */
    QString error;

    /** The kinds of the groups, in order. */
    QStringList kinds() const
    {
        QStringList result;
        for (const SearchHit &hit : hits) {
            if (result.isEmpty() || result.constLast() != hit.entityKind)
                result << hit.entityKind;
        }
        return result;
    }
};

} // namespace innoatlas
