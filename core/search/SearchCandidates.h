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
 * occurrences that begin with them (search_vocab, a range over the term). Candidates carry the
 * indexed text, so that ranking reads nothing else; describe() then looks up the few hits kept.
 * Throws StoreError.
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

    /**
     * @p indexCurrent: the index holds exactly the listed texts (sync() succeeded). Otherwise the
     * index entries of texts deleted since are skipped and Stage::Pending finds the new ones.
     */
    SearchCandidates(QSqlDatabase database, const SearchQuery &query, int cap, bool indexCurrent);

    QVector<SearchCandidate> fetch(Stage stage);
    /** True when a stage returned as many rows as the cap allowed, so that more may exist. */
    bool capped() const { return m_capped; }

    /** Fills in the entity, field and language of the candidates not described yet. */
    void describe(QVector<SearchCandidate *> candidates) const;

private:
    QVector<SearchCandidate> run(const QString &sql, const QVariantList &values, bool capped);
    QVector<SearchCandidate> contained(const QString &indexColumn, const QString &textColumn);

    QSqlDatabase m_database;
    const SearchQuery &m_query;
    int m_cap;
    bool m_indexCurrent;
    bool m_capped = false;
};

} // namespace innoatlas
