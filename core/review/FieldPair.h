#pragma once

#include "model/LocalizedText.h"
#include "review/FieldKey.h"
#include "review/ReviewFlag.h"

#include <memory>
#include <optional>

namespace innoatlas {

/**
 * One bilingual content field as the translator workspace, the checks and the XLIFF
 * export see it: both languages with their review states, the entity's row version,
 * and the review flags left by a change of the other language.
 *
 * A quote's "translation" field pairs the verbatim quote (in the source's language,
 * verbatimLanguage) with its translation into the other language; the verbatim side
 * is shown with status Approved and cannot be edited.
 *
 * A review flag is shared rather than held in the pair: few fields have one, and two flags
 * held inline were 160 of a pair's 312 bytes (a city of a national database is 75,000 pairs).
 */
struct FieldPair
{
    qint64 entityId = 0;
    FieldKey key;
    QString entityKind;
    int rowVersion = 0;
    LocalizedText text;
    std::optional<Language> verbatimLanguage;
    std::shared_ptr<const ReviewFlag> koFlag;
    std::shared_ptr<const ReviewFlag> enFlag;

    const std::shared_ptr<const ReviewFlag> &flag(Language language) const
    {
        return language == Language::Korean ? koFlag : enFlag;
    }
    /** True when @p language holds a verbatim quote rather than an editable text. */
    bool isVerbatim(Language language) const { return verbatimLanguage && *verbatimLanguage == language; }
};

/** The other content language. */
inline Language otherLanguage(Language language)
{
    return language == Language::Korean ? Language::English : Language::Korean;
}

} // namespace innoatlas
