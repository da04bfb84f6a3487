#include "common/Terms.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

namespace innoatlas::Terms {

namespace {
struct Term
{
    const char *list;
    const char *code;
    struct
    {
        const char *source;
        const char *comment;
    } english;
};

// The English names are the source texts of the "Terms" context; the list name disambiguates.
#define TERM(list, code, english)                                                                                      \
    {                                                                                                                  \
        list, code, QT_TRANSLATE_NOOP3("Terms", english, list)                                                         \
    }
const Term terms[] = {
    TERM("regionLevel", "country", "country"),
    TERM("regionLevel", "special-city", "special city"),
    TERM("regionLevel", "metropolitan-city", "metropolitan city"),
    TERM("regionLevel", "special-self-governing-city", "special self-governing city"),
    TERM("regionLevel", "province", "province"),
    TERM("regionLevel", "special-self-governing-province", "special self-governing province"),
    TERM("regionLevel", "city", "city"),
    TERM("regionLevel", "county", "county"),
    TERM("regionLevel", "district", "district"),
    TERM("regionLevel", "foreign-city", "city abroad"),
    TERM("regionLevel", "foreign-region", "region abroad"),
    TERM("organisationKind", "government", "government"),
    TERM("organisationKind", "ministry", "ministry"),
    TERM("organisationKind", "agency", "agency"),
    TERM("organisationKind", "company", "company"),
    TERM("organisationKind", "institute", "research institute"),
    TERM("organisationKind", "university", "university"),
    TERM("organisationKind", "association", "association"),
    TERM("organisationKind", "committee", "committee"),
    TERM("organisationKind", "international", "international organisation"),
    TERM("organisationKind", "other", "other"),
    TERM("elementKind", "goal", "goal"),
    TERM("elementKind", "strategy", "strategy"),
    TERM("elementKind", "field", "field"),
    TERM("elementKind", "area", "area"),
    TERM("elementKind", "task", "task"),
    TERM("elementKind", "project", "project"),
    TERM("elementKindPlural", "goal", "goals"),
    TERM("elementKindPlural", "strategy", "strategies"),
    TERM("elementKindPlural", "field", "fields"),
    TERM("elementKindPlural", "area", "areas"),
    TERM("elementKindPlural", "task", "tasks"),
    TERM("elementKindPlural", "project", "projects"),
    TERM("funding", "national", "national funds"),
    TERM("funding", "city", "city funds"),
    TERM("funding", "provincial", "provincial funds"),
    TERM("funding", "private", "private sector"),
    TERM("funding", "foreign-investment", "foreign investment"),
    TERM("funding", "mixed", "mixed sources"),
    TERM("funding", "unknown", "source not stated"),
    TERM("budgetKind", "planned", "planned"),
    TERM("budgetKind", "secured", "secured"),
    TERM("budgetKind", "invested", "invested"),
    TERM("unit", "percent", "percent"),
    TERM("unit", "won", "won"),
    TERM("unit", "persons", "persons"),
    TERM("unit", "companies", "companies"),
    TERM("unit", "rank", "rank"),
    TERM("unit", "count", "count"),
    TERM("unit", "km2", "square kilometres"),
    TERM("unit", "m2", "square metres"),
    TERM("unitValue", "percent", "%1%"),
    TERM("unitValue", "persons", "%1 persons"),
    TERM("unitValue", "companies", "%1 companies"),
    TERM("unitValue", "rank", "rank %1"),
    TERM("unitValue", "km2", "%1 km²"),
    TERM("unitValue", "m2", "%1 m²"),
    TERM("eventKind", "announcement", "announcement"),
    TERM("eventKind", "ceremony", "ceremony"),
    TERM("eventKind", "meeting", "meeting"),
    TERM("eventKind", "designation", "designation"),
    TERM("eventKind", "agreement", "agreement"),
    TERM("eventKind", "visit", "visit"),
    TERM("eventKind", "investment", "investment"),
    TERM("eventKind", "milestone", "milestone"),
    TERM("eventKind", "forum", "forum"),
    TERM("eventKind", "other", "other"),
    TERM("role", "lead", "lead"),
    TERM("role", "partner", "partner"),
    TERM("role", "member", "member"),
    TERM("role", "prospective-member", "prospective member"),
    TERM("role", "investor", "investor"),
    TERM("role", "host", "host"),
    TERM("role", "organiser", "organiser"),
    TERM("role", "chair", "chair"),
    TERM("role", "attendee", "attendee"),
    TERM("role", "operator", "operator"),
    TERM("role", "funder", "funder"),
    TERM("role", "other", "other"),
    TERM("sourceKind", "article", "article"),
    TERM("sourceKind", "press-release", "press release"),
    TERM("sourceKind", "statistics", "statistics"),
    TERM("sourceKind", "dataset", "dataset"),
    TERM("sourceKind", "report", "report"),
    TERM("language", "ko", "Korean"),
    TERM("language", "en", "English"),
    TERM("entityKind", "region", "region"),
    TERM("entityKind", "plan", "plan"),
    TERM("entityKind", "element", "plan element"),
    TERM("entityKind", "budget_line", "budget line"),
    TERM("entityKind", "target", "target"),
    TERM("entityKind", "event", "event"),
    TERM("entityKind", "participation", "participant"),
    TERM("entityKind", "organisation", "organisation"),
    TERM("entityKind", "theme", "theme"),
    TERM("entityKind", "source", "source"),
    TERM("entityKind", "quote", "quote"),
    TERM("entityKind", "stated_count", "stated count"),
    TERM("entityKind", "population", "population"),
    TERM("entityKind", "figure", "figure"),
    TERM("entityKindPlural", "region", "Regions"),
    TERM("entityKindPlural", "plan", "Plans"),
    TERM("entityKindPlural", "element", "Plan elements"),
    TERM("entityKindPlural", "budget_line", "Budget lines"),
    TERM("entityKindPlural", "target", "Targets"),
    TERM("entityKindPlural", "event", "Events"),
    TERM("entityKindPlural", "participation", "Participants"),
    TERM("entityKindPlural", "organisation", "Organisations"),
    TERM("entityKindPlural", "theme", "Themes"),
    TERM("entityKindPlural", "source", "Sources"),
    TERM("entityKindPlural", "quote", "Quotes"),
    TERM("entityKindPlural", "stated_count", "Stated counts"),
    TERM("entityKindPlural", "population", "Population figures"),
    TERM("entityKindPlural", "figure", "Figures"),
};
#undef TERM

const Term *find(const QString &list, const QString &code)
{
    static const QHash<QString, const Term *> index = [] {
        QHash<QString, const Term *> result;
        for (const Term &term : terms)
            result.insert(QLatin1String(term.list) + QLatin1Char('/') + QLatin1String(term.code), &term);
        return result;
    }();
    return index.value(list + QLatin1Char('/') + code);
}

// The Korean names are needed whatever the interface language is, so they come from a translator of their own.
const QTranslator &korean()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/innoatlas_ko.qm"));
    Q_UNUSED(loaded);
    return translator;
}
} // namespace

QString name(const QString &list, const QString &code, Language language)
{
    const Term *term = find(list, code);
    if (!term)
        return code;
    if (language == Language::Korean) {
        const QString translated = korean().translate("Terms", term->english.source, term->english.comment);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(term->english.source);
}

QString name(const QString &list, const QString &code, ContentLanguage language)
{
    if (language == ContentLanguage::Both) {
        const QString ko = name(list, code, Language::Korean);
        const QString en = name(list, code, Language::English);
        return ko == en ? ko : ko + QStringLiteral(" · ") + en;
    }
    return name(list, code, primaryLanguage(language));
}

QString interfaceName(const QString &list, const QString &code)
{
    const Term *term = find(list, code);
    return term ? QCoreApplication::translate("Terms", term->english.source, term->english.comment) : code;
}

QString withUnit(const QString &value, const QString &unit, Language language)
{
    if (!find(QStringLiteral("unitValue"), unit))
        return value;
    return name(QStringLiteral("unitValue"), unit, language).arg(value);
}

} // namespace innoatlas::Terms
