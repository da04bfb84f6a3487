#pragma once

#include "review/XliffDocument.h"

#include <QByteArray>

namespace innoatlas {

/**
 * Writes an XliffDocument as XLIFF 1.2 (urn:oasis:names:tc:xliff:document:1.2), the version
 * CAT tools, Qt's lconvert and the Translate Toolkit all read: one <file>, plain-text units
 * with xml:space="preserve", a unit's state in its <target> (XliffStatus), no <target> for a
 * missing translation, and each unit's notes as <note from="innoatlas">. The output is the
 * same bytes for the same document (no dates, no version numbers).
 */
class XliffWriter
{
public:
    static QByteArray write(const XliffDocument &document);
};

} // namespace innoatlas
