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
    {"regionLevel", "country", QT_TRANSLATE_NOOP3("Terms", "country", "regionLevel")},
    {"regionLevel", "special-city", QT_TRANSLATE_NOOP3("Terms", "special city", "regionLevel")},
    {"regionLevel", "metropolitan-city", QT_TRANSLATE_NOOP3("Terms", "metropolitan city", "regionLevel")},
    {"regionLevel", "special-self-governing-city",
     QT_TRANSLATE_NOOP3("Terms", "special self-governing city", "regionLevel")},
    {"regionLevel", "province", QT_TRANSLATE_NOOP3("Terms", "province", "regionLevel")},
    {"regionLevel", "special-self-governing-province",
     QT_TRANSLATE_NOOP3("Terms", "special self-governing province", "regionLevel")},
    {"regionLevel", "city", QT_TRANSLATE_NOOP3("Terms", "city", "regionLevel")},
    {"regionLevel", "county", QT_TRANSLATE_NOOP3("Terms", "county", "regionLevel")},
    {"regionLevel", "district", QT_TRANSLATE_NOOP3("Terms", "district", "regionLevel")},
    {"regionLevel", "foreign-city", QT_TRANSLATE_NOOP3("Terms", "city abroad", "regionLevel")},
    {"regionLevel", "foreign-region", QT_TRANSLATE_NOOP3("Terms", "region abroad", "regionLevel")},
    {"organisationKind", "government", QT_TRANSLATE_NOOP3("Terms", "government", "organisationKind")},
    {"organisationKind", "ministry", QT_TRANSLATE_NOOP3("Terms", "ministry", "organisationKind")},
    {"organisationKind", "agency", QT_TRANSLATE_NOOP3("Terms", "agency", "organisationKind")},
    {"organisationKind", "company", QT_TRANSLATE_NOOP3("Terms", "company", "organisationKind")},
    {"organisationKind", "institute", QT_TRANSLATE_NOOP3("Terms", "research institute", "organisationKind")},
    {"organisationKind", "university", QT_TRANSLATE_NOOP3("Terms", "university", "organisationKind")},
    {"organisationKind", "association", QT_TRANSLATE_NOOP3("Terms", "association", "organisationKind")},
    {"organisationKind", "committee", QT_TRANSLATE_NOOP3("Terms", "committee", "organisationKind")},
    {"organisationKind", "international",
     QT_TRANSLATE_NOOP3("Terms", "international organisation", "organisationKind")},
    {"organisationKind", "other", QT_TRANSLATE_NOOP3("Terms", "other", "organisationKind")},
    {"elementKind", "goal", QT_TRANSLATE_NOOP3("Terms", "goal", "elementKind")},
    {"elementKind", "strategy", QT_TRANSLATE_NOOP3("Terms", "strategy", "elementKind")},
    {"elementKind", "field", QT_TRANSLATE_NOOP3("Terms", "field", "elementKind")},
    {"elementKind", "area", QT_TRANSLATE_NOOP3("Terms", "area", "elementKind")},
    {"elementKind", "task", QT_TRANSLATE_NOOP3("Terms", "task", "elementKind")},
    {"elementKind", "project", QT_TRANSLATE_NOOP3("Terms", "project", "elementKind")},
    {"elementKindPlural", "goal", QT_TRANSLATE_NOOP3("Terms", "goals", "elementKindPlural")},
    {"elementKindPlural", "strategy", QT_TRANSLATE_NOOP3("Terms", "strategies", "elementKindPlural")},
    {"elementKindPlural", "field", QT_TRANSLATE_NOOP3("Terms", "fields", "elementKindPlural")},
    {"elementKindPlural", "area", QT_TRANSLATE_NOOP3("Terms", "areas", "elementKindPlural")},
    {"elementKindPlural", "task", QT_TRANSLATE_NOOP3("Terms", "tasks", "elementKindPlural")},
    {"elementKindPlural", "project", QT_TRANSLATE_NOOP3("Terms", "projects", "elementKindPlural")},
    {"funding", "national", QT_TRANSLATE_NOOP3("Terms", "national funds", "funding")},
    {"funding", "city", QT_TRANSLATE_NOOP3("Terms", "city funds", "funding")},
    {"funding", "provincial", QT_TRANSLATE_NOOP3("Terms", "provincial funds", "funding")},
    {"funding", "private", QT_TRANSLATE_NOOP3("Terms", "private sector", "funding")},
    {"funding", "foreign-investment", QT_TRANSLATE_NOOP3("Terms", "foreign investment", "funding")},
    {"funding", "mixed", QT_TRANSLATE_NOOP3("Terms", "mixed sources", "funding")},
    {"funding", "unknown", QT_TRANSLATE_NOOP3("Terms", "source not stated", "funding")},
    {"budgetKind", "planned", QT_TRANSLATE_NOOP3("Terms", "planned", "budgetKind")},
    {"budgetKind", "secured", QT_TRANSLATE_NOOP3("Terms", "secured", "budgetKind")},
    {"budgetKind", "invested", QT_TRANSLATE_NOOP3("Terms", "invested", "budgetKind")},
    {"unit", "percent", QT_TRANSLATE_NOOP3("Terms", "percent", "unit")},
    {"unit", "won", QT_TRANSLATE_NOOP3("Terms", "won", "unit")},
    {"unit", "persons", QT_TRANSLATE_NOOP3("Terms", "persons", "unit")},
    {"unit", "companies", QT_TRANSLATE_NOOP3("Terms", "companies", "unit")},
    {"unit", "rank", QT_TRANSLATE_NOOP3("Terms", "rank", "unit")},
    {"unit", "count", QT_TRANSLATE_NOOP3("Terms", "count", "unit")},
    {"unit", "km2", QT_TRANSLATE_NOOP3("Terms", "square kilometres", "unit")},
    {"unit", "m2", QT_TRANSLATE_NOOP3("Terms", "square metres", "unit")},
    {"unitValue", "percent", QT_TRANSLATE_NOOP3("Terms", "%1%", "unitValue")},
    {"unitValue", "persons", QT_TRANSLATE_NOOP3("Terms", "%1 persons", "unitValue")},
    {"unitValue", "companies", QT_TRANSLATE_NOOP3("Terms", "%1 companies", "unitValue")},
    {"unitValue", "rank", QT_TRANSLATE_NOOP3("Terms", "rank %1", "unitValue")},
    {"unitValue", "km2", QT_TRANSLATE_NOOP3("Terms", "%1 km²", "unitValue")},
    {"unitValue", "m2", QT_TRANSLATE_NOOP3("Terms", "%1 m²", "unitValue")},
    {"eventKind", "announcement", QT_TRANSLATE_NOOP3("Terms", "announcement", "eventKind")},
    {"eventKind", "ceremony", QT_TRANSLATE_NOOP3("Terms", "ceremony", "eventKind")},
    {"eventKind", "meeting", QT_TRANSLATE_NOOP3("Terms", "meeting", "eventKind")},
    {"eventKind", "designation", QT_TRANSLATE_NOOP3("Terms", "designation", "eventKind")},
    {"eventKind", "agreement", QT_TRANSLATE_NOOP3("Terms", "agreement", "eventKind")},
    {"eventKind", "visit", QT_TRANSLATE_NOOP3("Terms", "visit", "eventKind")},
    {"eventKind", "investment", QT_TRANSLATE_NOOP3("Terms", "investment", "eventKind")},
    {"eventKind", "milestone", QT_TRANSLATE_NOOP3("Terms", "milestone", "eventKind")},
    {"eventKind", "forum", QT_TRANSLATE_NOOP3("Terms", "forum", "eventKind")},
    {"eventKind", "other", QT_TRANSLATE_NOOP3("Terms", "other", "eventKind")},
    {"role", "lead", QT_TRANSLATE_NOOP3("Terms", "lead", "role")},
    {"role", "partner", QT_TRANSLATE_NOOP3("Terms", "partner", "role")},
    {"role", "member", QT_TRANSLATE_NOOP3("Terms", "member", "role")},
    {"role", "prospective-member", QT_TRANSLATE_NOOP3("Terms", "prospective member", "role")},
    {"role", "investor", QT_TRANSLATE_NOOP3("Terms", "investor", "role")},
    {"role", "host", QT_TRANSLATE_NOOP3("Terms", "host", "role")},
    {"role", "organiser", QT_TRANSLATE_NOOP3("Terms", "organiser", "role")},
    {"role", "chair", QT_TRANSLATE_NOOP3("Terms", "chair", "role")},
    {"role", "attendee", QT_TRANSLATE_NOOP3("Terms", "attendee", "role")},
    {"role", "operator", QT_TRANSLATE_NOOP3("Terms", "operator", "role")},
    {"role", "funder", QT_TRANSLATE_NOOP3("Terms", "funder", "role")},
    {"role", "other", QT_TRANSLATE_NOOP3("Terms", "other", "role")},
    {"sourceKind", "article", QT_TRANSLATE_NOOP3("Terms", "article", "sourceKind")},
    {"sourceKind", "press-release", QT_TRANSLATE_NOOP3("Terms", "press release", "sourceKind")},
    {"sourceKind", "statistics", QT_TRANSLATE_NOOP3("Terms", "statistics", "sourceKind")},
    {"sourceKind", "dataset", QT_TRANSLATE_NOOP3("Terms", "dataset", "sourceKind")},
    {"sourceKind", "report", QT_TRANSLATE_NOOP3("Terms", "report", "sourceKind")},
    {"language", "ko", QT_TRANSLATE_NOOP3("Terms", "Korean", "language")},
    {"language", "en", QT_TRANSLATE_NOOP3("Terms", "English", "language")},
    {"entityKind", "region", QT_TRANSLATE_NOOP3("Terms", "region", "entityKind")},
    {"entityKind", "plan", QT_TRANSLATE_NOOP3("Terms", "plan", "entityKind")},
    {"entityKind", "element", QT_TRANSLATE_NOOP3("Terms", "plan element", "entityKind")},
    {"entityKind", "budget_line", QT_TRANSLATE_NOOP3("Terms", "budget line", "entityKind")},
    {"entityKind", "target", QT_TRANSLATE_NOOP3("Terms", "target", "entityKind")},
    {"entityKind", "indicator", QT_TRANSLATE_NOOP3("Terms", "indicator", "entityKind")},
    {"entityKind", "event", QT_TRANSLATE_NOOP3("Terms", "event", "entityKind")},
    {"entityKind", "participation", QT_TRANSLATE_NOOP3("Terms", "participant", "entityKind")},
    {"entityKind", "organisation", QT_TRANSLATE_NOOP3("Terms", "organisation", "entityKind")},
    {"entityKind", "theme", QT_TRANSLATE_NOOP3("Terms", "theme", "entityKind")},
    {"entityKind", "source", QT_TRANSLATE_NOOP3("Terms", "source", "entityKind")},
    {"entityKind", "quote", QT_TRANSLATE_NOOP3("Terms", "quote", "entityKind")},
    {"entityKind", "stated_count", QT_TRANSLATE_NOOP3("Terms", "stated count", "entityKind")},
    {"entityKind", "population", QT_TRANSLATE_NOOP3("Terms", "population", "entityKind")},
    {"entityKind", "figure", QT_TRANSLATE_NOOP3("Terms", "figure", "entityKind")},
    {"entityKindPlural", "region", QT_TRANSLATE_NOOP3("Terms", "Regions", "entityKindPlural")},
    {"entityKindPlural", "plan", QT_TRANSLATE_NOOP3("Terms", "Plans", "entityKindPlural")},
    {"entityKindPlural", "element", QT_TRANSLATE_NOOP3("Terms", "Plan elements", "entityKindPlural")},
    {"entityKindPlural", "budget_line", QT_TRANSLATE_NOOP3("Terms", "Budget lines", "entityKindPlural")},
    {"entityKindPlural", "target", QT_TRANSLATE_NOOP3("Terms", "Targets", "entityKindPlural")},
    {"entityKindPlural", "indicator", QT_TRANSLATE_NOOP3("Terms", "Indicators", "entityKindPlural")},
    {"entityKindPlural", "event", QT_TRANSLATE_NOOP3("Terms", "Events", "entityKindPlural")},
    {"entityKindPlural", "participation", QT_TRANSLATE_NOOP3("Terms", "Participants", "entityKindPlural")},
    {"entityKindPlural", "organisation", QT_TRANSLATE_NOOP3("Terms", "Organisations", "entityKindPlural")},
    {"entityKindPlural", "theme", QT_TRANSLATE_NOOP3("Terms", "Themes", "entityKindPlural")},
    {"entityKindPlural", "source", QT_TRANSLATE_NOOP3("Terms", "Sources", "entityKindPlural")},
    {"entityKindPlural", "quote", QT_TRANSLATE_NOOP3("Terms", "Quotes", "entityKindPlural")},
    {"entityKindPlural", "stated_count", QT_TRANSLATE_NOOP3("Terms", "Stated counts", "entityKindPlural")},
    {"entityKindPlural", "population", QT_TRANSLATE_NOOP3("Terms", "Population figures", "entityKindPlural")},
    {"entityKindPlural", "figure", QT_TRANSLATE_NOOP3("Terms", "Figures", "entityKindPlural")},
};

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
