#pragma once

#include <QString>

namespace innoatlas {

/** One entity that deleting another one affects. */
struct ImpactItem
{
    enum class Effect
    {
        /** Deleted with it (a plan's budget lines). */
        Deleted,
        /** Kept, but loses its reference or link to it (an organisation's region, a figure's quote). */
        Unlinked,
        /** Refers to it and must be moved or deleted first (a region's plans). */
        Blocking,
    };
    Effect effect = Effect::Deleted;
    qint64 id = 0;
    QString key;
    QString kind;
    QString nameKo;
    QString nameEn;
};

} // namespace innoatlas
