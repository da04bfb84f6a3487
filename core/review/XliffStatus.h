#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace innoatlas {

/**
 * How review states travel in XLIFF (docs/XLIFF.md):
 *
 * | InnoAtlas | XLIFF 1.2 target                          | XLIFF 2.0 segment |
 * |-----------|-------------------------------------------|-------------------|
 * | missing   | no target                                 | initial, no target|
 * | draft     | state="translated" (needs-review-translation when its counterpart changed) | translated |
 * | reviewed  | state="signed-off"                        | reviewed          |
 * | approved  | state="final", trans-unit approved="yes"  | final             |
 *
 * Read back: approved="yes" or final → approved; signed-off or reviewed → reviewed; any
 * other state, or none, with a target → draft.
 */
namespace XliffStatus {

/** The XLIFF 1.2 state attribute for a written target. */
QString state12(ReviewStatus status, bool needsReview);
/** The review state of an XLIFF 1.2 target with @p state and the trans-unit's @p approved. */
ReviewStatus fromXliff12(const QString &state, bool approved);
/** The review state of an XLIFF 2.0 segment state. */
ReviewStatus fromXliff20(const QString &state);

} // namespace XliffStatus
} // namespace innoatlas
