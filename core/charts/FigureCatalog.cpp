#include "charts/FigureCatalog.h"

namespace innoatlas {

namespace {
InvestmentRequest chart(ChartDimension dimension, ChartBreakdown breakdown, ChartLayout layout)
{
    InvestmentRequest request;
    request.dimension = dimension;
    request.breakdown = breakdown;
    request.layout = layout;
    return request;
}
} // namespace

QVector<FigureCatalog::Entry> FigureCatalog::entries()
{
    using D = ChartDimension;
    using B = ChartBreakdown;
    using L = ChartLayout;
    InvestmentRequest perCapita = chart(D::City, B::Kind, L::Grouped);
    perCapita.perCapita = true;
    perCapita.unit = DisplayUnit::Won;
    TimelineRequest byPlan;
    byPlan.lanes = TimelineRequest::Lanes::Plans;
    return {
        {QStringLiteral("by-city"), tr("Investment by city: planned, secured and invested side by side"),
         PresenterSlide::chart(chart(D::City, B::Kind, L::Grouped))},
        {QStringLiteral("by-city-funding"), tr("Planned investment by city, stacked by funding source"),
         PresenterSlide::chart(chart(D::City, B::Funding, L::Stacked))},
        {QStringLiteral("per-capita"), tr("Investment by city per resident (population with its year)"),
         PresenterSlide::chart(perCapita)},
        {QStringLiteral("by-plan"), tr("Investment by plan: planned, secured and invested side by side"),
         PresenterSlide::chart(chart(D::Plan, B::Kind, L::Grouped))},
        {QStringLiteral("by-theme"), tr("Planned investment by theme, stacked by funding source"),
         PresenterSlide::chart(chart(D::Theme, B::Funding, L::Stacked))},
        {QStringLiteral("by-year"), tr("Planned investment by year, stacked by plan (multi-year amounts spread)"),
         PresenterSlide::chart(chart(D::Year, B::Plan, L::Stacked))},
        {QStringLiteral("by-year-kind"), tr("Investment by year: planned, secured and invested side by side"),
         PresenterSlide::chart(chart(D::Year, B::Kind, L::Grouped))},
        {QStringLiteral("by-funding"), tr("Planned investment by funding source, stacked by city"),
         PresenterSlide::chart(chart(D::Funding, B::City, L::Stacked))},
        {QStringLiteral("targets"), tr("Every target from baseline to target, with years and units"),
         PresenterSlide::targets()},
        {QStringLiteral("timeline-cities"), tr("Timeline with one lane per city"), PresenterSlide::timeline({})},
        {QStringLiteral("timeline-plans"), tr("Timeline with one lane per plan"), PresenterSlide::timeline(byPlan)},
    };
}

std::optional<FigureCatalog::Entry> FigureCatalog::find(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

} // namespace innoatlas
