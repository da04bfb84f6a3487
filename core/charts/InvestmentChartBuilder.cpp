#include "charts/InvestmentChartBuilder.h"

#include "charts/BudgetAllocation.h"
#include "charts/ChartLimits.h"
#include "charts/RegionNames.h"
#include "charts/ValueAxisScale.h"
#include "model/Vocabulary.h"
#include "money/MoneyFormatter.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace innoatlas {

InvestmentChartBuilder::InvestmentChartBuilder(const Dataset &dataset, StoredBudgetPieces *stored)
    : m_dataset(dataset), m_sources(dataset), m_pieces(dataset), m_stored(stored)
{
    for (const Region &region : dataset.regions)
        m_regions.insert(region.key, &region);
    for (int i = 0; i < dataset.sources.size(); ++i)
        m_sourceOrder.insert(dataset.sources.at(i).key, i);
    for (const Plan &plan : dataset.plans) {
        m_plans.insert(plan.key, &plan);
        for (const BudgetLine &line : plan.budgetLines)
            m_lines.insert(line.key, &line);
    }
}

QString InvestmentChartBuilder::kindLabel(const QString &kind)
{
    if (kind == u"planned")
        return tr("Planned");
    if (kind == u"secured")
        return tr("Secured");
    if (kind == u"invested")
        return tr("Invested");
    return kind;
}

QString InvestmentChartBuilder::fundingLabel(const QString &funding)
{
    if (funding == u"national")
        return tr("National funds");
    if (funding == u"city")
        return tr("City funds");
    if (funding == u"provincial")
        return tr("Provincial funds");
    if (funding == u"private")
        return tr("Private");
    if (funding == u"foreign-investment")
        return tr("Foreign investment");
    if (funding == u"mixed")
        return tr("Mixed sources");
    if (funding == u"unknown")
        return tr("Source of funds not stated");
    return funding;
}

QString InvestmentChartBuilder::dimensionLabel(ChartDimension dimension)
{
    switch (dimension) {
    case ChartDimension::City:
        return tr("City");
    case ChartDimension::Plan:
        return tr("Plan");
    case ChartDimension::Theme:
        return tr("Theme");
    case ChartDimension::Year:
        return tr("Year");
    case ChartDimension::Funding:
        return tr("Funding source");
    }
    return QString();
}

QString InvestmentChartBuilder::breakdownLabel(ChartBreakdown breakdown)
{
    switch (breakdown) {
    case ChartBreakdown::None:
        return tr("No breakdown");
    case ChartBreakdown::Kind:
        return tr("Planned, secured, invested");
    case ChartBreakdown::Funding:
        return tr("Funding source");
    case ChartBreakdown::City:
        return tr("City");
    case ChartBreakdown::Plan:
        return tr("Plan");
    }
    return QString();
}

QString InvestmentChartBuilder::title(const InvestmentRequest &request)
{
    QString dimension;
    switch (request.dimension) {
    case ChartDimension::City:
        dimension = tr("Investment by city");
        break;
    case ChartDimension::Plan:
        dimension = tr("Investment by plan");
        break;
    case ChartDimension::Theme:
        dimension = tr("Investment by theme");
        break;
    case ChartDimension::Year:
        dimension = tr("Investment by year");
        break;
    case ChartDimension::Funding:
        dimension = tr("Investment by funding source");
        break;
    }
    QString what;
    if (request.breakdown == ChartBreakdown::Kind)
        what = tr("planned, secured and invested amounts");
    else if (request.kind == u"secured")
        what = tr("secured amounts");
    else if (request.kind == u"invested")
        what = tr("invested amounts");
    else
        what = tr("planned amounts");
    if (request.perCapita && request.perCapitaApplies())
        what = tr("%1, per resident").arg(what);
    return tr("%1 — %2", "chart title: dimension — what").arg(dimension, what);
}

std::optional<PopulationFigure> InvestmentChartBuilder::latestPopulation(const Region &region)
{
    std::optional<PopulationFigure> latest;
    for (const PopulationFigure &figure : region.population) {
        if (!latest || figure.year > latest->year)
            latest = figure;
    }
    return latest;
}

qint64 InvestmentChartBuilder::dividedRounded(qint64 won, qint64 divisor)
{
    if (divisor <= 0)
        return 0;
    const qint64 magnitude = won < 0 ? -won : won;
    const qint64 quotient = magnitude / divisor + (magnitude % divisor * 2 >= divisor ? 1 : 0);
    return won < 0 ? -quotient : quotient;
}

