#include "charts/PresenterDeck.h"

#include <QJsonArray>

namespace innoatlas {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            result << item.toString();
    }
    return result;
}
} // namespace

PresenterSlide PresenterSlide::chart(const InvestmentRequest &request)
{
    return {View::Chart, request.toJson()};
}

PresenterSlide PresenterSlide::timeline(const TimelineRequest &request)
{
    return {View::Timeline, request.toJson()};
}

PresenterSlide PresenterSlide::targets(const QStringList &cityKeys, const QStringList &themeKeys)
{
    QJsonObject settings;
    if (!cityKeys.isEmpty())
        settings.insert(QStringLiteral("cities"), QJsonArray::fromStringList(cityKeys));
    if (!themeKeys.isEmpty())
        settings.insert(QStringLiteral("themes"), QJsonArray::fromStringList(themeKeys));
    return {View::Targets, settings};
}

QStringList PresenterSlide::cityKeys() const
{
    return strings(settings.value(QStringLiteral("cities")));
}

QStringList PresenterSlide::themeKeys() const
{
    return strings(settings.value(QStringLiteral("themes")));
}

QString presenterViewName(PresenterSlide::View view)
{
    switch (view) {
    case PresenterSlide::View::Chart:
        return QStringLiteral("chart");
    case PresenterSlide::View::Timeline:
        return QStringLiteral("timeline");
    case PresenterSlide::View::Targets:
        return QStringLiteral("targets");
    }
    return QString();
}

bool parsePresenterViewName(const QString &name, PresenterSlide::View *view)
{
    for (const auto candidate :
         {PresenterSlide::View::Chart, PresenterSlide::View::Timeline, PresenterSlide::View::Targets}) {
        if (name == presenterViewName(candidate)) {
            *view = candidate;
            return true;
        }
    }
    return false;
}

PresenterDeck PresenterDeck::standard()
{
    PresenterDeck deck;
    deck.name = tr("Investment and timelines");

    InvestmentRequest byCity; // planned, secured and invested side by side
    deck.slides << PresenterSlide::chart(byCity);

    InvestmentRequest byYear;
    byYear.dimension = ChartDimension::Year;
    byYear.breakdown = ChartBreakdown::Plan;
    byYear.layout = ChartLayout::Stacked;
    deck.slides << PresenterSlide::chart(byYear);

    InvestmentRequest byFunding;
    byFunding.dimension = ChartDimension::Funding;
    byFunding.breakdown = ChartBreakdown::City;
    byFunding.layout = ChartLayout::Stacked;
    deck.slides << PresenterSlide::chart(byFunding);

    InvestmentRequest byTheme;
    byTheme.dimension = ChartDimension::Theme;
    byTheme.breakdown = ChartBreakdown::Funding;
    byTheme.layout = ChartLayout::Stacked;
    deck.slides << PresenterSlide::chart(byTheme);

    InvestmentRequest perCapita;
    perCapita.perCapita = true;
    perCapita.unit = DisplayUnit::Won;
    deck.slides << PresenterSlide::chart(perCapita);

    deck.slides << PresenterSlide::targets();
    deck.slides << PresenterSlide::timeline({});
    TimelineRequest byPlan;
    byPlan.lanes = TimelineRequest::Lanes::Plans;
    deck.slides << PresenterSlide::timeline(byPlan);
    return deck;
}

} // namespace innoatlas
