#include "charts/RegionNames.h"

namespace innoatlas {

QString RegionNames::shortName(const Region &region, Language language)
{
    QString name = region.name.preferred(language);
    // Only the official level words, and only when something is left: "도" alone stays.
    static const char16_t *const koreanSuffixes[] = {u"특별자치시", u"특별자치도", u"광역시", u"특별시"};
    static const char *const englishSuffixes[] = {" Special Self-Governing City", " Special Self-Governing Province",
                                                  " Metropolitan City", " Special City"};
    for (const char16_t *suffix : koreanSuffixes) {
        const QString s = QString::fromUtf16(suffix);
        if (name.endsWith(s) && name.size() > s.size())
            return name.chopped(s.size());
    }
    for (const char *suffix : englishSuffixes) {
        const QLatin1String s(suffix);
        if (name.endsWith(s) && name.size() > s.size())
            return name.chopped(s.size());
    }
    return name;
}

} // namespace innoatlas
