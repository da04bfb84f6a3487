#pragma once

#include <QString>
#include <QStringList>

namespace innoatlas {

class Database;

/**
 * Copies the whole content of one InnoAtlas database into another — a file to a server and back.
 *
 * Every row of every content table keeps its id, so the copy is the same data (the same JSON
 * export). It is one transaction of the target: a failure leaves the target as it was. A target
 * that holds content is refused unless @p replace, which deletes that content in the same
 * transaction. The search lists of the target are rebuilt by its own triggers.
 */
class StoreCopy
{
public:
    /** The tables copied, parents before children. */
    static const QStringList &tables();
    /** True when @p database holds content (entities, decks, text history). Throws StoreError. */
    static bool hasContent(const Database &database);
    /** Copies; returns the number of rows written. Throws StoreError naming the table at fault. */
    static qint64 copy(const Database &from, Database &to, bool replace);
};

} // namespace innoatlas
