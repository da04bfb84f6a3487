#include "importers/BudgetStream.h"

#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <sqlite3.h>

namespace innoatlas {

namespace {
// One row per budget line read and not yet moved; the ids are filled in by flush().
constexpr char stagingTables[] =
    "DROP TABLE IF EXISTS temp.import_line; DROP TABLE IF EXISTS temp.import_text;"
    "CREATE TEMP TABLE import_line (ordinal INTEGER PRIMARY KEY, line_key TEXT NOT NULL, quote_key TEXT NOT NULL, "
    "quote_text TEXT, quote_ordinal INTEGER, element_id INTEGER, amount INTEGER, from_year INTEGER, to_year INTEGER, "
    "funding TEXT, kind TEXT, line_id INTEGER, quote_id INTEGER, figure_id INTEGER);"
    // The texts of new elements (entity_id) and of staged lines (line_ordinal), in the order they were read.
    "CREATE TEMP TABLE import_text (seq INTEGER PRIMARY KEY, entity_id INTEGER, line_ordinal INTEGER, "
    "field TEXT NOT NULL, lang TEXT NOT NULL, text TEXT, status TEXT NOT NULL);";

bool makeStaging(const QSqlDatabase &database)
{
    BulkStatement::exec(database, stagingTables);
    return true;
}
} // namespace

BudgetStream::BudgetStream(QSqlDatabase database)
    : m_database(std::move(database)), m_staging(makeStaging(m_database)),
      m_entity(m_database, "INSERT INTO entity (kind, key) VALUES (?, ?)"),
      m_element(m_database, "INSERT INTO element (id, plan_id, parent_id, ordinal, kind) VALUES (?, ?, ?, ?, ?)"),
      m_stageLine(m_database, "INSERT INTO temp.import_line (ordinal, line_key, quote_key, quote_text, quote_ordinal, "
                              "element_id, amount, from_year, to_year, funding, kind) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_stageText(m_database, "INSERT INTO temp.import_text (entity_id, line_ordinal, field, lang, text, status) "
                              "VALUES (?, ?, ?, ?, ?, ?)"),
      m_keyId(m_database, "SELECT id FROM entity WHERE key = ?")
{
}

BudgetStream::~BudgetStream()
{
    // After a rollback the tables are gone already; errors here change nothing that stays.
    if (sqlite3 *db = SqliteHandle::of(m_database); db && m_staging)
        sqlite3_exec(db, "DROP TABLE IF EXISTS temp.import_line; DROP TABLE IF EXISTS temp.import_text", nullptr,
                     nullptr, nullptr);
}

qint64 BudgetStream::idOf(const QString &key)
{
    const qint64 id = m_keyId.bind(key).runForId();
    if (id == 0)
        throw StoreError(QStringLiteral("nothing has the key \"%1\"").arg(key));
    return id;
}

void BudgetStream::begin(Transaction &transaction, const Source *source, const QString &sourceKey, const Plan &plan,
                         const QString &replacedPlanKey)
{
    if (!replacedPlanKey.isEmpty()) {
        // Its elements, budget lines and their figures go with it (ON DELETE CASCADE and the entity triggers).
        SqlQuery(m_database, QStringLiteral("DELETE FROM plan WHERE id = ?")).bind(idOf(replacedPlanKey)).exec();
    }
    Dataset skeleton;
    if (source)
        skeleton.sources.append(*source);
    skeleton.plans.append(plan);
    // DatasetStore writes the few rows of the plan and source exactly as a whole-batch import does.
    DatasetStore(m_database).insert(skeleton, transaction);
    m_planId = idOf(plan.key);
    m_sourceId = source ? idOf(sourceKey) : 0;
    m_mergesDeferred.emplace(m_database);
}

qint64 BudgetStream::addEntity(const char *kind, const QString &key)
{
    m_entity.bindUtf8(QByteArray(kind)).bind(key).run();
    return m_entity.lastInsertId();
}

void BudgetStream::addText(qint64 id, int lineOrdinal, const char *field, const QString &text, ReviewStatus status,
                           const char *lang)
{
    if (id)
        m_stageText.bind(id).bindNull();
    else
        m_stageText.bindNull().bind(lineOrdinal);
    m_stageText.bindUtf8(QByteArray(field)).bindUtf8(QByteArray(lang)).bind(text);
    m_stageText.bind(reviewStatusName(status)).run();
}

qint64 BudgetStream::addElement(qint64 parentId, int ordinal, const Element &element)
{
    const qint64 id = addEntity("element", element.key);
    m_element.bind(id).bind(m_planId);
    if (parentId)
        m_element.bind(parentId);
    else
        m_element.bindNull();
    m_element.bind(ordinal).bind(element.kind).run();
    addText(id, 0, "name", element.name.ko, element.name.koStatus, "ko");
    addText(id, 0, "name", element.name.en, element.name.enStatus, "en");
    addText(id, 0, "description", element.description.ko, element.description.koStatus, "ko");
    addText(id, 0, "description", element.description.en, element.description.enStatus, "en");
    return id;
}

void BudgetStream::addLine(const BudgetLine &line, qint64 elementId, const QString &quoteKey, const QString &quoteText)
{
    const int ordinal = m_lineOrdinal++;
    m_stageLine.bind(ordinal).bind(line.key).bind(quoteKey);
    if (m_sourceId)
        m_stageLine.bind(quoteText).bind(m_quoteOrdinal++);
    else
        m_stageLine.bindNull().bindNull();
    if (elementId)
        m_stageLine.bind(elementId);
    else
        m_stageLine.bindNull();
    m_stageLine.bind(line.amount.won);
    if (line.fromYear)
        m_stageLine.bind(*line.fromYear);
    else
        m_stageLine.bindNull();
    if (line.toYear)
        m_stageLine.bind(*line.toYear);
    else
        m_stageLine.bindNull();
    m_stageLine.bind(line.funding).bind(line.kind).run();
    addText(0, ordinal, "label", line.label.ko, line.label.koStatus, "ko");
    addText(0, ordinal, "label", line.label.en, line.label.enStatus, "en");
    if (++m_staged >= flushEvery)
        flush();
}

void BudgetStream::flush()
{
    if (m_sourceId) {
        BulkStatement::exec(m_database, "INSERT INTO entity (kind, key) "
                                        "SELECT 'quote', quote_key FROM temp.import_line ORDER BY ordinal");
    }
    BulkStatement::exec(m_database, "INSERT INTO entity (kind, key) "
                                    "SELECT 'budget_line', line_key FROM temp.import_line ORDER BY ordinal");
    BulkStatement::exec(m_database, "INSERT INTO entity (kind, key) "
                                    "SELECT 'figure', line_key || '#amount' FROM temp.import_line ORDER BY ordinal");
    BulkStatement::exec(m_database,
                        "UPDATE temp.import_line SET line_id = (SELECT id FROM main.entity WHERE key = line_key), "
                        "quote_id = (SELECT id FROM main.entity WHERE key = quote_key), "
                        "figure_id = (SELECT id FROM main.entity WHERE key = line_key || '#amount')");
    // Quotes of a source imported before are looked up by key: one that is not there refuses the import.
    BulkStatement missing(m_database, "SELECT quote_key FROM temp.import_line WHERE quote_id IS NULL LIMIT 1");
    if (const QString key = missing.runForText(); !key.isEmpty())
        throw StoreError(QStringLiteral("nothing has the key \"%1\"").arg(key));
    if (m_sourceId) {
        BulkStatement quotes(m_database, "INSERT INTO quote (id, source_id, ordinal, text) "
                                         "SELECT quote_id, ?, quote_ordinal, quote_text FROM temp.import_line "
                                         "ORDER BY ordinal");
        quotes.bind(m_sourceId).run();
    }
    BulkStatement lines(m_database, "INSERT INTO budget_line (id, plan_id, element_id, ordinal, amount, "
                                    "original_amount, original_currency, from_year, to_year, funding, kind) "
                                    "SELECT line_id, ?, element_id, ordinal, amount, NULL, NULL, from_year, to_year, "
                                    "funding, kind FROM temp.import_line ORDER BY ordinal");
    lines.bind(m_planId).run();
    // In the order read: the search index's triggers then list them as a row-by-row write would.
    BulkStatement::exec(m_database,
                        "INSERT INTO localized_text (entity_id, field, lang, text, status) "
                        "SELECT COALESCE(t.entity_id, l.line_id), t.field, t.lang, COALESCE(t.text, ''), t.status "
                        "FROM temp.import_text t LEFT JOIN temp.import_line l ON l.ordinal = t.line_ordinal "
                        "ORDER BY t.seq");
    BulkStatement::exec(m_database, "INSERT INTO figure (id, owner_id, field, printed) "
                                    "SELECT figure_id, line_id, 'amount', NULL FROM temp.import_line ORDER BY ordinal");
    BulkStatement::exec(m_database, "INSERT INTO figure_quote (figure_id, quote_id, ordinal) "
                                    "SELECT figure_id, quote_id, 0 FROM temp.import_line ORDER BY ordinal");
    BulkStatement::exec(m_database, "DELETE FROM temp.import_line; DELETE FROM temp.import_text");
    m_staged = 0;
    m_indexed += SearchIndexer(m_database).indexPending();
}

void BudgetStream::finish(const LocalizedText &title)
{
    flush();
    if (m_sourceId && m_quoteOrdinal == 0)
        SqlQuery(m_database, QStringLiteral("DELETE FROM source WHERE id = ?")).bind(m_sourceId).exec();
    SqlQuery update(m_database, QStringLiteral("UPDATE localized_text SET text = COALESCE(?, ''), status = ? "
                                               "WHERE entity_id = ? AND field = 'title' AND lang = ?"));
    update.bind(title.ko).bind(reviewStatusName(title.koStatus)).bind(m_planId).bind(QStringLiteral("ko")).exec();
    update.bind(title.en).bind(reviewStatusName(title.enStatus)).bind(m_planId).bind(QStringLiteral("en")).exec();
    SearchIndexer indexer(m_database);
    m_indexed += indexer.indexPending();
    if (m_indexed >= SearchIndexer::optimizeAfter)
        indexer.optimize();
    m_mergesDeferred.reset();
}

} // namespace innoatlas
