#pragma once

#include "model/LocalizedText.h"
#include "model/PartialDate.h"

#include <QStringList>

#include <optional>

namespace innoatlas {

/** Why a stored figure differs from what its source prints. */
struct Correction
{
    QString printed;    ///< the source's verbatim wording
    LocalizedText note; ///< the curator's explanation and evidence

    bool operator==(const Correction &o) const { return printed == o.printed && note == o.note; }
};

/** The evidence behind one figure: the quotes that back it and any correction. */
struct Citation
{
    QStringList quoteKeys;
    std::optional<Correction> correction;

    bool operator==(const Citation &o) const { return quoteKeys == o.quoteKeys && correction == o.correction; }
};

/** An amount first stated in a currency other than the won, kept as written. */
struct OriginalAmount
{
    QString amount;   ///< decimal string, e.g. "316000000"
    QString currency; ///< ISO 4217 code, e.g. "USD"

    bool operator==(const OriginalAmount &o) const { return amount == o.amount && currency == o.currency; }
};

struct MoneyFigure
{
    qint64 won = 0;
    std::optional<OriginalAmount> original;
    Citation citation;

    bool operator==(const MoneyFigure &o) const
    {
        return won == o.won && original == o.original && citation == o.citation;
    }
};

struct DateFigure
{
    PartialDate date;
    Citation citation;

    bool operator==(const DateFigure &o) const { return date == o.date && citation == o.citation; }
};

struct PeriodFigure
{
    int from = 0;
    int to = 0;
    Citation citation;

    bool operator==(const PeriodFigure &o) const { return from == o.from && to == o.to && citation == o.citation; }
};

/** A KPI value (decimal string) with the year it refers to. */
struct KpiValue
{
    QString value;
    std::optional<int> year;
    Citation citation;

    bool operator==(const KpiValue &o) const { return value == o.value && year == o.year && citation == o.citation; }
};

} // namespace innoatlas
