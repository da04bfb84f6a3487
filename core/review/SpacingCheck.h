#pragma once

#include "review/Finding.h"

namespace innoatlas {

/**
 * White space at the start or end of a text (space.edges, warning) and two or more spaces
 * in a row inside it (space.double, info), in each language that is not a verbatim quote.
 */
class SpacingCheck
{
public:
    static void run(const FieldPair &pair, QVector<Finding> *findings);
};

} // namespace innoatlas
