// NavigatorQuery::filter(): the entities whose label holds a filter text, found through the search
// index so that a keystroke reads what matches rather than every label of the database.

#include "query/NavigatorQuery.h"

#include "query/NavigatorQueryReaders.h"
#include "search/SearchIndexer.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QSet>

namespace innoatlas {

using namespace NavigatorQueryReaders;

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
    QString text;
};

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

QString jsonIds(const QSet<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']');
}

void read(SqlQuery &query, QVector<Candidate> &out)
{
    const QString padding = SearchIndexer::columnValue(QString());
    while (query.next()) {
        Candidate candidate{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString()};
        if (candidate.text.endsWith(padding))
            candidate.text.chop(padding.size());
        out.append(std::move(candidate));
    }
}

/** Label texts that may hold @p key (lower case), from the trigram index and the texts it has not indexed yet. */
QVector<Candidate> indexedCandidates(const QSqlDatabase &db, const QString &key)
{
    const QString columns = QStringLiteral("SELECT d.entity_id, e.key, e.kind, d.field, ");
    const QString joins = QStringLiteral(" JOIN search_doc d ON d.id = f.id JOIN entity e ON e.id = d.entity_id "
                                         "WHERE d.origin = 'text' AND d.tier = 0 AND d.field IN ") +
                          labelFields;
    QVector<Candidate> result;
    QString phraseKey = key.left(maxPhraseLength);
    if (phraseKey.back().isHighSurrogate())
        phraseKey.chop(1);
    if (codePoints(phraseKey) >= 3) {
        // A phrase of trigrams is a substring; inside double quotes only '"' is special, and it is doubled.
        QString phrase = phraseKey;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        SqlQuery query(db, columns +
                               QStringLiteral("f.head FROM (SELECT rowid AS id, head FROM search_fts "
                                              "WHERE search_fts MATCH ?) f") +
                               joins);
        query.bind(QStringLiteral("head : \"") + phrase + QLatin1Char('"')).exec();
        read(query, result);
    } else {
        // A trigram index cannot answer one or two characters; the trigrams that begin with them can.
        SqlQuery query(db, columns +
                               QStringLiteral("f.head FROM (SELECT DISTINCT doc AS id FROM search_vocab "
                                              "WHERE term >= ? AND term < ? AND col = 'head') c "
                                              "JOIN (SELECT rowid AS id, head FROM search_fts) f ON f.id = c.id") +
                               joins);
        query.bind(phraseKey).bind(phraseKey + afterAll).exec();
        read(query, result);
    }
    SqlQuery pending(db, columns +
                             QStringLiteral("t.text FROM search_doc d JOIN entity e ON e.id = d.entity_id "
                                            "JOIN localized_text t ON t.entity_id = d.entity_id "
                                            "AND t.field = d.field AND t.lang = d.lang "
                                            "WHERE d.indexed = 0 AND d.origin = 'text' AND d.field IN ") +
                             labelFields);
    pending.exec();
    read(pending, result);
    return result;
}

/** Every label text: where there is no search index. */
QVector<Candidate> allLabels(const QSqlDatabase &db)
{
    SqlQuery query(db, QStringLiteral("SELECT t.entity_id, e.key, e.kind, t.field, t.text FROM localized_text t "
                                      "JOIN entity e ON e.id = t.entity_id WHERE t.text <> '' AND t.field IN ") +
                           labelFields);
    query.exec();
    QVector<Candidate> result;
    read(query, result);
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

QSet<qint64> ids(const QSqlDatabase &db, const QString &sql, const QString &json)
{
    SqlQuery query(db, sql);
    query.bind(json).exec();
    QSet<qint64> result;
    while (query.next())
        result.insert(query.value(0).toLongLong());
    return result;
}
} // namespace

NavigatorData NavigatorQuery::filter(const QSqlDatabase &database, const QString &typed)
{
    const QString text = typed.trimmed();
    NavigatorData data;
    if (text.isEmpty())
        return data;

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

    QSet<qint64> found;         // listed entities whose own label holds the text
    QSet<qint64> organisations; // participants: a participation is labelled by its organisation or region
    QSet<qint64> regionNames;
    QSet<QString> themes;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (!isLabel(candidate.kind, candidate.field) || !candidate.text.contains(text, Qt::CaseInsensitive))
            continue;
        if (candidate.kind == QLatin1String("theme")) {
            themes.insert(candidate.key);
        } else if (candidate.kind == QLatin1String("organisation")) {
            organisations.insert(candidate.id);
        } else {
            found.insert(candidate.id);
            if (candidate.kind == QLatin1String("region"))
                regionNames.insert(candidate.id);
        }
    }
    if (!organisations.isEmpty() || !regionNames.isEmpty()) {
        found.unite(ids(database,
                        QStringLiteral("SELECT id FROM participation WHERE organisation_id IN "
                                       "(SELECT value FROM json_each(?))"),
                        jsonIds(organisations)));
        found.unite(
            ids(database,
                QStringLiteral("SELECT id FROM participation WHERE region_id IN (SELECT value FROM json_each(?))"),
                jsonIds(regionNames)));
    }
    // The elements above a found element, so that it is shown in its place.
    QSet<qint64> ancestors;
    for (QSet<qint64> level = found; !level.isEmpty();) {
        level = ids(database,
                    QStringLiteral("SELECT parent_id FROM element WHERE parent_id IS NOT NULL AND id IN "
                                   "(SELECT value FROM json_each(?))"),
                    jsonIds(level));
        level.subtract(ancestors);
        level.subtract(found);
        ancestors.unite(level);
    }

    const Scope scope = Scope::ids(jsonIds(found + ancestors));
    data.entries = regions(database, scope);
    data.entries += plans(database, scope);
    data.entries += elements(database, scope);
    data.entries += budgetLines(database, scope);
    data.entries += targets(database, scope);
    data.entries += indicators(database, scope);
    data.entries += events(database, scope);
    data.entries += participations(database, scope);
    for (const NavigatorTheme &theme : NavigatorQueryReaders::themes(database)) {
        if (themes.contains(theme.key))
            data.themes.append({theme.key, theme.name, {}});
    }
    return data;
}

} // namespace innoatlas
