#pragma once

#include "review/ContentFilter.h"
#include "review/FieldPair.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

namespace innoatlas {

/**
 * Reads the bilingual content fields of a database as FieldPairs, in entity order and,
 * within an entity, in the order of ContentFields::of(). Every quote yields a
 * "translation" pair, translated or not. Throws StoreError (naming an unknown city, plan
 * or entity key) when the filter cannot be applied.
 */
class ContentPairs
{
public:
    static QVector<FieldPair> load(const QSqlDatabase &database, const ContentFilter &filter = {});
    /**
     * Hands the fields of the entities @p ids (a scope already resolved, such as ReviewScopes::inCities(); every
     * entity when there is none) to @p take one by one, in load()'s order, after telling @p expect how many there
     * are. Each is let go as it is handed on: the 75,000 pairs of a city of a national database are not held twice.
     */
    static void readEach(const QSqlDatabase &database, const std::optional<QSet<qint64>> &ids,
                         const std::function<void(qsizetype count)> &expect,
                         const std::function<void(FieldPair &&pair)> &take);
    /** The texts of the database (either language of a field), counted no further than @p limit + 1. */
    static qint64 countUpTo(const QSqlDatabase &database, qint64 limit);
    /** One field, or a pair with entityId 0 when the entity or the field does not exist. */
    static FieldPair loadOne(const QSqlDatabase &database, const FieldKey &key);
};

} // namespace innoatlas
