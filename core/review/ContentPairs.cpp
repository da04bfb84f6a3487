#include "review/ContentPairs.h"

#include "review/ContentFields.h"
#include "review/EntityScope.h"
#include "store/JsonIds.h"
#include "store/SqlQuery.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace innoatlas {

namespace {
Language languageFrom(const QString &code)
{
    return code == QLatin1String("ko") ? Language::Korean : Language::English;
}

void setSide(FieldPair &pair, Language language, const QString &text, ReviewStatus status)
{
    if (language == Language::Korean) {
        pair.text.ko = text;
        pair.text.koStatus = status;
    } else {
        pair.text.en = text;
        pair.text.enStatus = status;
    }
}

bool matches(const FieldPair &pair, const ContentFilter &filter)
{
    if (filter.status && pair.text.status(filter.statusLanguage) != *filter.status)
        return false;
    if (filter.flaggedOnly && !pair.koFlag && !pair.enFlag)
        return false;
    return true;
}

void readPairs(const QSqlDatabase &database, const std::optional<QSet<qint64>> &scope, qint64 onlyId,
               const std::function<void(qsizetype)> &expect, const std::function<void(FieldPair &&)> &take)
{
    // A scope is looked up by its ids rather than compared with every text of the database: one city's fields of a
    // national database are tens of thousands of 2.3 million.
    QString where;
    QVariant bound;
    if (onlyId) {
        where = QStringLiteral(" WHERE e.id = ?");
        bound = onlyId;
    } else if (scope) {
        where = QStringLiteral(" WHERE e.id IN (SELECT value FROM json_each(?))");
        bound = jsonIds(*scope);
    }
    QHash<qint64, QVector<FieldPair>> byEntity;
    QVector<qint64> order;
    // The kinds and field names are a few dozen strings, and an entity's fields share its key: each held once, not
    // once per pair (three strings of each of a city's 75,000 pairs).
    QSet<QString> names;
    const auto pairFor = [&](qint64 id, const QString &key, const QString &kind, int version,
                             const QString &field) -> FieldPair & {
        QVector<FieldPair> &pairs = byEntity[id];
        for (FieldPair &pair : pairs) {
            if (pair.key.field == field)
                return pair;
        }
        FieldPair pair;
        pair.entityId = id;
        if (pairs.isEmpty()) {
            order << id;
            pair.key.entityKey = key;
            pair.entityKind = *names.insert(kind);
        } else {
            pair.key.entityKey = pairs.first().key.entityKey;
            pair.entityKind = pairs.first().entityKind;
        }
        pair.key.field = *names.insert(field);
        pair.rowVersion = version;
        pairs << pair;
        return pairs.last();
    };

    // Quotes first: their verbatim text is one side of the "translation" pair.
    SqlQuery quotes(database, QStringLiteral("SELECT e.id, e.key, e.row_version, q.text, s.language FROM quote q "
                                             "JOIN entity e ON e.id = q.id JOIN source s ON s.id = q.source_id") +
                                  where + QStringLiteral(" ORDER BY e.id"));
    if (bound.isValid())
        quotes.bind(bound);
    quotes.exec();
    while (quotes.next()) {
        const qint64 id = quotes.value(0).toLongLong();
        FieldPair &pair = pairFor(id, quotes.value(1).toString(), QStringLiteral("quote"), quotes.value(2).toInt(),
                                  QStringLiteral("translation"));
        const Language verbatim = languageFrom(quotes.value(4).toString());
        pair.verbatimLanguage = verbatim;
        setSide(pair, verbatim, quotes.value(3).toString(), ReviewStatus::Approved);
    }

    SqlQuery texts(database,
                   QStringLiteral("SELECT e.id, e.key, e.kind, e.row_version, t.field, t.lang, t.text, t.status, "
                                  "f.counterpart_text, f.flagged_at, f.flagged_by "
                                  "FROM localized_text t JOIN entity e ON e.id = t.entity_id "
                                  "LEFT JOIN review_flag f ON f.entity_id = t.entity_id AND f.field = t.field "
                                  "AND f.lang = t.lang") +
                       where + QStringLiteral(" ORDER BY e.id"));
    if (bound.isValid())
        texts.bind(bound);
    texts.exec();
    while (texts.next()) {
        const qint64 id = texts.value(0).toLongLong();
        FieldPair &pair = pairFor(id, texts.value(1).toString(), texts.value(2).toString(), texts.value(3).toInt(),
                                  texts.value(4).toString());
        const Language language = languageFrom(texts.value(5).toString());
        if (pair.isVerbatim(language))
            continue; // a quote is not translated into its own language
        ReviewStatus status = ReviewStatus::Missing;
        parseReviewStatus(texts.value(7).toString(), &status);
        setSide(pair, language, texts.value(6).toString(), status);
        if (!texts.value(8).isNull()) {
            auto flag = std::make_shared<const ReviewFlag>(
                ReviewFlag{texts.value(8).toString(), texts.value(9).toString(), texts.value(10).toString()});
            (language == Language::Korean ? pair.koFlag : pair.enFlag) = std::move(flag);
        }
    }

    std::sort(order.begin(), order.end());
    // Handed on entity by entity, each let go as it goes: a city of a national database is 75,000 pairs, held
    // otherwise both here and where they are taken.
    qsizetype total = 0;
    for (const QVector<FieldPair> &pairs : std::as_const(byEntity))
        total += pairs.size();
    expect(total);
    for (qint64 id : order) {
        QVector<FieldPair> pairs = byEntity.take(id);
        const QStringList fields = ContentFields::of(pairs.first().entityKind);
        std::stable_sort(pairs.begin(), pairs.end(), [&fields](const FieldPair &a, const FieldPair &b) {
            return fields.indexOf(a.key.field) < fields.indexOf(b.key.field);
        });
        for (FieldPair &pair : pairs)
            take(std::move(pair));
    }
}

QVector<FieldPair> read(const QSqlDatabase &database, const std::optional<QSet<qint64>> &scope, qint64 onlyId)
{
    QVector<FieldPair> result;
    readPairs(
        database, scope, onlyId, [&result](qsizetype count) { result.reserve(count); },
        [&result](FieldPair &&pair) { result.append(std::move(pair)); });
    return result;
}
} // namespace

