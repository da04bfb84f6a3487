#pragma once

#include "model/LocalizedText.h"

#include <QStringList>

#include <optional>

namespace innoatlas {

/** One translation unit of an XLIFF file, its inline markup reduced to plain text. */
struct XliffUnit
{
    /** "entity-key:field" in files InnoAtlas wrote. */
    QString id;
    QString source;
    QString target;
    bool hasTarget = false;
    /** The review state the unit's state/approved attributes map to (XliffStatus); none without a target. */
    std::optional<ReviewStatus> status;
    /** A draft waiting for review because its source changed (state needs-review-translation). */
    bool needsReview = false;
    QStringList notes;
    /** Where the unit starts in the file (1-based), for messages. */
    qint64 line = 0;
};

} // namespace innoatlas
