#pragma once

#include "model/LocalizedText.h"

#include <QCoreApplication>

namespace innoatlas {

/**
 * Translation context of the review core's user-visible messages (check findings, edit
 * refusals, XLIFF errors): ReviewText::tr() is QCoreApplication::translate("ReviewText", ...),
 * so a message comes out in the interface language installed when it is produced.
 */
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    /** "Korean" / "English" in the interface language. */
    static QString languageName(Language language);
    /** "missing", "draft", "reviewed", "approved" in the interface language. */
    static QString statusName(ReviewStatus status);
};

} // namespace innoatlas
