#pragma once

#include "review/Finding.h"

namespace innoatlas {

/**
 * Text left in the wrong script: Hangul in the English text outside quotation marks and
 * brackets (where a name or a quoted phrase in its original script is fine), and a Korean
 * text without any Hangul that reads like an English phrase (three Latin words or more;
 * names such as "YTN" or "Merck KGaA" pass). Verbatim quotes are not checked.
 */
class ScriptCheck
{
public:
    static void run(const FieldPair &pair, QVector<Finding> *findings);
};

} // namespace innoatlas
