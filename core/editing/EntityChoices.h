#pragma once

#include "editing/EntityChoice.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace innoatlas {

/** The entities the editing forms offer in their pickers, with their names in both languages. */
class EntityChoices
{
public:
    /** Entities of @p kinds (every kind when empty), in key order. Throws StoreError. */
    static QVector<EntityChoice> ofKinds(const QSqlDatabase &database, const QStringList &kinds);
    /** The quotes of the source @p sourceId, in their order; a quote's name is its text. */
    static QVector<EntityChoice> quotesOf(const QSqlDatabase &database, qint64 sourceId);
    /** The source a quote belongs to; 0 when @p quoteId is not a quote. */
    static qint64 sourceOf(const QSqlDatabase &database, qint64 quoteId);
};

} // namespace innoatlas
