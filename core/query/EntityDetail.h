#pragma once

#include "model/Figure.h"
#include "query/Evidence.h"

#include <optional>

namespace innoatlas {

/** How a field of an entity is written. */
enum class DetailValueType
{
    Text,      ///< bilingual content text with a review status per language
    Verbatim,  ///< a source's own words, in the source's language (value, language)
    Money,     ///< won, with an amount first stated in another currency
    Number,    ///< an integer (a count, a population)
    Decimal,   ///< a decimal string (a KPI value), with an optional year
    Year,      ///< a year
    Date,      ///< a date known to the day, month or year
    Period,    ///< from and to years
    Term,      ///< a name from a closed vocabulary (termList says which): funding, role, unit ...
    Reference, ///< another entity, by its bilingual name
    Code       ///< an identifier or language-neutral text: a region code, a seed file, a URL
};

/** One field of an entity as the detail view shows it: the value and, for a figure, its evidence. */
struct DetailField
{
    QString name; ///< "title", "amount", "statedCount" ...
    DetailValueType type = DetailValueType::Text;
    LocalizedText text; ///< Text, and the referenced entity's name for Reference
    QString value;      ///< Verbatim, Number, Decimal, Term (the code), Code
    QString language;   ///< Verbatim: the language the value is written in
    QString termList;   ///< Term: "funding", "budgetKind", "elementKind", "unit", "eventKind", "role" ...
    QString qualifier;  ///< extra term shown with the value: the element kind of a stated count
    qint64 won = 0;
    std::optional<OriginalAmount> original;
    PartialDate date;
    int from = 0;
    int to = 0;
    std::optional<int> year; ///< Decimal, Number: the year the value refers to
    QString referenceKey;
    QString referenceKind;
    std::optional<FigureEvidence> evidence;
};

/** Everything the detail view shows about one entity. */
struct EntityDetail
{
    QString key;
    QString kind;
    QString planKey;   ///< the plan the entity belongs to, if any
    QString regionKey; ///< the region it belongs to, if any
    LocalizedText heading;
    QVector<DetailField> fields;
    QVector<Evidence> citations; ///< quotes that back the entity as a whole

    bool isValid() const { return !key.isEmpty(); }
};

} // namespace innoatlas