QVector<FieldPair> ContentPairs::load(const QSqlDatabase &database, const ContentFilter &filter)
{
    const std::optional<QSet<qint64>> scope = EntityScope::resolve(database, filter);
    QVector<FieldPair> pairs = read(database, scope, 0);
    pairs.erase(
        std::remove_if(pairs.begin(), pairs.end(), [&filter](const FieldPair &pair) { return !matches(pair, filter); }),
        pairs.end());
    return pairs;
}

void ContentPairs::readEach(const QSqlDatabase &database, const std::optional<QSet<qint64>> &ids,
                            const std::function<void(qsizetype)> &expect, const std::function<void(FieldPair &&)> &take)
{
    readPairs(database, ids, 0, expect, take);
}

qint64 ContentPairs::countUpTo(const QSqlDatabase &database, qint64 limit)
{
    SqlQuery query(database, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM localized_text LIMIT ?) AS texts"));
    query.bind(limit + 1).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

FieldPair ContentPairs::loadOne(const QSqlDatabase &database, const FieldKey &key)
{
    SqlQuery entity(database, QStringLiteral("SELECT id, kind, row_version FROM entity WHERE key = ?"));
    entity.bind(key.entityKey).exec();
    if (!entity.next() || !ContentFields::has(entity.value(1).toString(), key.field))
        return {};
    const qint64 id = entity.value(0).toLongLong();
    for (const FieldPair &pair : read(database, std::nullopt, id)) {
        if (pair.key.field == key.field)
            return pair;
    }
    // A known field without rows yet: both languages missing.
    FieldPair pair;
    pair.entityId = id;
    pair.key = key;
    pair.entityKind = entity.value(1).toString();
    pair.rowVersion = entity.value(2).toInt();
    return pair;
}

} // namespace innoatlas