QString InvestmentChartBuilder::formatMoney(qint64 won, Language language) const
{
    return language == Language::Korean ? MoneyFormatter::formatKorean(won) : MoneyFormatter::formatEnglish(won);
}

QVector<const Plan *> InvestmentChartBuilder::selectedPlans(const InvestmentRequest &request) const
{
    QVector<const Plan *> plans;
    for (const Plan &plan : m_dataset.plans) {
        if (!request.cityKeys.isEmpty() && !request.cityKeys.contains(plan.regionKey))
            continue;
        if (!request.themeKeys.isEmpty()) {
            const bool match = std::any_of(plan.themeKeys.cbegin(), plan.themeKeys.cend(),
                                           [&](const QString &key) { return request.themeKeys.contains(key); });
            if (!match)
                continue;
        }
        plans.append(&plan);
    }
    return plans;
}

QString InvestmentChartBuilder::seriesKeyOf(const InvestmentRequest &request, const BudgetPiece &piece) const
{
    switch (request.breakdown) {
    case ChartBreakdown::None:
        return QStringLiteral("total");
    case ChartBreakdown::Kind:
        return piece.kind;
    case ChartBreakdown::Funding:
        return piece.funding;
    case ChartBreakdown::City:
        return piece.regionKey;
    case ChartBreakdown::Plan:
        return piece.planKey;
    }
    return QString();
}

QVector<ChartCategory> InvestmentChartBuilder::categoriesFor(const InvestmentRequest &request,
                                                             const QVector<const Plan *> &plans, const Pieces &pieces,
                                                             Language language) const
{
    QVector<ChartCategory> categories;
    switch (request.dimension) {
    case ChartDimension::City: {
        // Every city with a selected plan, in dataset order, even when it has no amount of the kind.
        QSet<QString> cities;
        for (const Plan *plan : plans)
            cities.insert(plan->regionKey);
        for (const Region &region : m_dataset.regions) {
            if (cities.contains(region.key))
                categories.append({region.key, RegionNames::shortName(region, language), {}});
        }
        break;
    }
    case ChartDimension::Plan:
        for (const Plan *plan : plans)
            categories.append({plan->key, plan->title.preferred(language), {}});
        break;
    case ChartDimension::Theme: {
        QSet<QString> themes;
        for (const Plan *plan : plans) {
            for (const QString &theme : plan->themeKeys)
                themes.insert(theme);
        }
        for (const Theme &theme : m_dataset.themes) {
            if (themes.contains(theme.key) && (request.themeKeys.isEmpty() || request.themeKeys.contains(theme.key)))
                categories.append({theme.key, theme.name.preferred(language), {}});
        }
        break;
    }
    case ChartDimension::Year: {
        int first = 0;
        int last = -1;
        for (const BudgetPiece *piece : pieces) {
            if (!piece->year)
                continue;
            first = last < first ? *piece->year : std::min(first, *piece->year);
            last = std::max(last, *piece->year);
        }
        for (int year = first; year <= last; ++year)
            categories.append({QString::number(year), QString::number(year), {}});
        break;
    }
    case ChartDimension::Funding: {
        QSet<QString> fundings;
        for (const BudgetPiece *piece : pieces)
            fundings.insert(piece->funding);
        for (const QString &funding : Vocabulary::fundingSources()) {
            if (fundings.contains(funding))
                categories.append({funding, fundingLabel(funding), {}});
        }
        break;
    }
    }
    return categories;
}

QVector<ChartSeries> InvestmentChartBuilder::seriesFor(const InvestmentRequest &request,
                                                       const QVector<const Plan *> &plans, const Pieces &pieces,
                                                       Language language) const
{
    QSet<QString> present;
    for (const BudgetPiece *piece : pieces)
        present.insert(seriesKeyOf(request, *piece));
    QVector<ChartSeries> series;
    auto add = [&](const QString &key, const QString &label) {
        if (present.contains(key))
            series.append({key, label, {}});
    };
    switch (request.breakdown) {
    case ChartBreakdown::None:
        series.append({QStringLiteral("total"), kindLabel(request.kind), {}});
        break;
    case ChartBreakdown::Kind:
        for (const QString &kind : Vocabulary::budgetKinds())
            add(kind, kindLabel(kind));
        break;
    case ChartBreakdown::Funding:
        for (const QString &funding : Vocabulary::fundingSources())
            add(funding, fundingLabel(funding));
        break;
    case ChartBreakdown::City:
        for (const Region &region : m_dataset.regions)
            add(region.key, RegionNames::shortName(region, language));
        break;
    case ChartBreakdown::Plan:
        for (const Plan *plan : plans)
            add(plan->key, plan->title.preferred(language));
        break;
    }
    return series;
}

