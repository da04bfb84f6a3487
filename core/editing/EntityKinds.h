#pragma once

#include "editing/KindSpec.h"

namespace innoatlas {

/**
 * The editable entity kinds (every kind of the schema's `entity.kind` except the stated counts the
 * importer derives) and how each is stored. The entity kind is also the name of its table.
 */
class EntityKinds
{
public:
    static const QVector<KindSpec> &all();
    /** nullptr for a kind that cannot be edited. */
    static const KindSpec *find(const QString &kind);
};

} // namespace innoatlas
