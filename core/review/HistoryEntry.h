#pragma once

#include "review/FieldEdit.h"

namespace innoatlas {

/** One recorded change to one language of a content field. */
struct HistoryEntry
{
    qint64 id = 0;
    /** The changes made together (one edit, one XLIFF import) share a batch. */
    qint64 batch = 0;
    QString changedAt; ///< UTC, ISO 8601: "2024-05-01T09:30:00Z"
    QString userName;
    /** Where the change came from ("XLIFF import of daejeon.xlf"); empty for the workspace. */
    QString origin;
    FieldEdit edit;
};

} // namespace innoatlas
