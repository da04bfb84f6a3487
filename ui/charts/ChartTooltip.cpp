#include "charts/ChartTooltip.h"

#include "charts/ValueAxisScale.h"
#include "money/MoneyFormatter.h"

#include <algorithm>

namespace innoatlas {

namespace {
QString money(qint64 won, Language language)
{
    return language == Language::Korean ? MoneyFormatter::formatKorean(won) : MoneyFormatter::formatEnglish(won);
}

QString exact(qint64 won, Language language)
{
    return language == Language::Korean ? MoneyFormatter::formatKoreanExact(won)
                                        : MoneyFormatter::formatEnglishExact(won);
}
} // namespace

QString ChartTooltip::text(const ChartSpec &spec, int series, int category)
{
    if (series < 0 || series >= spec.series.size() || category < 0 || category >= spec.categories.size())
        return QString();
    const ChartValue &value = spec.series.at(series).values.at(category);
    if (value.contributions.isEmpty())
        return QString();
    const Language language = spec.language;
    const ChartCategory &cat = spec.categories.at(category);

    QString html = QStringLiteral("<p><b>%1</b> · %2</p>")
                       .arg(spec.series.at(series).label.toHtmlEscaped(), cat.label.toHtmlEscaped());
    qint64 sum = 0;
    for (const ChartContribution &c : value.contributions)
        sum += c.won;
    // The largest contributions, in the chart's order: a national bar holds thousands of lines.
    QVector<const ChartContribution *> shown;
    shown.reserve(value.contributions.size());
    for (const ChartContribution &c : value.contributions)
        shown << &c;
    if (shown.size() > maximumLines) {
        std::stable_sort(shown.begin(), shown.end(),
                         [](const ChartContribution *a, const ChartContribution *b) { return a->won > b->won; });
        shown.resize(maximumLines);
        std::sort(shown.begin(), shown.end());
    }
    html += QStringLiteral("<ul style='margin-left:0; -qt-list-indent:1'>");
    for (const ChartContribution *contribution : std::as_const(shown)) {
        const ChartContribution &c = *contribution;
        const ChartLine info = spec.lineOf(c);
        QString line = QStringLiteral("<b>%1</b> — %2 (%3)")
                           .arg(info.label.toHtmlEscaped(), money(c.won, language), exact(c.won, language));
        if (c.estimated && c.year)
            line += QStringLiteral("<br/><i>%1</i>").arg(tr("estimated share of %1, spread evenly").arg(*c.year));
        if (c.remainder)
            line += QStringLiteral("<br/><i>%1</i>").arg(tr("what is left once the amounts inside it are counted"));
        line += QStringLiteral("<br/>%1").arg(info.planTitle.toHtmlEscaped());
        QStringList sources;
        for (const QString &key : info.sourceKeys)
            sources << spec.sourceNames.value(key, key).toHtmlEscaped();
        if (!sources.isEmpty())
            line += QStringLiteral("<br/>%1").arg(tr("Sources: %1").arg(sources.join(QStringLiteral("; "))));
        if (!info.printed.isEmpty()) {
            line += QStringLiteral("<br/>%1").arg(
                tr("Corrected: the source prints “%1” (see the curator's note)").arg(info.printed.toHtmlEscaped()));
        }
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ul>");
    if (const qsizetype hidden = value.contributions.size() - shown.size(); hidden > 0) {
        qint64 rest = 0;
        for (const ChartContribution &c : value.contributions)
            rest += c.won;
        for (const ChartContribution *c : std::as_const(shown))
            rest -= c->won;
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("… and %n smaller part(s), %1 in all", nullptr, int(hidden)).arg(money(rest, language)));
    }
    if (value.contributions.size() > 1)
        html += QStringLiteral("<p>%1</p>").arg(tr("Total: %1 (%2)").arg(money(sum, language), exact(sum, language)));
    if (spec.request.perCapita && cat.population) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Per resident: %1 ÷ %2 residents (%3) = %4")
                             .arg(exact(sum, language), ValueAxisScale::scaled(cat.population->value, 0, 0))
                             .arg(cat.population->year)
                             .arg(exact(value.total(), language)));
    }
    return html;
}

} // namespace innoatlas
