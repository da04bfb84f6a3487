#include "editing/EditingTerms.h"

#include "common/Terms.h"

#include <QCoreApplication>

namespace innoatlas {

QString EditingTerms::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("EditingTerms", "Region")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("EditingTerms", "Plan")},
        {QStringLiteral("element"), QT_TRANSLATE_NOOP("EditingTerms", "Plan element")},
        {QStringLiteral("budget_line"), QT_TRANSLATE_NOOP("EditingTerms", "Budget line")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("EditingTerms", "Target")},
        {QStringLiteral("indicator"), QT_TRANSLATE_NOOP("EditingTerms", "Indicator")},
        {QStringLiteral("stated_count"), QT_TRANSLATE_NOOP("EditingTerms", "Stated count")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("EditingTerms", "Event")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("EditingTerms", "Organisation")},
        {QStringLiteral("participation"), QT_TRANSLATE_NOOP("EditingTerms", "Participation")},
        {QStringLiteral("population"), QT_TRANSLATE_NOOP("EditingTerms", "Population")},
        {QStringLiteral("theme"), QT_TRANSLATE_NOOP("EditingTerms", "Theme")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("EditingTerms", "Source")},
        {QStringLiteral("quote"), QT_TRANSLATE_NOOP("EditingTerms", "Quote")},
        {QStringLiteral("figure"), QT_TRANSLATE_NOOP("EditingTerms", "Figure and correction")},
    };
    const char *name = names.value(kind);
    return name ? tr(name) : kind;
}

QString EditingTerms::columnLabel(const QString &kind, const QString &column)
{
    if (column == QLatin1String("kind"))
        return tr("Kind");
    if (column == QLatin1String("region_id"))
        return tr("Region");
    if (column == QLatin1String("plan_id"))
        return tr("Plan");
    if (column == QLatin1String("parent_id"))
        return kind == QLatin1String("region") ? tr("Part of") : tr("Under element");
    if (column == QLatin1String("owner_id"))
        return kind == QLatin1String("figure") ? tr("Figure of") : tr("About");
    static const QHash<QString, const char *> labels{
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("EditingTerms", "Administrative code")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("EditingTerms", "Level")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("EditingTerms", "Country (ISO code)")},
        {QStringLiteral("announced"), QT_TRANSLATE_NOOP("EditingTerms", "Announced")},
        {QStringLiteral("period_from"), QT_TRANSLATE_NOOP("EditingTerms", "Period from")},
        {QStringLiteral("period_to"), QT_TRANSLATE_NOOP("EditingTerms", "Period to")},
        {QStringLiteral("headline_budget"), QT_TRANSLATE_NOOP("EditingTerms", "Headline budget")},
        {QStringLiteral("element_id"), QT_TRANSLATE_NOOP("EditingTerms", "Element")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("EditingTerms", "Amount")},
        {QStringLiteral("from_year"), QT_TRANSLATE_NOOP("EditingTerms", "From year")},
        {QStringLiteral("to_year"), QT_TRANSLATE_NOOP("EditingTerms", "To year")},
        {QStringLiteral("funding"), QT_TRANSLATE_NOOP("EditingTerms", "Funding")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("EditingTerms", "Unit")},
        {QStringLiteral("baseline_value"), QT_TRANSLATE_NOOP("EditingTerms", "Baseline")},
        {QStringLiteral("baseline_year"), QT_TRANSLATE_NOOP("EditingTerms", "Baseline year")},
        {QStringLiteral("target_value"), QT_TRANSLATE_NOOP("EditingTerms", "Target value")},
        {QStringLiteral("target_year"), QT_TRANSLATE_NOOP("EditingTerms", "Target year")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("EditingTerms", "Value")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("EditingTerms", "Year")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("EditingTerms", "Count")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("EditingTerms", "Date")},
        {QStringLiteral("organisation_id"), QT_TRANSLATE_NOOP("EditingTerms", "Organisation")},
        {QStringLiteral("event_id"), QT_TRANSLATE_NOOP("EditingTerms", "Event")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("EditingTerms", "Role")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("EditingTerms", "Published")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("EditingTerms", "Language")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("EditingTerms", "Web address")},
        {QStringLiteral("source_id"), QT_TRANSLATE_NOOP("EditingTerms", "Source")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("EditingTerms", "Quoted text (verbatim)")},
        {QStringLiteral("field"), QT_TRANSLATE_NOOP("EditingTerms", "Field")},
        {QStringLiteral("printed"), QT_TRANSLATE_NOOP("EditingTerms", "As printed in the source")},
        {QStringLiteral("quotes"), QT_TRANSLATE_NOOP("EditingTerms", "Source quote")},
        {QStringLiteral("themes"), QT_TRANSLATE_NOOP("EditingTerms", "Themes")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("EditingTerms", "Key")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

QString EditingTerms::textLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("EditingTerms", "Name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("EditingTerms", "Title")},
        {QStringLiteral("vision"), QT_TRANSLATE_NOOP("EditingTerms", "Vision")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("EditingTerms", "Summary")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("EditingTerms", "Description")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("EditingTerms", "Label")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("EditingTerms", "Metric")},
        {QStringLiteral("publisher"), QT_TRANSLATE_NOOP("EditingTerms", "Publisher")},
        {QStringLiteral("translation"), QT_TRANSLATE_NOOP("EditingTerms", "Translation")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("EditingTerms", "Correction note")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QString EditingTerms::choiceName(const QString &kind, const QString &column, const QString &value)
{
    QString list;
    if (column == QLatin1String("level"))
        list = QStringLiteral("regionLevel");
    else if (column == QLatin1String("funding"))
        list = QStringLiteral("funding");
    else if (column == QLatin1String("unit"))
        list = QStringLiteral("unit");
    else if (column == QLatin1String("role"))
        list = QStringLiteral("role");
    else if (column == QLatin1String("language"))
        list = QStringLiteral("language");
    else if (column == QLatin1String("kind")) {
        if (kind == QLatin1String("organisation"))
            list = QStringLiteral("organisationKind");
        else if (kind == QLatin1String("element") || kind == QLatin1String("stated_count"))
            list = QStringLiteral("elementKind");
        else if (kind == QLatin1String("budget_line"))
            list = QStringLiteral("budgetKind");
        else if (kind == QLatin1String("event"))
            list = QStringLiteral("eventKind");
        else if (kind == QLatin1String("source"))
            list = QStringLiteral("sourceKind");
    }
    return list.isEmpty() ? value : Terms::interfaceName(list, value);
}

} // namespace innoatlas