ChartLine InvestmentChartBuilder::lineOf(const BudgetPiece &piece, Language language,
                                         QHash<int, QString> &groupLabels) const
{
    ChartLine line;
    line.sourceKeys = piece.lineKey.isEmpty() ? piece.sourceKeys : m_sources.sourceKeys(piece.quoteKeys);
    if (piece.lineKey.isEmpty()) {
        // One text for every group of as many lines, shared by the thousands of groups of a national chart.
        auto label = groupLabels.find(piece.lines);
        if (label == groupLabels.end())
            label = groupLabels.insert(piece.lines, tr("%n budget line(s)", nullptr, piece.lines));
        line.label = *label;
    }
    if (const BudgetLine *budgetLine = m_lines.value(piece.lineKey)) {
        line.label = budgetLine->label.preferred(language);
        if (budgetLine->amount.citation.correction)
            line.printed = budgetLine->amount.citation.correction->printed;
    }
    if (const Plan *plan = m_plans.value(piece.planKey))
        line.planTitle = plan->title.preferred(language);
    return line;
}

void InvestmentChartBuilder::gather(const ChartSpec &spec, const QVector<const Plan *> &plans, Pieces &pieces,
                                    Pieces &unplaced) const
{
    const bool byYear = spec.request.dimension == ChartDimension::Year;
    const bool allKinds = spec.request.breakdown == ChartBreakdown::Kind;
    auto take = [&](const QVector<BudgetPiece> &from, Pieces &to) {
        for (const BudgetPiece &piece : from) {
            if (allKinds || piece.kind == spec.request.kind)
                to.append(&piece);
        }
    };
    if (m_stored) {
        // One query per split and kind, kinds in the order of the vocabulary.
        using Split = StoredBudgetPieces::Split;
        const QStringList kinds = allKinds ? Vocabulary::budgetKinds() : QStringList{spec.request.kind};
        for (const Plan *plan : plans) {
            for (const QString &kind : kinds) {
                take(m_stored->pieces(byYear ? Split::Year : Split::Whole, kind, plan->key), pieces);
                if (byYear)
                    take(m_stored->pieces(Split::Unplaced, kind, plan->key), unplaced);
            }
        }
        return;
    }
    for (const Plan *plan : plans) {
        if (byYear) {
            take(m_pieces.yearPieces(*plan), pieces);
            take(m_pieces.unplacedPieces(*plan), unplaced);
        } else {
            take(m_pieces.wholePieces(*plan), pieces);
        }
    }
}

