#pragma once

#include "importers/AmountUnit.h"

#include <QCoreApplication>
#include <QString>

namespace innoatlas {

/**
 * Cleans and converts the text of one CSV field the way spreadsheets and statistics exports
 * write it. Conversions either succeed exactly or give a reason; a field is never guessed.
 */
class FieldParser
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    /** Text trimmed of white space on both ends, ideographic (U+3000) and no-break spaces included. */
    static QString text(const QString &field);
    /** A code kept as text: trimmed, without the apostrophe spreadsheets put before it ("'11" → "11"). */
    static QString code(const QString &field);
    /**
     * A non-negative whole number, optionally with a leading apostrophe and thousands separators
     * in their places ("3,393,191"); returns false and sets @p error otherwise.
     */
    static bool count(const QString &field, qint64 *value, QString *error);
    /**
     * An amount in @p unit converted exactly to won: digits with optional thousands separators
     * and decimals ("1,234.5" in 백만원 is 1,234,500,000 won). Negative amounts, fractions of a
     * won and amounts beyond the range of qint64 are errors.
     */
    static bool amount(const QString &field, const AmountUnit &unit, qint64 *won, QString *error);
};

} // namespace innoatlas
