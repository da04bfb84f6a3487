#pragma once

#include <QMetaType>
#include <QString>

namespace innoatlas {

/** Which entity is meant, with the plan and region it belongs to (for the views that show those). */
struct EntityRef
{
    QString key;
    QString kind;
    QString planKey;
    QString regionKey;

    bool isValid() const { return !key.isEmpty(); }
    bool operator==(const EntityRef &o) const
    {
        return key == o.key && kind == o.kind && planKey == o.planKey && regionKey == o.regionKey;
    }
    bool operator!=(const EntityRef &o) const { return !(*this == o); }
};

} // namespace innoatlas

Q_DECLARE_METATYPE(innoatlas::EntityRef)
