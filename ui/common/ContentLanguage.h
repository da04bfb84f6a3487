#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace innoatlas {

/** The language content (the data's own Korean and English text) is shown in. */
enum class ContentLanguage
{
    Korean,
    English,
    Both ///< Korean and English side by side
};

/** The user's choice, which may follow the interface language. */
enum class ContentLanguageChoice
{
    Interface,
    Korean,
    English,
    Both
};

QString contentLanguageChoiceName(ContentLanguageChoice choice);
ContentLanguageChoice parseContentLanguageChoice(const QString &name);
/** Resolves "same as the interface" against the interface language ("ko" or "en"). */
ContentLanguage resolveContentLanguage(ContentLanguageChoice choice, const QString &interfaceLanguage);
/** The single language to use where only one fits (a sort key, Korean for Both). */
Language primaryLanguage(ContentLanguage language);
/** The interface language installed at the moment, as a content language (Korean or English). */
Language interfaceLanguage();

} // namespace innoatlas
