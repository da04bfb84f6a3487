#pragma once

#include "i18n/Translations.h"
#include "model/LocalizedText.h"

namespace innoatlas {

/** The content language that goes with the installed interface language: figures speak one language. */
class InterfaceLanguage
{
public:
    static Language current()
    {
        return Translations::current().startsWith(QLatin1String("ko")) ? Language::Korean : Language::English;
    }
    static Language other(Language language)
    {
        return language == Language::Korean ? Language::English : Language::Korean;
    }
};

} // namespace innoatlas
