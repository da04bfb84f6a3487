#pragma once

#include "review/ContentFilter.h"
#include "review/XliffDocument.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * Chooses the content fields to translate and turns them into XLIFF units: one unit per
 * field whose source language has text, with the stable id "entity-key:field", the source
 * and (when there is one) the target text with its review state, and notes naming the
 * entity and field and quoting the sources behind the entity. A quote's unit has the
 * verbatim quote as its source, so quotes are exported only in their own language's
 * direction. The filter's status applies to the target language.
 */
class XliffExporter
{
public:
    /** Throws StoreError (an unknown city or plan key). */
    static XliffDocument build(const QSqlDatabase &database, const ContentFilter &filter, Language source);
    /** build() written as XLIFF 1.2 (XliffWriter). */
    static QByteArray toXliff(const QSqlDatabase &database, const ContentFilter &filter, Language source,
                              int *unitCount = nullptr);
};

} // namespace innoatlas
