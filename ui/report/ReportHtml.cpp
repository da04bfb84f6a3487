#include "report/ReportHtml.h"

#include "common/ContentFormat.h"
#include "common/Terms.h"

#include <QSet>

namespace innoatlas {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString content(const LocalizedText &text, Language language)
{
    return esc(text.preferred(language));
}

const Region *regionOf(const Dataset &dataset, const QString &key)
{
    for (const Region &region : dataset.regions) {
        if (region.key == key)
            return &region;
    }
    return nullptr;
}

/** Collects the quote keys of everything a report shows, in the order they appear. */
class QuoteKeys
{
public:
    void add(const Citation &citation) { add(citation.quoteKeys); }
    void add(const QStringList &keys)
    {
        for (const QString &key : keys) {
            if (!m_seen.contains(key)) {
                m_seen.insert(key);
                m_keys << key;
            }
        }
    }
    void add(const QVector<Element> &elements)
    {
        for (const Element &element : elements) {
            add(element.quoteKeys);
            add(element.children);
        }
    }
    void add(const Plan &plan)
    {
        if (plan.announced)
            add(plan.announced->citation);
        if (plan.period)
            add(plan.period->citation);
        if (plan.headlineBudget)
            add(plan.headlineBudget->citation);
        for (const StatedCount &count : plan.statedCounts)
            add(count.citation);
        add(plan.elements);
        for (const BudgetLine &line : plan.budgetLines)
            add(line.amount.citation);
        for (const Target &target : plan.targets) {
            if (target.baseline)
                add(target.baseline->citation);
            add(target.target.citation);
        }
        for (const Indicator &indicator : plan.indicators)
            add(indicator.value.citation);
    }
    bool contains(const QString &key) const { return m_seen.contains(key); }

private:
    QStringList m_keys;
    QSet<QString> m_seen;
};

int countElements(const QVector<Element> &elements, const QString &kind)
{
    int count = 0;
    for (const Element &element : elements)
        count += (element.kind == kind ? 1 : 0) + countElements(element.children, kind);
    return count;
}

QString elementList(const QVector<Element> &elements, Language language)
{
    if (elements.isEmpty())
        return QString();
    QString html = QStringLiteral("<ul>");
    for (const Element &element : elements) {
        html += QStringLiteral("<li><span class=\"kind\">%1</span> %2")
                    .arg(esc(Terms::name(QStringLiteral("elementKind"), element.kind, language)),
                         content(element.name, language));
        html += elementList(element.children, language);
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString elementName(const QVector<Element> &elements, const QString &key, Language language)
{
    for (const Element &element : elements) {
        if (element.key == key)
            return element.name.preferred(language);
        const QString child = elementName(element.children, key, language);
        if (!child.isEmpty())
            return child;
    }
    return QString();
}

QString row(const QStringList &cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += header ? QStringLiteral("<th>%1</th>").arg(cell) : QStringLiteral("<td>%1</td>").arg(cell);
    return html + QStringLiteral("</tr>");
}

QString kpiValue(const KpiValue &value, const QString &unit, Language language)
{
    QString text = ContentFormat::kpi(value.value, unit, language);
    if (value.year)
        text += QStringLiteral(" (%1)").arg(ContentFormat::year(*value.year, language));
    return esc(text);
}
} // namespace

QVector<const Plan *> ReportHtml::plans(const Dataset &dataset, const ReportSubject &subject)
{
    QVector<const Plan *> list;
    for (const Plan &plan : dataset.plans) {
        if (plan.regionKey == subject.regionKey && (subject.planKey.isEmpty() || plan.key == subject.planKey))
            list << &plan;
    }
    return list;
}

QString ReportHtml::titlePage(const Dataset &dataset, const ReportSubject &subject, Language language, const Info &info)
{
    const Region *region = regionOf(dataset, subject.regionKey);
    // Space above the title: QTextDocument ignores a heading's top margin at the start of a page.
    QString html = QStringLiteral("<p style=\"font-size: 72pt\">&nbsp;</p><p class=\"over\">%1</p>")
                       .arg(esc(tr("InnoAtlas report")));
    html += QStringLiteral("<h1 class=\"title\">%1</h1>").arg(region ? content(region->name, language) : QString());
    const QVector<const Plan *> list = plans(dataset, subject);
    if (!subject.planKey.isEmpty() && !list.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(content(list.constFirst()->title, language));
    else
        html += QStringLiteral("<p class=\"subtitle\">%1</p>")
                    .arg(esc(tr("Innovation plans: %n plan(s)", nullptr, int(list.size()))));
    html += QStringLiteral("<p class=\"meta\">%1<br>%2</p>")
                .arg(esc(tr("Date: %1")
                             .arg(ContentFormat::date(
                                 PartialDate(info.date.year(), info.date.month(), info.date.day(), DatePrecision::Day),
                                 language))),
                     esc(tr("Dataset: %1").arg(info.datasetVersion)));
    return html;
}

QString ReportHtml::body(const Dataset &dataset, const ReportSubject &subject, Language language)
{
    const Region *region = regionOf(dataset, subject.regionKey);
    QuoteKeys quotes;
    QString html;
    if (region) {
        html += QStringLiteral("<h1>%1</h1>").arg(content(region->name, language));
        QStringList facts;
        if (!region->code.isEmpty())
            facts << esc(tr("Official code: %1").arg(region->code));
        if (!region->population.isEmpty()) {
            const PopulationFigure &population = region->population.constLast();
            facts << esc(tr("Population: %1 (%2)")
                             .arg(ContentFormat::number(population.value, language),
                                  ContentFormat::year(population.year, language)));
            quotes.add(population.citation);
        }
        if (!facts.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    }

    for (const Plan *plan : plans(dataset, subject)) {
        quotes.add(*plan);
        html += QStringLiteral("<h2>%1</h2>").arg(content(plan->title, language));
        html += QStringLiteral("<table class=\"facts\" cellpadding=\"2\">");
        if (plan->announced)
            html += row({esc(tr("Announced")), esc(ContentFormat::date(plan->announced->date, language))});
        if (plan->period)
            html +=
                row({esc(tr("Period")), esc(ContentFormat::period(plan->period->from, plan->period->to, language))});
        if (plan->headlineBudget) {
            QString budget = ContentFormat::money(plan->headlineBudget->won, language);
            if (plan->headlineBudget->original)
                budget +=
                    QStringLiteral(" (%1)").arg(ContentFormat::original(*plan->headlineBudget->original, language));
            html += row({esc(tr("Budget")), esc(budget)});
        }
        QStringList themes;
        for (const Theme &theme : dataset.themes) {
            if (plan->themeKeys.contains(theme.key))
                themes << theme.name.preferred(language);
        }
        if (!themes.isEmpty())
            html += row({esc(tr("Themes")), esc(themes.join(QStringLiteral(", ")))});
        html += QStringLiteral("</table><p style=\"font-size: 5pt\">&nbsp;</p>");
        if (!plan->vision.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Vision:")), content(plan->vision, language));
        if (!plan->summary.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(content(plan->summary, language));

        if (!plan->elements.isEmpty() || !plan->statedCounts.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Structure")));
            for (const StatedCount &count : plan->statedCounts) {
                const int recorded = countElements(plan->elements, count.kind);
                html += QStringLiteral("<p class=\"note\">%1</p>")
                            .arg(esc(tr("The plan states %1 × %2; %3 recorded.")
                                         .arg(count.count)
                                         .arg(Terms::name(QStringLiteral("elementKindPlural"), count.kind, language))
                                         .arg(recorded)));
            }
            html += elementList(plan->elements, language);
        }

        if (!plan->budgetLines.isEmpty()) {
            html +=
                QStringLiteral(
                    "<h3>%1</h3><table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
                    .arg(esc(tr("Budget")));
            html +=
                row({esc(tr("Item")), esc(tr("Years")), esc(tr("Funding")), esc(tr("Kind")), esc(tr("Amount"))}, true);
            // No totals: a line may lie within another (a year of a multi-year total), and planned,
            // secured and invested amounts are never added; the investment chart counts them once.
            for (const BudgetLine &line : plan->budgetLines) {
                QString label = line.label.preferred(language);
                if (label.isEmpty())
                    label = elementName(plan->elements, line.elementKey, language);
                html += row({esc(label), esc(ContentFormat::period(line.fromYear, line.toYear, language)),
                             esc(Terms::name(QStringLiteral("funding"), line.funding, language)),
                             esc(Terms::name(QStringLiteral("budgetKind"), line.kind, language)),
                             QStringLiteral("<span class=\"num\">%1</span>")
                                 .arg(esc(ContentFormat::money(line.amount.won, language)))});
            }
            html += QStringLiteral("</table><p style=\"font-size: 5pt\">&nbsp;</p>");
        }

        if (!plan->targets.isEmpty()) {
            html +=
                QStringLiteral(
                    "<h3>%1</h3><table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
                    .arg(esc(tr("Targets")));
            html += row({esc(tr("Metric")), esc(tr("Baseline")), esc(tr("Target"))}, true);
            for (const Target &target : plan->targets)
                html += row({content(target.metric, language),
                             target.baseline ? kpiValue(*target.baseline, target.unit, language) : QString(),
                             kpiValue(target.target, target.unit, language)});
            html += QStringLiteral("</table><p style=\"font-size: 5pt\">&nbsp;</p>");
        }

        QString events;
        for (const Event &event : dataset.events) {
            if (event.planKey != plan->key)
                continue;
            quotes.add(event.date.citation);
            events += row({esc(ContentFormat::date(event.date.date, language)), content(event.title, language)});
        }
        if (!events.isEmpty())
            html += QStringLiteral("<h3>%1</h3><table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                   "width=\"100%\">%2%3</table><p style=\"font-size: 5pt\">&nbsp;</p>")
                        .arg(esc(tr("Timeline")), row({esc(tr("Date")), esc(tr("Event"))}, true), events);
    }

    // Events of the city that belong to no plan.
    if (subject.planKey.isEmpty()) {
        QString events;
        for (const Event &event : dataset.events) {
            if (event.regionKey != subject.regionKey || !event.planKey.isEmpty())
                continue;
            quotes.add(event.date.citation);
            events += row({esc(ContentFormat::date(event.date.date, language)), content(event.title, language)});
        }
        if (!events.isEmpty())
            html += QStringLiteral("<h2>%1</h2><table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                   "width=\"100%\">%2%3</table><p style=\"font-size: 5pt\">&nbsp;</p>")
                        .arg(esc(tr("Other events")), row({esc(tr("Date")), esc(tr("Event"))}, true), events);
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Sources")));
    for (const Source &source : dataset.sources) {
        QString list;
        for (const Quote &quote : source.quotes) {
            if (!quotes.contains(quote.key))
                continue;
            list += QStringLiteral("<li><i>“%1”</i>").arg(esc(quote.text));
            const QString translation = quote.translation.text(language);
            if (source.language != languageCode(language) && !translation.isEmpty())
                list += QStringLiteral("<br><span class=\"note\">%1</span>").arg(esc(translation));
            list += QStringLiteral("</li>");
        }
        if (list.isEmpty())
            continue;
        QString heading = content(source.publisher, language);
        if (!source.title.isEmpty())
            heading += QStringLiteral(", ") + content(source.title, language);
        if (source.published.isValid())
            heading += QStringLiteral(" (%1)").arg(esc(ContentFormat::date(source.published, language)));
        html += QStringLiteral("<p class=\"source\">%1</p><ul>%2</ul>").arg(heading, list);
    }
    return html;
}

} // namespace innoatlas
