#pragma once

#include "model/Dataset.h"
#include "store/BulkStatement.h"

#include <QSqlDatabase>

namespace innoatlas {

class Transaction;

/**
 * Writes the plan of a budget import while its rows are read, so that a file of a million
 * lines never sits in memory: the plan and its source first, then each new element and each
 * budget line (with its quote and amount figure) as it comes, through prepared statements on
 * the sqlite3 handle. The rows are the ones DatasetStore would write for the same plan.
 *
 * Runs inside a Transaction its caller holds, which decides at the end whether anything stays:
 * throws StoreError on any refused write.
 */
class BudgetStream
{
public:
    explicit BudgetStream(QSqlDatabase database);

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
     * Ends the stream: sets the plan's title (it names the years, known only at the end), and drops
     * a new source that got no quote, as a whole-batch import would not have written it.
     */
    void finish(const LocalizedText &title);

private:
    qint64 addEntity(const char *kind, const QString &key);
    void addText(qint64 id, const char *field, const QString &text, ReviewStatus status, const char *lang);
    qint64 idOf(const QString &key);

    QSqlDatabase m_database;
    BulkStatement m_entity;
    BulkStatement m_text;
    BulkStatement m_element;
    BulkStatement m_line;
    BulkStatement m_figure;
    BulkStatement m_figureQuote;
    BulkStatement m_quote;
    BulkStatement m_keyId;
    qint64 m_planId = 0;
    qint64 m_sourceId = 0; ///< 0 when the source was in the database: its quotes are looked up
    int m_quoteOrdinal = 0;
    int m_lineOrdinal = 0;
};

} // namespace innoatlas
