#pragma once

#include "money/MoneyParseResult.h"

#include <QStringView>

namespace innoatlas {

/**
 * Reads an amount of money the way Korean and English documents write it.
 *
 * Accepted, with or without spaces between the parts:
 * - an optional leading "about", "approximately", "approx.", "around", "roughly" or "약", which is
 *   ignored (the amount is taken as stated);
 * - an optional currency before the amount: an ISO code ("KRW", "USD", case-insensitive), "₩", "$"
 *   (taken as USD), "US$", "C$", "A$", "HK$", "S$", "NT$", "NZ$", "€", "£", "JP¥", "CN¥";
 *   a bare "¥" is refused as ambiguous (JPY or CNY);
 * - the amount, either
 *   - English: a number with optional thousands commas and decimals, optionally followed by
 *     thousand, million/mn, billion/bn or trillion/tn (case-insensitive): "97.3 billion", "1,262";
 *   - Korean: groups in descending order of 조 (10^12), 억 (10^8) and 만 (10^4), then an optional
 *     remainder, where each group's number may be written with 천/백/십: "2조 3,456억", "1억 2천만",
 *     "1억 2,345만 6,789". As in speech, 천, 백, 십 and 만 may stand without a number ("천만 원"),
 *     억 and 조 may not. Below a larger unit a group is less than 10,000. Decimals are allowed in
 *     the last group only ("1.5조", "97.3억");
 * - an optional currency after the amount: an ISO code, "won", "dollar(s)", "US dollars", "euro(s)",
 *   "yen", "yuan", "pound(s)", "원", "달러", "유로", "엔", "위안", "파운드".
 *
 * Without a currency the amount is in won. Full-width digits, letters and signs are read like their
 * ASCII forms. Decimals are converted with integer arithmetic only and must come out as a whole
 * number of the currency's minor unit ("97.3 billion" is exactly 97,300,000,000 won; "0.5 won" is
 * an error). Errors: empty input, malformed numbers ("3,50억", "1..2"), units without a number
 * ("billion won"), unexpected words ("12abc"), negative amounts, too many decimal places, amounts
 * beyond qint64 ("amount too large"), unknown or conflicting currencies.
 */
class MoneyParser
{
public:
    /** Parses an amount in any known currency; KRW when no currency is written. */
    static MoneyParseResult parse(QStringView text);

    /** Like parse(), but an amount stated in a currency other than KRW is an error. */
    static MoneyParseResult parseWon(QStringView text);
};

} // namespace innoatlas
