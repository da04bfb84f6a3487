#pragma once

#include "search/SearchHit.h"
#include "search/SearchQuery.h"
#include "search/SearchResult.h"

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * Search as you type over every text of a database: Korean and English substrings, Korean initial
 * consonants and amounts of money.
 *
 * What is searched: every non-empty localized_text row (titles, names, labels, metrics, visions,
 * summaries, descriptions, curator notes, quote translations) and every quote's verbatim text.
 * - A query is matched as a case-insensitive substring ("우주", "merck", "AI", "대전").
 * - A query with an initial-consonant jamo matches syllables by their initial ("ㄷㅈ", "ㅇㅈㅅㅇ", "대ㅈ").
 * - A query that MoneyParser reads as won ("3500억", "350 billion won", "KRW 97.3 billion") also
 *   finds budget lines, headline budgets and won targets of that amount, and approximate ones
 *   within ±0.5 %, ranked lower.
 * The query is data, never SQL (see SearchQuery): any text can be searched, none raises an error.
 *
 * How the index stays current: the schema's triggers (migration 002_search.sql) list every written,
 * changed or deleted text in search_doc, whoever writes it; find() brings the trigram index up to
 * date from that list before it searches (sync()), and when it cannot write at once (a read-only
 * file, another connection's write lock: it never waits) it also scans the texts not indexed yet. So edits are found at
 * once without any call. A large write indexes its own texts before it commits (every import does:
 * SearchIndexer::indexWritten()), so that no search has millions of texts to index or scan; refresh() and rebuild()
 * repair.
 *
 * Cost: bounded per query. The index proposes candidates in rank order (names and titles that begin
 * with the query, names and titles that contain it, other texts), at most `limit` per stage and only
 * until the page is full, so a query found in most texts ("the") costs about what a rare one does; it
 * returns the best hits of what was read and sets SearchResult::incomplete.
 *
 * Threads: use it on the thread that owns the connection; search in the background on a second
 * Database opened on the same file (WAL lets it read while this one writes).
 */
class SearchIndex
{
public:
    /** Longest query searched; longer ones are cut and SearchResult::queryTruncated is set. */
    static constexpr int maxQueryLength = SearchQuery::maxLength;

    explicit SearchIndex(QSqlDatabase db);

    /** Lists and indexes every text again, in one transaction. Throws StoreError. */
    void rebuild();
    /** Indexes the texts written since the last call, in one transaction. Throws StoreError. */
    void sync();
    /** Lists and indexes the texts of one entity (by entity id) again. Throws StoreError. */
    void refresh(qint64 entityId);

    /** The language ("ko" or "en") in which amount hits are written; "ko" by default. */
    void setDisplayLanguage(const QString &language) { m_language = language; }
    QString displayLanguage() const { return m_language; }

    /** The hits of find(): grouped by kind, ranked, at most @p limit. Never throws. */
    QVector<SearchHit> search(const QString &query, int limit = 200) const;
    /** The hits and what became of the query. Never throws: a database failure sets SearchResult::error. */
    SearchResult find(const QString &query, int limit = 200) const;

private:
    bool bringUpToDate() const;

    QSqlDatabase m_database;
    QString m_language = QStringLiteral("ko");
};

} // namespace innoatlas
