#pragma once

#include "model/Dataset.h"
#include "search/SearchIndexer.h"
#include "store/BulkStatement.h"

#include <QSqlDatabase>

#include <optional>

namespace innoatlas {

class Transaction;

/**
 * Writes the plan of a budget import while its rows are read, so that a file of a million
 * lines never sits in memory: the plan and its source first, then each new element as it comes,
 * and the budget lines (with their quotes and amount figures) a few thousand at a time. Each
 * line is one insert into a staging table of the connection (temp.import_line); every
 * flushEvery lines a handful of INSERT … SELECT statements move them into the real tables, where
 * the schema's checks and triggers run on each row as before. The texts of elements and lines
 * are staged too and written in the order they were read, so that the search index lists them
 * in the same order as a row-by-row write would. The rows are the ones DatasetStore would write
 * for the same plan.
 *
 * The texts it writes are indexed for search (SearchIndexer) as they are moved, inside the same
 * transaction: an import leaves nothing for the first search to index.
 *
 * Runs inside a Transaction its caller holds, which decides at the end whether anything stays:
 * throws StoreError on any refused write (at the latest by finish()).
 */
class BudgetStream
{
public:
    /** Lines staged before they are moved into the real tables. */
    static constexpr int flushEvery = 8192;

    explicit BudgetStream(QSqlDatabase database);
    ~BudgetStream();

    /**
     * Deletes the plan @p replacedPlanKey (when not empty), then inserts @p source (null when it is
     * in the database already; its quotes come with the lines) and @p plan without elements or lines.
     */
    void begin(Transaction &transaction, const Source *source, const QString &sourceKey, const Plan &plan,
               const QString &replacedPlanKey);
    /** Inserts an element under @p parentId (0 for the top) and returns its id. */
    qint64 addElement(qint64 parentId, int ordinal, const Element &element);
    /** Inserts a budget line of @p elementId quoting @p quoteKey (added with @p quoteText when the source is new). */
    void addLine(const BudgetLine &line, qint64 elementId, const QString &quoteKey, const QString &quoteText);
    /**
     * Ends the stream: sets the plan's title (it names the years, known only at the end), drops
     * a new source that got no quote, as a whole-batch import would not have written it, and leaves
     * the search index holding every text written, merged.
     */
    void finish(const LocalizedText &title);

private:
    qint64 addEntity(const char *kind, const QString &key);
    /** Stages a text of the element @p id, or (id 0) of the line staged as @p lineOrdinal. */
    void addText(qint64 id, int lineOrdinal, const char *field, const QString &text, ReviewStatus status,
                 const char *lang);
    qint64 idOf(const QString &key);
    /** Moves the staged lines and texts into the real tables. */
    void flush();

    QSqlDatabase m_database;
    bool m_staging; ///< the staging tables were made by this stream (dropped again by the destructor)
    BulkStatement m_entity;
    BulkStatement m_element;
    BulkStatement m_stageLine;
    BulkStatement m_stageText;
    BulkStatement m_keyId;
    int m_staged = 0;
    qint64 m_planId = 0;
    qint64 m_sourceId = 0; ///< 0 when the source was in the database: its quotes are looked up
    int m_quoteOrdinal = 0;
    int m_lineOrdinal = 0;
    int m_indexed = 0; ///< texts indexed for search so far
    std::optional<SearchIndexer::MergesDeferred> m_mergesDeferred;
};

} // namespace innoatlas
