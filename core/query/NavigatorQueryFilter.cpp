// NavigatorQuery::filter(): the entities whose label holds a filter text, found through the search
// index so that a keystroke reads what matches rather than every label of the database.

#include "query/NavigatorQuery.h"

#include "query/LabelMatcher.h"
#include "query/NavigatorQueryReaders.h"

#include "search/SearchIndexer.h"
#include "store/JsonIds.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QSet>

namespace innoatlas {

namespace {
// The fields the navigator shows as labels; all of them are names and titles (tier 0) of the search index.
const QString labelFields = QStringLiteral("('name', 'title', 'label', 'metric')");
// Larger than any character: "key" <= term < "key" + U+10FFFF is every term beginning with key.
const QString afterAll = QString::fromUcs4(U"\U0010FFFF", 1);
constexpr int maxPhraseLength = 48;

struct Candidate
{
    qint64 id = 0;
    QString key;
    QString kind;
    QString field;
    QString planKey;   ///< the plan whose contents list the entity, if any
    QString regionKey; ///< for an event of no plan, its region
    QString text;      ///< the text, when it has to be compared here
    bool verified = false;
    qint64 ownerId = 0;  ///< from lean(): the plan (or, for an indicator, the owner) whose contents list the entity
    qint64 regionId = 0; ///< from lean(): for an event, its region
};

/**
 * The label texts of the documents @p docs (a statement of entity_id, field and text) with their kind and owner,
 * each label field joined to the tables of the kinds it labels only: one lookup per document, where joining every
 * kind's table and the plan's entity cost nine at national scale. The keys are read afterwards (resolveKeys()).
 */
QString lean(const QString &docs)
{
    const auto part = [](const char *kind, const char *table, const char *field, const char *owner,
                         const char *region) {
        return QStringLiteral(
                   "SELECT c.entity_id, '%1', c.field, %4, %5, c.text FROM c JOIN %2 x ON x.id = c.entity_id "
                   "WHERE c.field = '%3'")
            .arg(QLatin1String(kind), QLatin1String(table), QLatin1String(field), QLatin1String(owner),
                 QLatin1String(region));
    };
    const QStringList parts = {part("event", "event", "title", "x.plan_id", "x.region_id"),
                               part("plan", "plan", "title", "NULL", "NULL"),
                               part("element", "element", "name", "x.plan_id", "NULL"),
                               part("budget_line", "budget_line", "label", "x.plan_id", "NULL"),
                               part("target", "target", "metric", "x.plan_id", "NULL"),
                               part("indicator", "indicator", "metric", "x.owner_id", "NULL"),
                               part("region", "region", "name", "NULL", "NULL"),
                               part("theme", "theme", "name", "NULL", "NULL"),
                               part("organisation", "organisation", "name", "NULL", "NULL")};
    return QStringLiteral("WITH c AS MATERIALIZED (") + docs + QStringLiteral(") ") +
           parts.join(QStringLiteral(" UNION ALL "));
}

// The columns every candidate statement returns, then the text (or NULL) as the seventh.
const QString candidateColumns = QStringLiteral("SELECT d.entity_id, e.key, e.kind, d.field, pe.key, rge.key, ");
// The entity of search_doc d and, for the contents of plans, the plan (an indicator of a region has none).
const QString candidateJoins = QStringLiteral(
    " JOIN entity e ON e.id = d.entity_id "
    "LEFT JOIN element el ON e.kind = 'element' AND el.id = e.id "
    "LEFT JOIN budget_line bl ON e.kind = 'budget_line' AND bl.id = e.id "
    "LEFT JOIN target tg ON e.kind = 'target' AND tg.id = e.id "
    "LEFT JOIN indicator ind ON e.kind = 'indicator' AND ind.id = e.id "
    "LEFT JOIN event ev ON e.kind = 'event' AND ev.id = e.id "
    "LEFT JOIN entity pe ON pe.kind = 'plan' AND pe.id = COALESCE(el.plan_id, bl.plan_id, tg.plan_id, ind.owner_id, "
    "ev.plan_id) "
    "LEFT JOIN entity rge ON ev.plan_id IS NULL AND rge.id = ev.region_id ");

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

/** Reads the rows of a lean() statement into @p out; their keys are still to be read (resolveKeys()). */
void readLean(SqlQuery &query, QVector<Candidate> &out, bool verified)
{
    const QString padding = SearchIndexer::columnValue(QString());
    while (query.next()) {
        Candidate candidate;
        candidate.id = query.value(0).toLongLong();
        candidate.kind = query.value(1).toString();
        candidate.field = query.value(2).toString();
        candidate.ownerId = query.value(3).toLongLong();
        candidate.regionId = query.value(4).toLongLong();
        candidate.verified = verified;
        if (!verified) {
            candidate.text = query.value(5).toString();
            if (candidate.text.endsWith(padding))
                candidate.text.chop(padding.size());
        }
        out.append(std::move(candidate));
    }
}

/**
 * The keys of lean() candidates, in one statement: their plans', for an event of no plan its region's, and their own
 * where the navigator lists them at the top (regions, plans, themes, events of no plan, indicators of regions).
 */
void resolveKeys(const QSqlDatabase &db, QVector<Candidate> &candidates, qsizetype from)
{
    QSet<qint64> ids;
    for (qsizetype i = from; i < candidates.size(); ++i) {
        const Candidate &candidate = candidates.at(i);
        if (candidate.ownerId != 0)
            ids.insert(candidate.ownerId);
        if (candidate.ownerId == 0 && candidate.regionId != 0)
            ids.insert(candidate.regionId);
        // An event of a plan is listed in its plan's contents, by id, like an element: its own key is not needed.
        const bool inPlan = candidate.kind == QLatin1String("element") ||
                            candidate.kind == QLatin1String("budget_line") ||
                            candidate.kind == QLatin1String("target") ||
                            (candidate.kind == QLatin1String("event") && candidate.ownerId != 0);
        if (!inPlan && candidate.kind != QLatin1String("organisation"))
            ids.insert(candidate.id);
    }
    if (ids.isEmpty())
        return;
    QHash<qint64, QPair<QString, bool>> keys; // id → key, whether a plan
    SqlQuery query(db, QStringLiteral("SELECT id, key, kind = 'plan' FROM entity WHERE id IN "
                                      "(SELECT value FROM json_each(?))"));
    query.bind(jsonIds(ids)).exec();
    while (query.next())
        keys.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toBool()});
    for (qsizetype i = from; i < candidates.size(); ++i) {
        Candidate &candidate = candidates[i];
        candidate.key = keys.value(candidate.id).first;
        const auto owner = keys.value(candidate.ownerId);
        if (owner.second)
            candidate.planKey = owner.first;
        else if (candidate.ownerId == 0 && candidate.regionId != 0)
            candidate.regionKey = keys.value(candidate.regionId).first;
    }
}

