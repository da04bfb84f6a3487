#pragma once

#include "search/SearchCandidate.h"
#include "search/SearchQuery.h"

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * Reads from the index the texts that may match a query, stage by stage, each stage capped so that
 * a very common query costs no more than a rare one.
 *
 * The index only proposes: every candidate holds the query's index key (SearchQuery::indexKey()) in
 * its text or initials, and SearchQuery decides. Keys of three or more characters are trigram
 * phrase queries (MATCH with the key as one bound, quoted phrase); shorter keys read the trigram
 * occurrences that begin with them (search_vocab, a range over the term). Throws StoreError.
 */
class SearchCandidates
{
public:
    enum class Stage
    {
        Prefix, // names and titles that begin with the query (search_doc.prefix / iprefix)
        Head,   // names and titles that contain it
        Body,   // every other text that contains it
        Pending // texts written since the last sync(), not in the index yet: all of them
    };

    SearchCandidates(QSqlDatabase database, const SearchQuery &query, int cap);

    QVector<SearchCandidate> fetch(Stage stage);
    /** True when a stage returned as many rows as the cap allowed, so that more may exist. */
    bool capped() const { return m_capped; }

private:
    QVector<SearchCandidate> run(const QString &source, const QString &condition, const QVariantList &values);
    QVector<SearchCandidate> contained(const QString &column);

    QSqlDatabase m_database;
    const SearchQuery &m_query;
    int m_cap;
    bool m_capped = false;
};

} // namespace innoatlas
