#pragma once

#include "review/ContentFilter.h"

#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace innoatlas {

/**
 * The entities a ContentFilter's city, plan and entity keys select. Throws StoreError
 * naming the key when a city, plan or entity does not exist.
 */
class EntityScope
{
public:
    /** The ids in scope, or nullopt when the filter names no city, plan or entity (everything). */
    static std::optional<QSet<qint64>> resolve(const QSqlDatabase &database, const ContentFilter &filter);

private:
    static QSet<qint64> underCityOrPlan(const QSqlDatabase &database, qint64 cityId, qint64 planId, bool withQuotes);
};

} // namespace innoatlas
