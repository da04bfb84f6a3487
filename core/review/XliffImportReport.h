#pragma once

#include "review/FieldEdit.h"

#include <QVector>

namespace innoatlas {

/** A unit of an imported file whose source text is no longer the database's: it was not applied. */
struct XliffConflict
{
    QString unitId;
    qint64 line = 0;
    QString exportedSource;
    QString currentSource;
};

/** A unit of an imported file that names no field of the database. */
struct XliffUnmatched
{
    QString unitId;
    qint64 line = 0;
    QString reason;
};

/**
 * What an XLIFF import did, or in a dry run would do. An import is all or nothing: when
 * error is set, nothing was changed.
 */
struct XliffImportReport
{
    bool ok = false;
    /** True when the changes were committed (not a dry run, nothing refused, something to do). */
    bool applied = false;
    QString error;
    /** The changes, including the other languages sent back to draft. */
    QVector<FieldEdit> edits;
    QVector<XliffUnmatched> unmatched;
    QVector<XliffConflict> conflicts;
    /** Units whose target the database already has (or that offer none). */
    int unchanged = 0;
    int units = 0;
};

} // namespace innoatlas
