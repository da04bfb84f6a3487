#pragma once

#include "common/ItemRoles.h"

namespace innoatlas {

/** Data roles of the translator workspace's models, after the shared ItemRole values. */
enum ReviewRole
{
    KoStatusRole = FieldRole + 100, ///< int (ReviewStatus) of the Korean side
    EnStatusRole,                   ///< int (ReviewStatus) of the English side
    CheckIdsRole,                   ///< QStringList: the check ids of the row's open findings
    FlaggedRole,                    ///< bool: a language waits for review because the other changed
};

} // namespace innoatlas
