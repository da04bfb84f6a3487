#pragma once

#include "review/Finding.h"

namespace innoatlas {

/**
 * The numbers of the Korean and the English text must be the same multiset of values
 * (NumberExtractor normalises them). A number in digits on one side must be on the other,
 * in digits or in words; a number in words need not be. Large amounts (a million and
 * more) may be rounded on one side: "KRW 1.66 trillion" stands for "1조 6,552억 원" when
 * it is within one unit of its last digit. One finding (number.mismatch, error) per field
 * lists what each side has that the other lacks.
 */
class NumberCheck
{
public:
    static void run(const FieldPair &pair, QVector<Finding> *findings);
    /** Whether @p rounded is a rounded form of @p exact (both canonical integers of a million or more). */
    static bool isRoundingOf(const QString &rounded, const QString &exact);
};

} // namespace innoatlas
