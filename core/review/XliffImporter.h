#pragma once

#include "review/Clock.h"
#include "review/XliffDocument.h"
#include "review/XliffImportReport.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * Applies a translated XLIFF file (1.2 or 2.0) to the database through ContentEditor, so
 * the history and the needs-review rule apply as for any edit, in one transaction.
 *
 * Each unit is matched by its id ("entity-key:field") and must translate in the file's
 * direction. A unit whose target differs from the database's sets the text with the state
 * its XLIFF state maps to (XliffStatus; at least draft); a unit with the same target can
 * only raise the state (a tool's "translated" never demotes an approved text); an empty
 * target offers nothing. A unit whose source text differs from the database's (it changed
 * after the export; white space aside) is a conflict and refuses the whole import. Units
 * naming nothing in the database are reported and skipped; a file none of whose units
 * carries an InnoAtlas id is refused as foreign.
 */
class XliffImporter
{
public:
    XliffImporter(QSqlDatabase database, QString userName, Clock clock = systemClock());

    XliffImportReport importFile(const QString &path, bool dryRun);
    /** @p origin is recorded in the history ("xliff-import:daejeon.xlf"). */
    XliffImportReport importDocument(const XliffDocument &document, const QString &origin, bool dryRun);

private:
    QSqlDatabase m_database;
    QString m_userName;
    Clock m_clock;
};

} // namespace innoatlas
