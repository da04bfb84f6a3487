#include "charts/InvestmentRequest.h"

#include "model/Vocabulary.h"

#include <QJsonArray>

namespace innoatlas {

namespace {
template <typename Enum>
struct NameTable
{
    Enum value;
    const char *name;
};

constexpr NameTable<ChartDimension> dimensionNames[] = {{ChartDimension::City, "city"},
                                                        {ChartDimension::Plan, "plan"},
                                                        {ChartDimension::Theme, "theme"},
                                                        {ChartDimension::Year, "year"},
                                                        {ChartDimension::Funding, "funding"}};
constexpr NameTable<ChartBreakdown> breakdownNames[] = {{ChartBreakdown::None, "none"},
                                                        {ChartBreakdown::Kind, "kind"},
                                                        {ChartBreakdown::Funding, "funding"},
                                                        {ChartBreakdown::City, "city"},
                                                        {ChartBreakdown::Plan, "plan"}};
constexpr NameTable<DisplayUnit> unitNames[] = {
    {DisplayUnit::Won, "won"}, {DisplayUnit::Eok, "eok"}, {DisplayUnit::Jo, "jo"}};

template <typename Enum, size_t N>
QString nameOf(const NameTable<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

template <typename Enum, size_t N>
bool parseName(const NameTable<Enum> (&table)[N], const QString &name, Enum *value)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name)) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

QStringList stringList(const QJsonValue &value)
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

QString chartDimensionName(ChartDimension dimension)
{
    return nameOf(dimensionNames, dimension);
}

bool parseChartDimension(const QString &name, ChartDimension *dimension)
{
    return parseName(dimensionNames, name, dimension);
}

QString chartBreakdownName(ChartBreakdown breakdown)
{
    return nameOf(breakdownNames, breakdown);
}

bool parseChartBreakdown(const QString &name, ChartBreakdown *breakdown)
{
    return parseName(breakdownNames, name, breakdown);
}

QString displayUnitName(DisplayUnit unit)
{
    return nameOf(unitNames, unit);
}

bool parseDisplayUnit(const QString &name, DisplayUnit *unit)
{
    return parseName(unitNames, name, unit);
}

ChartLayout InvestmentRequest::effectiveLayout() const
{
    return breakdown == ChartBreakdown::Kind ? ChartLayout::Grouped : layout;
}

bool InvestmentRequest::perCapitaApplies() const
{
    return dimension == ChartDimension::City || dimension == ChartDimension::Plan;
}

QJsonObject InvestmentRequest::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("dimension"), chartDimensionName(dimension));
    object.insert(QStringLiteral("breakdown"), chartBreakdownName(breakdown));
    object.insert(QStringLiteral("layout"),
                  layout == ChartLayout::Stacked ? QStringLiteral("stacked") : QStringLiteral("grouped"));
    object.insert(QStringLiteral("unit"), displayUnitName(unit));
    object.insert(QStringLiteral("kind"), kind);
    object.insert(QStringLiteral("perCapita"), perCapita);
    if (!cityKeys.isEmpty())
        object.insert(QStringLiteral("cities"), QJsonArray::fromStringList(cityKeys));
    if (!themeKeys.isEmpty())
        object.insert(QStringLiteral("themes"), QJsonArray::fromStringList(themeKeys));
    return object;
}

InvestmentRequest InvestmentRequest::fromJson(const QJsonObject &object)
{
    InvestmentRequest request;
    parseChartDimension(object.value(QStringLiteral("dimension")).toString(), &request.dimension);
    parseChartBreakdown(object.value(QStringLiteral("breakdown")).toString(), &request.breakdown);
    if (object.value(QStringLiteral("layout")).toString() == u"stacked")
        request.layout = ChartLayout::Stacked;
    parseDisplayUnit(object.value(QStringLiteral("unit")).toString(), &request.unit);
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (Vocabulary::budgetKinds().contains(kind))
        request.kind = kind;
    request.perCapita = object.value(QStringLiteral("perCapita")).toBool();
    request.cityKeys = stringList(object.value(QStringLiteral("cities")));
    request.themeKeys = stringList(object.value(QStringLiteral("themes")));
    return request;
}

} // namespace innoatlas
