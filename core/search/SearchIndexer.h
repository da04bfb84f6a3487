#pragma once

#include <QSqlDatabase>
#include <QString>

namespace innoatlas {

/**
 * Keeps the trigram index (search_fts) in step with search_doc, which the schema's triggers keep in
 * step with the texts (migration 002_search.sql explains why the two steps are separate).
 *
 * sync(), rebuild() and refresh() are each one transaction; indexPending() and optimize() work inside the
 * caller's, for a write that indexes its own texts before it commits (an import). Every method throws
 * StoreError on a database failure.
 */
class SearchIndexer
{
public:
    explicit SearchIndexer(QSqlDatabase database);

    /** True when texts changed since the last sync(). */
    bool hasPending() const;
    /** Indexes the new texts and forgets the deleted ones; returns how many texts it indexed. */
    int sync();
    /** Lists every text again from localized_text and quote and indexes them all. */
    void rebuild();
    /** Lists the texts of one entity again and indexes them (a repair; the triggers make it unneeded). */
    void refresh(qint64 entityId);

    /** The value stored in an index column for @p text: the text and two U+0001 (see the migration). */
    static QString columnValue(const QString &text);
    /** The first characters of a tier-0 text kept in search_doc.prefix, lower-cased. */
    static QString prefixOf(QStringView text);
    /** How many characters prefixOf() keeps. */
    static constexpr int prefixLength = 16;

    /**
     * Inside the caller's transaction, at the end of a write: what sync() does, so that the write leaves
     * nothing for the next search to index. Returns how many texts it indexed.
     */
    int indexWritten();
    /** Inside the caller's transaction: indexes the texts written since the last call, forgets the deleted ones. */
    int indexPending();
    /** Inside the caller's transaction: merges the whole index into one segment. */
    void optimize();
    /**
     * FTS5 leaves a bulk insert in many segments, and a phrase query then reads every segment's doclist of
     * each trigram: five to ten times slower on 270,000 texts. A write that indexes this many texts ends
     * with optimize().
     */
    static constexpr int optimizeAfter = 2000;

    /**
     * While it lives, the index merges no segments as texts are indexed (FTS5's automerge off, its crisis
     * merge only at 1,000 segments): for many texts indexed in one transaction, which then ends with
     * optimize(), the one merge they need. Merging as they come took twice as long. Inside the caller's
     * transaction: it puts the settings back when it goes, unless that transaction is over already.
     */
    class MergesDeferred
    {
    public:
        explicit MergesDeferred(QSqlDatabase database);
        ~MergesDeferred();
        MergesDeferred(const MergesDeferred &) = delete;
        MergesDeferred &operator=(const MergesDeferred &) = delete;

    private:
        QSqlDatabase m_database;
        int m_automerge = 0;
        int m_crisismerge = 0;
    };

private:
    int pendingCount() const;
    void relist(const QString &where, const QVariantList &values);

    QSqlDatabase m_database;
};

} // namespace innoatlas
