#pragma once

#include "review/Finding.h"

namespace innoatlas {

/**
 * Punctuation that differs from what the text needs:
 * - punctuation.unbalanced (warning): a bracket closed that was not opened or opened and
 *   not closed — ( ) [ ] { } 「 」 『 』 〈 〉 《 》 【 】 “ ” — an odd number of straight
 *   double quotes, or a single quote ' or ‘ opened and never closed (apostrophes and a
 *   closing quote without an opening one, as in "cities'", are fine);
 * - punctuation.final-period (info): of two sentences (three words or more on each side),
 *   only one ends with a full stop (. ! ? 。). An ellipsis on either side skips the check,
 *   and so does a quote (an excerpt its translation may complete).
 * Verbatim quotes are not checked for balance.
 */
class PunctuationCheck
{
public:
    static void run(const FieldPair &pair, QVector<Finding> *findings);
    /** The index of the first unbalanced mark of @p text, or -1. */
    static int firstUnbalanced(const QString &text);
};

} // namespace innoatlas
