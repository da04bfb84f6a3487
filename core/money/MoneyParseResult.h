#pragma once

#include "money/Money.h"

#include <QString>

namespace innoatlas {

/**
 * What MoneyParser made of a piece of text: either an amount, or the reason it is not one.
 *
 * On failure `money` is left at its default and must not be used; a failed parse is never a
 * silent zero.
 */
struct MoneyParseResult
{
    /** True when `money` holds the parsed amount. */
    bool ok = false;
    /** The amount in minor units of its currency; meaningful only when ok. */
    Money money;
    /** Why the text is not an amount, in English ("amount too large", ...); empty when ok. */
    QString error;
    /** Index (UTF-16) in the text where the problem is; the text's length for a missing part; -1 when ok. */
    int position = -1;

    static MoneyParseResult success(const Money &money) { return MoneyParseResult{true, money, QString(), -1}; }
    static MoneyParseResult failure(const QString &error, int position)
    {
        return MoneyParseResult{false, Money(), error, position};
    }
};

} // namespace innoatlas
