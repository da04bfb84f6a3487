#pragma once

#include <QJsonObject>
#include <QStringList>

namespace innoatlas {

/** What the categories (the bars along the axis) of an investment chart are. */
enum class ChartDimension
{
    City,
    Plan,
    Theme,
    Year,
    Funding
};

/** What the series (the bars within a category) of an investment chart are. */
enum class ChartBreakdown
{
    None,
    Kind,
    Funding,
    City,
    Plan
};

/** Bars of a category side by side, or on top of each other. */
enum class ChartLayout
{
    Grouped,
    Stacked
};

/**
 * The unit amounts are shown in. Korean readers count in 억 and 조; English has no 억, and its
 * nearest counting unit, the billion (10억), stands for it: Eok is "KRW billion" in English,
 * Jo "KRW trillion".
 */
enum class DisplayUnit
{
    Won,
    Eok,
    Jo
};

/**
 * The parameters of an investment chart: what is compared, split how, in which unit, over
 * which cities and themes. A value: stored in presenter decks as JSON (toJson()/fromJson()).
 *
 * Planned, secured and invested amounts are never added together: a chart either shows one
 * kind (kind), or keeps the kinds apart as grouped series (breakdown Kind, always grouped).
 */
struct InvestmentRequest
{
    ChartDimension dimension = ChartDimension::City;
    ChartBreakdown breakdown = ChartBreakdown::Kind;
    ChartLayout layout = ChartLayout::Grouped;
    DisplayUnit unit = DisplayUnit::Eok;
    QString kind = QStringLiteral("planned"); ///< budget kind shown unless the breakdown is Kind
    bool perCapita = false;                   ///< won per resident; City and Plan dimensions only
    QStringList cityKeys;                     ///< only these cities' plans; empty for all
    QStringList themeKeys;                    ///< only plans with one of these themes; empty for all

    /** The layout actually drawn: kinds are never stacked. */
    ChartLayout effectiveLayout() const;
    /** Whether per-capita values are possible for the dimension (a city's population is known). */
    bool perCapitaApplies() const;

    QJsonObject toJson() const;
    /** Reads what toJson() wrote; unknown or missing members keep their defaults. */
    static InvestmentRequest fromJson(const QJsonObject &object);

    bool operator==(const InvestmentRequest &o) const
    {
        return dimension == o.dimension && breakdown == o.breakdown && layout == o.layout && unit == o.unit &&
               kind == o.kind && perCapita == o.perCapita && cityKeys == o.cityKeys && themeKeys == o.themeKeys;
    }
};

/** Stable names used in JSON and on the command line: "city", "plan", "theme", "year", "funding". */
QString chartDimensionName(ChartDimension dimension);
bool parseChartDimension(const QString &name, ChartDimension *dimension);
/** "none", "kind", "funding", "city", "plan". */
QString chartBreakdownName(ChartBreakdown breakdown);
bool parseChartBreakdown(const QString &name, ChartBreakdown *breakdown);
/** "won", "eok", "jo". */
QString displayUnitName(DisplayUnit unit);
bool parseDisplayUnit(const QString &name, DisplayUnit *unit);

} // namespace innoatlas
