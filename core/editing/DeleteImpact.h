#pragma once

#include "editing/ImpactItem.h"

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * What deleting an entity does to the rest of the data, read before anything is deleted: the
 * entities deleted with it (following the schema's cascades), those that only lose a reference or
 * a link, and those that block the deletion (a region that plans or events still name).
 */
class DeleteImpact
{
public:
    /** Reads the impact of deleting the entity @p id (throws StoreError). */
    static DeleteImpact of(const QSqlDatabase &database, qint64 id);

    /** The entity itself first, then everything else it takes with it. */
    QVector<ImpactItem> deleted() const { return filtered(ImpactItem::Effect::Deleted); }
    QVector<ImpactItem> unlinked() const { return filtered(ImpactItem::Effect::Unlinked); }
    QVector<ImpactItem> blocking() const { return filtered(ImpactItem::Effect::Blocking); }
    const QVector<ImpactItem> &items() const { return m_items; }
    bool isBlocked() const { return !blocking().isEmpty(); }
    /** True when the entity is referenced at all (more than itself is affected). */
    bool affectsOthers() const { return m_items.size() > 1; }
    /** Every id whose rows the deletion changes. */
    QList<qint64> ids() const;

private:
    QVector<ImpactItem> filtered(ImpactItem::Effect effect) const;

    QVector<ImpactItem> m_items;
};

} // namespace innoatlas
