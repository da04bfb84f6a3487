#pragma once

#include "review/XliffUnit.h"

#include <QVector>

namespace innoatlas {

/** What an XLIFF 1.2 or 2.0 file holds, as far as InnoAtlas reads it. */
struct XliffDocument
{
    QString version; ///< "1.2" or "2.0"
    Language sourceLanguage = Language::Korean;
    Language targetLanguage = Language::English;
    QVector<XliffUnit> units;
};

} // namespace innoatlas