void read(SqlQuery &query, QVector<Candidate> &out, bool verified)
{
    const QString padding = SearchIndexer::columnValue(QString());
    while (query.next()) {
        Candidate candidate{query.value(0).toLongLong(),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toString(),
                            query.value(4).toString(),
                            query.value(5).toString(),
                            QString(),
                            verified};
        if (!verified) {
            candidate.text = query.value(6).toString();
            if (candidate.text.endsWith(padding))
                candidate.text.chop(padding.size());
        }
        out.append(std::move(candidate));
    }
}

/** Label texts that hold @p key (lower case), from the trigram index and the texts it has not indexed yet. */
QVector<Candidate> indexedCandidates(const QSqlDatabase &db, const QString &key)
{
    const QString where = QStringLiteral(" WHERE d.origin = 'text' AND d.tier = 0 AND d.field IN ") + labelFields;
    QVector<Candidate> result;
    QString phraseKey = key.left(maxPhraseLength);
    if (phraseKey.back().isHighSurrogate())
        phraseKey.chop(1);
    // The index folds case as the filter does and finds exact substrings: only a key cut to a
    // phrase's length leaves texts to compare here.
    const bool verified = phraseKey.size() == key.size();
    const QString text = verified ? QStringLiteral("NULL") : QStringLiteral("f.head");
    if (codePoints(phraseKey) >= 3) {
        // A phrase of trigrams is a substring; inside double quotes only '"' is special, and it is doubled.
        QString phrase = phraseKey;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        SqlQuery query(db, lean(QStringLiteral("SELECT d.entity_id, d.field, ") + text +
                                QStringLiteral(" AS text FROM (SELECT rowid AS id, head FROM search_fts "
                                               "WHERE search_fts MATCH ?) f JOIN search_doc d ON d.id = f.id") +
                                where));
        query.bind(QStringLiteral("head : \"") + phrase + QLatin1Char('"')).exec();
        readLean(query, result, verified);
    } else {
        // A trigram index cannot answer one or two characters; the trigrams that begin with them can
        // (every text ends in two padding characters, so each occurrence begins a trigram).
        // One or two characters are never cut, so no text is compared here and the index's texts are not read.
        // The documents in id order: their rows are read page after page rather than back and forth.
        SqlQuery query(db, lean(QStringLiteral("SELECT d.entity_id, d.field, NULL AS text FROM (SELECT DISTINCT doc "
                                               "AS id FROM search_vocab WHERE term >= ? AND term < ? AND col = 'head' "
                                               "ORDER BY 1) f JOIN search_doc d ON d.id = f.id") +
                                where));
        query.bind(phraseKey).bind(phraseKey + afterAll).exec();
        readLean(query, result, verified);
    }
    resolveKeys(db, result, 0);
    SqlQuery pending(db,
                     candidateColumns +
                         QStringLiteral("t.text FROM search_doc d JOIN localized_text t ON t.entity_id = d.entity_id "
                                        "AND t.field = d.field AND t.lang = d.lang") +
                         candidateJoins + where + QStringLiteral(" AND d.indexed = 0"));
    pending.exec();
    read(pending, result, false);
    return result;
}

