#include "common/ContentLanguage.h"

#include "i18n/Translations.h"

namespace innoatlas {

QString contentLanguageChoiceName(ContentLanguageChoice choice)
{
    switch (choice) {
    case ContentLanguageChoice::Interface:
        return QStringLiteral("interface");
    case ContentLanguageChoice::Korean:
        return QStringLiteral("ko");
    case ContentLanguageChoice::English:
        return QStringLiteral("en");
    case ContentLanguageChoice::Both:
        return QStringLiteral("both");
    }
    return QStringLiteral("interface");
}

ContentLanguageChoice parseContentLanguageChoice(const QString &name)
{
    if (name == QLatin1String("ko"))
        return ContentLanguageChoice::Korean;
    if (name == QLatin1String("en"))
        return ContentLanguageChoice::English;
    if (name == QLatin1String("both"))
        return ContentLanguageChoice::Both;
    return ContentLanguageChoice::Interface;
}

ContentLanguage resolveContentLanguage(ContentLanguageChoice choice, const QString &interfaceLanguage)
{
    switch (choice) {
    case ContentLanguageChoice::Korean:
        return ContentLanguage::Korean;
    case ContentLanguageChoice::English:
        return ContentLanguage::English;
    case ContentLanguageChoice::Both:
        return ContentLanguage::Both;
    case ContentLanguageChoice::Interface:
        break;
    }
    return interfaceLanguage == QLatin1String("ko") ? ContentLanguage::Korean : ContentLanguage::English;
}

Language primaryLanguage(ContentLanguage language)
{
    return language == ContentLanguage::English ? Language::English : Language::Korean;
}

Language interfaceLanguage()
{
    return Translations::current() == QLatin1String("ko") ? Language::Korean : Language::English;
}

} // namespace innoatlas
