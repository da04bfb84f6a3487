#pragma once

#include <QString>
#include <QStringList>

namespace innoatlas {

/**
 * The unit a table states its amounts in: 원, 천원, 백만원, 억원 ... An amount read in a unit
 * is converted to integer won exactly (FieldParser::amount()).
 */
struct AmountUnit
{
    qint64 won = 1;                      ///< won per unit: 1, 1000, 1000000, 100000000 ...
    QString name = QStringLiteral("원"); ///< as written in mappings

    /**
     * Parses "원", "천원", "만원", "백만원", "천만원", "억원", "십억원", "조원" (spaces allowed, "원"
     * optional) or "won", "thousand-won", "ten-thousand-won", "million-won", "ten-million-won",
     * "hundred-million-won", "billion-won", "trillion-won".
     */
    static bool parse(const QString &text, AmountUnit *unit);
    /** The Korean names parse() accepts, smallest first. */
    static QStringList names();

    bool operator==(const AmountUnit &o) const { return won == o.won; }
};

} // namespace innoatlas
