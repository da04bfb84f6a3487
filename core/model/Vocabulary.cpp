#include "model/Vocabulary.h"

namespace innoatlas::Vocabulary {

namespace {
QStringList list(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result << QString::fromLatin1(name);
    return result;
}
} // namespace

const QStringList &sourceKinds()
{
    static const QStringList names = list({"article", "press-release", "statistics", "dataset", "report"});
    return names;
}

const QStringList &regionLevels()
{
    static const QStringList names =
        list({"country", "special-city", "metropolitan-city", "special-self-governing-city", "province",
              "special-self-governing-province", "city", "county", "district", "foreign-city", "foreign-region"});
    return names;
}

const QStringList &organisationKinds()
{
    static const QStringList names = list({"government", "ministry", "agency", "company", "institute", "university",
                                           "association", "committee", "international", "other"});
    return names;
}

const QStringList &elementKinds()
{
    static const QStringList names = list({"goal", "strategy", "field", "area", "task", "project"});
    return names;
}

const QStringList &fundingSources()
{
    static const QStringList names =
        list({"national", "city", "provincial", "private", "foreign-investment", "mixed", "unknown"});
    return names;
}

const QStringList &budgetKinds()
{
    static const QStringList names = list({"planned", "secured", "invested"});
    return names;
}

const QStringList &targetUnits()
{
    static const QStringList names = list({"percent", "won", "persons", "companies", "rank", "count", "km2", "m2"});
    return names;
}

const QStringList &eventKinds()
{
    static const QStringList names = list({"announcement", "ceremony", "meeting", "designation", "agreement", "visit",
                                           "investment", "milestone", "forum", "other"});
    return names;
}

const QStringList &participationRoles()
{
    static const QStringList names = list({"lead", "partner", "member", "prospective-member", "investor", "host",
                                           "organiser", "chair", "attendee", "operator", "funder", "other"});
    return names;
}

const QStringList &languages()
{
    static const QStringList names = list({"ko", "en"});
    return names;
}

} // namespace innoatlas::Vocabulary