ChartSpec InvestmentChartBuilder::build(const InvestmentRequest &request, Language language, ChartDetail detail) const
{
    ChartSpec spec;
    spec.request = request;
    spec.request.layout = request.effectiveLayout();
    spec.request.perCapita = request.perCapita && request.perCapitaApplies();
    spec.language = language;
    spec.detail = detail;
    spec.title = title(spec.request);

    const QVector<const Plan *> plans = selectedPlans(spec.request);
    // Pointers into the cached pieces of each plan: nothing is copied or counted again.
    Pieces pieces;
    Pieces unplaced;
    gather(spec, plans, pieces, unplaced);

    spec.categories = categoriesFor(spec.request, plans, pieces, language);
    spec.series = seriesFor(spec.request, plans, pieces, language);
    QHash<QString, int> categoryIndex;
    for (int i = 0; i < spec.categories.size(); ++i)
        categoryIndex.insert(spec.categories.at(i).key, i);
    QHash<QString, int> seriesIndex;
    for (int i = 0; i < spec.series.size(); ++i)
        seriesIndex.insert(spec.series.at(i).key, i);
    // Years are consecutive categories from the first: a year's category is found by subtraction.
    const bool byYear = spec.request.dimension == ChartDimension::Year;
    const int firstYear = byYear && !spec.categories.isEmpty() ? spec.categories.first().key.toInt() : 0;
    QVarLengthArray<int, 8> categories;
    auto categoriesOf = [&](const BudgetPiece &piece) {
        categories.clear();
        switch (spec.request.dimension) {
        case ChartDimension::City:
            categories.append(categoryIndex.value(piece.regionKey, -1));
            break;
        case ChartDimension::Plan:
            categories.append(categoryIndex.value(piece.planKey, -1));
            break;
        case ChartDimension::Theme:
            // Only the themes of the filter are categories: the others find no index.
            if (const Plan *plan = m_plans.value(piece.planKey)) {
                for (const QString &theme : plan->themeKeys)
                    categories.append(categoryIndex.value(theme, -1));
            }
            break;
        case ChartDimension::Year:
            if (piece.year && *piece.year - firstYear >= 0 && *piece.year - firstYear < spec.categories.size())
                categories.append(*piece.year - firstYear);
            break;
        case ChartDimension::Funding:
            categories.append(categoryIndex.value(piece.funding, -1));
            break;
        }
    };

    // Thousands of plans or hundreds of cities as series: the largest, and the others added together as one,
    // decided before the values are made (a series by plan of a chart by plan would be millions of them).
    QString seriesNote;
    if (spec.series.size() > ChartLimits::maximumSeries) {
        QVector<qint64> totals(spec.series.size(), 0);
        for (const BudgetPiece *piece : std::as_const(pieces)) {
            const int s = seriesIndex.value(seriesKeyOf(spec.request, *piece), -1);
            if (s < 0)
                continue;
            categoriesOf(*piece);
            for (const int c : std::as_const(categories))
                totals[s] += c < 0 ? 0 : piece->won;
        }
        const QVector<int> places = ChartLimits::seriesPlaces(totals);
        seriesNote = ChartLimits::mergeSeries(spec.series, places, spec.request.breakdown);
        for (int &index : seriesIndex)
            index = places.at(index);
    }
    for (ChartSeries &series : spec.series)
        series.values.resize(spec.categories.size());

    QSet<QString> usedSources;
    const auto useSources = [&](const QStringList &sourceKeys) {
        for (const QString &key : sourceKeys) {
            if (!usedSources.contains(key)) {
                usedSources.insert(key);
                spec.sourceKeys << key;
            }
        }
    };
    // A budget line's pieces (its years, its themes) are parts of one line; a stored piece is a line of its own, the
    // only piece of its group (StoredBudgetPieces), and needs no key. A chart of values only keeps no line, but names
    // the sources of each.
    const bool tooltips = detail == ChartDetail::Tooltips;
    QHash<QString, int> lineIndex;
    QHash<int, QString> groupLabels;
    int lineCount = 0;
    const auto lineIndexOf = [&](const BudgetPiece &piece) {
        if (!piece.lineKey.isEmpty()) {
            const auto known = lineIndex.constFind(piece.lineKey);
            if (known != lineIndex.cend())
                return *known;
            lineIndex.insert(piece.lineKey, lineCount);
        }
        if (tooltips) {
            spec.lines.append(lineOf(piece, language, groupLabels));
            useSources(spec.lines.last().sourceKeys);
        } else {
            useSources(piece.lineKey.isEmpty() ? piece.sourceKeys : m_sources.sourceKeys(piece.quoteKeys));
        }
        return lineCount++;
    };
    for (const BudgetPiece *piece : std::as_const(pieces)) {
        const int s = seriesIndex.value(seriesKeyOf(spec.request, *piece), -1);
        if (s < 0 || piece->won == 0)
            continue;
        categoriesOf(*piece);
        int line = -1;
        for (const int c : std::as_const(categories)) {
            if (c < 0)
                continue;
            ChartValue &value = spec.series[s].values[c];
            (piece->estimated ? value.estimated : value.known) += piece->won;
            value.won += piece->won;
            if (line < 0)
                line = lineIndexOf(*piece);
            if (tooltips)
                value.contributions.append(
                    {line, piece->won, piece->estimated, piece->remainder, piece->year, piece->lines});
        }
    }

    if (spec.request.perCapita) {
        applyPerCapita(spec);
        QStringList populationQuotes;
        for (const ChartCategory &category : std::as_const(spec.categories)) {
            if (category.population)
                populationQuotes += category.population->citation.quoteKeys;
        }
        for (const QString &key : m_sources.sourceKeys(populationQuotes)) {
            if (!usedSources.contains(key)) {
                usedSources.insert(key);
                spec.sourceKeys << key;
            }
        }
    }

    const QString plansNote =
        ChartLimits::keepLargestPlans(spec, [this, language](qint64 won) { return formatMoney(won, language); });

    qint64 maximum = 0;
    for (int c = 0; c < spec.categories.size(); ++c) {
        qint64 stack = 0;
        for (const ChartSeries &series : std::as_const(spec.series)) {
            const ChartValue &value = series.values.at(c);
            stack += value.total();
            maximum = std::max({maximum, value.known, value.estimated});
        }
        if (spec.request.layout == ChartLayout::Stacked)
            maximum = std::max(maximum, stack);
    }
    spec.axis = ValueAxisScale::axis(maximum, spec.request.unit, language, spec.request.perCapita);

    // In the dataset's order of sources, whichever order the pieces were counted in.
    std::stable_sort(spec.sourceKeys.begin(), spec.sourceKeys.end(), [this](const QString &a, const QString &b) {
        return m_sourceOrder.value(a, INT_MAX) < m_sourceOrder.value(b, INT_MAX);
    });
    for (const QString &key : std::as_const(spec.sourceKeys))
        spec.sourceNames.insert(key, m_sources.describe(key, language));
    spec.sourceLine = m_sources.sourceLine(spec.sourceKeys, language);
    addNotes(spec, plans, pieces, unplaced);
    for (const QString &note : {seriesNote, plansNote}) {
        if (!note.isEmpty())
            spec.notes << note;
    }
    return spec;
}

