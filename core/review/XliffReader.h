#pragma once

#include "review/XliffDocument.h"

#include <QByteArray>

namespace innoatlas {

/**
 * Reads XLIFF 1.2 and 2.0 files as CAT tools write them back: inline markup is reduced to
 * its text (<g>, <mrk>, <pc> keep their content; <x/>, <bx/>, <ex/>, <ph>, <bpt>, <ept>,
 * <it>, <sc/>, <ec/> are dropped), several segments of a 2.0 unit are joined, alternative
 * translations (<alt-trans>, matches) are ignored, and xml:space="preserve" keeps white
 * space exactly while the default collapses it.
 *
 * A hostile file is refused before anything in it is used: any document type declaration
 * (and so any entity declaration, internal or external) is an error, so no entity is ever
 * resolved or expanded. Errors name the file, the line and the reason.
 */
class XliffReader
{
public:
    /** Reads @p bytes (named @p fileName in messages); false with @p error set when refused. */
    static bool read(const QByteArray &bytes, const QString &fileName, XliffDocument *document, QString *error);
    static bool readFile(const QString &path, XliffDocument *document, QString *error);
};

} // namespace innoatlas
