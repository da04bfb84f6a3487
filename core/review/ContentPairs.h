#pragma once

#include "review/ContentFilter.h"
#include "review/FieldPair.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVector>

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
    /** The fields of the entities @p ids (a scope already resolved, such as ReviewScopes::inCities()). */
    static QVector<FieldPair> loadEntities(const QSqlDatabase &database, const QSet<qint64> &ids);
    /** The texts of the database (either language of a field), counted no further than @p limit + 1. */
    static qint64 countUpTo(const QSqlDatabase &database, qint64 limit);
    /** One field, or a pair with entityId 0 when the entity or the field does not exist. */
    static FieldPair loadOne(const QSqlDatabase &database, const FieldKey &key);
};

} // namespace innoatlas