void InvestmentChartBuilder::applyPerCapita(ChartSpec &spec) const
{
    for (int c = 0; c < spec.categories.size(); ++c) {
        ChartCategory &category = spec.categories[c];
        QString regionKey = category.key;
        if (spec.request.dimension == ChartDimension::Plan) {
            const Plan *plan = m_plans.value(category.key);
            regionKey = plan ? plan->regionKey : QString();
        }
        if (const Region *region = m_regions.value(regionKey))
            category.population = latestPopulation(*region);
        const qint64 people = category.population ? category.population->value : 0;
        for (ChartSeries &series : spec.series) {
            ChartValue &value = series.values[c];
            value.known = dividedRounded(value.known, people);
            value.estimated = dividedRounded(value.estimated, people);
        }
    }
}

void InvestmentChartBuilder::addNotes(ChartSpec &spec, const QVector<const Plan *> &plans, const Pieces &pieces,
                                      const Pieces &unplaced) const
{
    const Language language = spec.language;
    if (spec.hasEstimates()) {
        spec.estimatedLegend = tr("Estimated: a multi-year amount spread over its years");
        spec.notes << tr("Light bars with dashed outlines are estimates, not yearly figures of the sources: a "
                         "multi-year amount is spread evenly over its years (whole won, the remainder to the first "
                         "year); a year whose amount a source states keeps that amount.");
    }
    const bool nested = std::any_of(pieces.cbegin(), pieces.cend(), [](const BudgetPiece *p) { return p->remainder; });
    if (nested) {
        spec.notes << tr("Counted once: an amount that lies within a larger amount of the same plan and kind (one "
                         "year of a multi-year total, say) is part of it, not added to it.");
    }
    if (spec.request.breakdown == ChartBreakdown::Kind) {
        spec.notes << tr("Planned, secured and invested amounts are shown side by side and never added together.");
        QSet<QString> kinds;
        for (const BudgetPiece *piece : pieces)
            kinds.insert(piece->kind);
        if (!kinds.contains(QStringLiteral("secured")))
            spec.notes << tr("No secured amounts are recorded for this selection.");
        if (!kinds.contains(QStringLiteral("invested")))
            spec.notes << tr("No invested amounts are recorded for this selection.");
    } else {
        if (spec.isEmpty())
            spec.notes << tr("No amounts of this kind are recorded for this selection.");
        spec.notes << tr("Only %1 amounts are shown; planned, secured and invested amounts are never added together.")
                          .arg(kindLabel(spec.request.kind).toLower());
    }
    if (spec.request.dimension == ChartDimension::Theme) {
        const bool several =
            std::any_of(plans.cbegin(), plans.cend(), [](const Plan *plan) { return plan->themeKeys.size() > 1; });
        if (several) {
            spec.notes << tr("A plan with several themes counts in full under each of them: the bars do not add up "
                             "to a total.");
        }
    }
    if (!unplaced.isEmpty()) {
        qint64 sum = 0;
        int count = 0;
        for (const BudgetPiece *piece : unplaced) {
            sum += piece->won;
            count += piece->lines;
        }
        spec.notes << tr("Not placed in any year: %n amount(s) whose years the sources do not state, %1 in all.",
                         nullptr, count)
                          .arg(formatMoney(sum, language));
    }
    if (spec.request.perCapita) {
        QStringList populations;
        for (const ChartCategory &category : std::as_const(spec.categories)) {
            if (category.population) {
                populations << tr("%1 %2 (%3)", "city population (year)")
                                   .arg(category.label, ValueAxisScale::scaled(category.population->value, 0, 0),
                                        QString::number(category.population->year));
            } else {
                populations << tr("%1: population not recorded, shown as zero").arg(category.label);
            }
        }
        spec.notes << tr("Per resident: each amount is divided by the population of its city: %1.")
                          .arg(populations.join(QStringLiteral(", ")));
    }
}

} // namespace innoatlas
