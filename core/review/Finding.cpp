#include "review/Finding.h"

#include "review/ReviewText.h"

#include <map>
#include <string>
#include <string_view>

namespace innoatlas {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

namespace {
QString arg(const QStringList &arguments, int index)
{
    return arguments.value(index);
}

QString languageOf(const QString &code)
{
    return ReviewText::languageName(code == QLatin1String("ko") ? Language::Korean : Language::English);
}
} // namespace

QString Finding::sharedCheckId(const char *checkId)
{
    // Each finding held a copy of its check's id of its own: 3 MB for the 65,000 findings of a city of a national
    // database. The ids are a dozen; the strings are shared between threads safely, the map is not.
    thread_local std::map<std::string, QString, std::less<>> ids;
    const std::string_view id(checkId);
    auto found = ids.find(id);
    if (found == ids.end())
        found = ids.emplace(std::string(id), QString::fromLatin1(checkId)).first;
    return found->second;
}

QString Finding::message() const
{
    const QString id = checkId;
    const QString a0 = arg(arguments, 0);
    const QString a1 = arg(arguments, 1);
    const QString a2 = arg(arguments, 2);
    if (id == QLatin1String(CheckId::numberMismatch)) {
        if (a1.isEmpty())
            return ReviewText::tr("The Korean has %1, which the English does not").arg(a0);
        if (a0.isEmpty())
            return ReviewText::tr("The English has %1, which the Korean does not").arg(a1);
        return ReviewText::tr("Numbers differ: %1 in the Korean, %2 in the English").arg(a0, a1);
    }
    if (id == QLatin1String(CheckId::numberCount)) {
        if (a1.isEmpty())
            return ReviewText::tr("%1 comes more often in the Korean than in the English").arg(a0);
        if (a0.isEmpty())
            return ReviewText::tr("%1 comes more often in the English than in the Korean").arg(a1);
        return ReviewText::tr("Repeated numbers differ: %1 in the Korean, %2 in the English").arg(a0, a1);
    }
    if (id == QLatin1String(CheckId::missingTranslation))
        return ReviewText::tr("The %1 text is missing; only the %2 is written")
            .arg(ReviewText::languageName(language), ReviewText::languageName(otherLanguage(language)));
    if (id == QLatin1String(CheckId::hangulInEnglish))
        return ReviewText::tr("Korean left in the English text: \"%1\"").arg(a0);
    if (id == QLatin1String(CheckId::noHangulInKorean))
        return ReviewText::tr("The Korean text has no Korean in it: is it untranslated?");
    if (id == QLatin1String(CheckId::edgeWhitespace))
        return ReviewText::tr("Space at the start or end of the %1 text").arg(ReviewText::languageName(language));
    if (id == QLatin1String(CheckId::doubleSpace))
        return ReviewText::tr("Double space in the %1 text").arg(ReviewText::languageName(language));
    if (id == QLatin1String(CheckId::unbalanced))
        return ReviewText::tr("Unbalanced \"%1\" in the %2 text").arg(a0, ReviewText::languageName(language));
    if (id == QLatin1String(CheckId::finalPeriod))
        return ReviewText::tr("Only the %1 text ends with a full stop").arg(languageOf(a0));
    if (id == QLatin1String(CheckId::glossaryCounterpart))
        return ReviewText::tr("\"%1\" is in the %2 text, but not the agreed %3 term \"%4\"")
            .arg(a0, languageOf(a1), ReviewText::languageName(language), a2);
    if (id == QLatin1String(CheckId::glossaryForbidden))
        return ReviewText::tr("\"%1\" must not be used: the glossary says \"%2\"").arg(a0, a1);
    return id;
}

} // namespace innoatlas
