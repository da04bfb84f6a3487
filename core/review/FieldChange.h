#pragma once

#include "model/LocalizedText.h"
#include "review/FieldKey.h"

#include <optional>

namespace innoatlas {

/**
 * One requested change to one language of a content field: a new text, a new review
 * state, or both. Without a status, a changed text becomes a draft (missing when empty).
 * expectedRowVersion, when not 0, must equal the entity's row version before the change,
 * or the change is refused as a conflict (someone else changed the entity meanwhile).
 */
struct FieldChange
{
    FieldKey key;
    Language language = Language::English;
    std::optional<QString> text;
    std::optional<ReviewStatus> status;
    int expectedRowVersion = 0;

    static FieldChange ofText(const FieldKey &key, Language language, const QString &text, int expectedRowVersion = 0)
    {
        return {key, language, text, std::nullopt, expectedRowVersion};
    }
    static FieldChange ofStatus(const FieldKey &key, Language language, ReviewStatus status, int expectedRowVersion = 0)
    {
        return {key, language, std::nullopt, status, expectedRowVersion};
    }

    bool operator==(const FieldChange &o) const
    {
        return key == o.key && language == o.language && text == o.text && status == o.status &&
               expectedRowVersion == o.expectedRowVersion;
    }
};

} // namespace innoatlas