/** Every label text: where there is no search index. */
QVector<Candidate> allLabels(const QSqlDatabase &db)
{
    SqlQuery query(db, candidateColumns + QStringLiteral("d.text FROM localized_text d") + candidateJoins +
                           QStringLiteral(" WHERE d.text <> '' AND d.field IN ") + labelFields);
    query.exec();
    QVector<Candidate> result;
    read(query, result, false);
    return result;
}

bool isLabel(const QString &kind, const QString &field)
{
    static const QSet<QString> pairs = {
        QStringLiteral("region/name"),       QStringLiteral("plan/title"),    QStringLiteral("element/name"),
        QStringLiteral("budget_line/label"), QStringLiteral("target/metric"), QStringLiteral("indicator/metric"),
        QStringLiteral("event/title"),       QStringLiteral("theme/name"),    QStringLiteral("organisation/name")};
    return pairs.contains(kind + QLatin1Char('/') + field);
}

/** Rows of (id, text) for the JSON array @p json bound to the statement's one placeholder. */
QVector<QPair<qint64, QString>> rows(const QSqlDatabase &db, const QString &sql, const QString &json)
{
    SqlQuery query(db, sql);
    query.bind(json).exec();
    QVector<QPair<qint64, QString>> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}
} // namespace

bool NavigatorQuery::findsMoreThan(const QSqlDatabase &database, const QString &typed, int limit)
{
    const QString key = typed.trimmed().toLower();
    if (key.isEmpty())
        return false;
    // Without SQLite, planHoldsFind() cannot compare texts as the filter does; filter() reads every label there.
    if (SqlDialect::isPostgres(database))
        return false;
    if (key.contains(QChar(0)))
        return true;
    QString phraseKey = key.left(maxPhraseLength);
    if (phraseKey.back().isHighSurrogate())
        phraseKey.chop(1);
    try {
        // Texts not indexed yet are compared one by one by filter(): they count as finds.
        SqlQuery pending(database, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_doc "
                                                  "WHERE indexed = 0 LIMIT ?)"));
        pending.bind(limit + 1).exec();
        int count = pending.next() ? pending.value(0).toInt() : 0;
        if (count > limit)
            return true;
        // The index's documents that hold the text, counted no further than the limit: any text of the
        // names and titles (tier 0), of which the labels are a part.
        QString sql;
        QVariantList values;
        if (codePoints(phraseKey) >= 3) {
            QString phrase = phraseKey;
            phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
            sql =
                QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)");
            values << QStringLiteral("head : \"") + phrase + QLatin1Char('"');
        } else {
            sql = QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT doc FROM search_vocab "
                                 "WHERE term >= ? AND term < ? AND col = 'head' LIMIT ?)");
            values << phraseKey << phraseKey + afterAll;
        }
        SqlQuery found(database, sql);
        for (const QVariant &value : std::as_const(values))
            found.bind(value);
        found.bind(limit + 1 - count).exec();
        count += found.next() ? found.value(0).toInt() : 0;
        return count > limit;
    } catch (const StoreError &) {
        // No index: filter() would read every label.
        return true;
    }
}

