#pragma once

#include <QString>

class QTranslator;

namespace innoatlas {

/**
 * Installs the user-interface language: InnoAtlas's own translation (embedded
 * :/i18n/innoatlas_<lang>.qm) and Qt's (for standard dialogs), replacing whatever
 * was installed before, so the language can change at run time.
 */
class Translations
{
public:
    /** "ko" when the system locale is Korean, "en" otherwise. */
    static QString systemLanguage();
    /** Installs @p language ("ko" or "en"); returns false when no translation could be loaded. */
    static bool install(const QString &language);
    /** The language installed last ("en" before any). */
    static QString current();
};

} // namespace innoatlas