NavigatorFinds NavigatorQuery::filter(const QSqlDatabase &database, const QString &typed)
{
    const QString text = typed.trimmed();
    NavigatorFinds finds;
    if (text.isEmpty())
        return finds;

    QVector<Candidate> candidates;
    const QString key = text.toLower();
    if (!SqlDialect::isPostgres(database) && !key.contains(QChar(0))) {
        try {
            candidates = indexedCandidates(database, key);
        } catch (const StoreError &) {
            // A database without the index (or an FTS5 error): every label is read instead.
            candidates = allLabels(database);
        }
    } else {
        candidates = allLabels(database);
    }

    QHash<qint64, QString> contents; // found in plans' contents: the plan of each
    QSet<qint64> participants;       // organisations and regions: a participation is labelled by its participant
    QSet<qint64> elements;
    const LabelMatcher matcher(text);
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (!isLabel(candidate.kind, candidate.field) || (!candidate.verified && !matcher.isIn(candidate.text)))
            continue;
        if (candidate.kind == QLatin1String("organisation") || candidate.kind == QLatin1String("region"))
            participants.insert(candidate.id);
        if (candidate.kind == QLatin1String("organisation"))
            continue;
        if (candidate.planKey.isEmpty()) {
            // Regions, plans, themes, events of no plan (and indicators of regions, which are not listed).
            finds.keys.insert(candidate.key);
            if (!candidate.regionKey.isEmpty())
                finds.regionEvents[candidate.regionKey].insert(candidate.key);
        } else {
            contents.insert(candidate.id, candidate.planKey);
            if (candidate.kind == QLatin1String("element"))
                elements.insert(candidate.id);
        }
    }
    if (!participants.isEmpty()) {
        const QString json = jsonIds(participants);
        const QString sql = QStringLiteral("SELECT pt.id, pe.key FROM participation pt "
                                           "LEFT JOIN event v ON v.id = pt.event_id "
                                           "JOIN entity pe ON pe.id = COALESCE(pt.plan_id, v.plan_id) WHERE pt.%1 IN "
                                           "(SELECT value FROM json_each(?))");
        for (const QString &column : {QStringLiteral("organisation_id"), QStringLiteral("region_id")}) {
            for (const auto &[id, planKey] : rows(database, sql.arg(column), json))
                contents.insert(id, planKey);
        }
    }
    NavigatorQueryReaders::addElementsAround(database, contents, elements);
    for (auto it = contents.cbegin(); it != contents.cend(); ++it)
        finds.plans[it.value()].append(it.key());
    return finds;
}

void NavigatorQueryReaders::addElementsAround(const QSqlDatabase &database, QHash<qint64, QString> &contents,
                                              const QSet<qint64> &elements)
{
    // The elements below a found element are listed with it (as the old filter did), in its plan.
    for (QSet<qint64> level = elements; !level.isEmpty();) {
        QSet<qint64> children;
        for (const auto &[child, parent] :
             rows(database,
                  QStringLiteral(
                      "SELECT id, parent_id FROM element WHERE parent_id IN (SELECT value FROM json_each(?))"),
                  jsonIds(level))) {
            if (!contents.contains(child)) {
                contents.insert(child, contents.value(parent.toLongLong()));
                children.insert(child);
            }
        }
        level = children;
    }
    // The elements above a found element, so that it is shown in its place (in the same plan).
    for (QSet<qint64> level = elements; !level.isEmpty();) {
        QSet<qint64> parents;
        for (const auto &[child, parent] :
             rows(database,
                  QStringLiteral("SELECT id, parent_id FROM element WHERE parent_id IS NOT NULL "
                                 "AND id IN (SELECT value FROM json_each(?))"),
                  jsonIds(level))) {
            const qint64 parentId = parent.toLongLong();
            if (!contents.contains(parentId)) {
                contents.insert(parentId, contents.value(child));
                parents.insert(parentId);
            }
        }
        level = parents;
    }
}

} // namespace innoatlas
