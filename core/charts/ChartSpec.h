#pragma once

#include "charts/InvestmentRequest.h"
#include "model/LocalizedText.h"
#include "model/Region.h"

#include <QHash>
#include <QVector>

#include <optional>

namespace innoatlas {

/**
 * A budget line shown in a chart, or the alike lines of a plan that a stored piece sums (StoredBudgetPieces): what its
 * tooltip says about it, in the chart's language.
 */
struct ChartLine
{
    QString label;
    QString planTitle;
    QStringList sourceKeys; ///< the distinct sources quoted for the line's amount
    QString printed;        ///< what the source prints, when the amount is a curator's correction
};

/** One budget line's share in a chart value: the exact won, and whether a rule estimated it. */
struct ChartContribution
{
    int line = -1;  ///< its line: an index of ChartSpec::lines
    qint64 won = 0; ///< exact won, before any per-capita division
    bool estimated = false;
    bool remainder = false;
    std::optional<int> year;
    int lines = 1; ///< more than one when the contribution sums alike lines (StoredBudgetPieces)
};

/** The value of one series in one category, split into what sources state and what a rule estimates. */
struct ChartValue
{
    qint64 known = 0;                         ///< won, or won per resident in a per-capita chart
    qint64 estimated = 0;                     ///< the part computed by the even-spread rule
    QVector<ChartContribution> contributions; ///< none in a chart of values only (ChartDetail::ValuesOnly)
    qint64 won = 0;                           ///< the exact won of its parts, before any per-capita division

    qint64 total() const { return known + estimated; }
};

struct ChartSeries
{
    /** The key of the series that adds together the series a chart does not show one by one (ChartLimits). */
    static QString otherKey() { return QStringLiteral("other"); }

    QString key; ///< a kind, a funding source, a region or plan key; "total" without breakdown; otherKey()
    QString label;
    QVector<ChartValue> values; ///< one per category
};

struct ChartCategory
{
    QString key; ///< a region, plan or theme key, a year ("2024") or a funding source
    QString label;
    std::optional<PopulationFigure> population; ///< in per-capita charts: the population divided by
};

/** The value axis: from zero to maximum, with ticks and their labels in the chart's unit and language. */
struct ChartAxis
{
    qint64 maximum = 0;
    QVector<qint64> ticks;
    QStringList tickLabels;
    QString title; ///< the unit: "억 원", "KRW billion", "KRW per resident" ...
};

/** What an investment chart holds beside its values. */
enum class ChartDetail
{
    Tooltips,  ///< each value's contributions and the lines they are parts of: what a tooltip lists
    ValuesOnly ///< neither: a figure that is drawn and not explored (a presenter slide, an exported file)
};

/**
 * An investment chart, computed in full by InvestmentChartBuilder: every number and every word
 * a renderer draws, in one language. Renderers only draw it.
 */
struct ChartSpec
{
    InvestmentRequest request;
    Language language = Language::Korean;
    ChartDetail detail = ChartDetail::Tooltips;
    QString title;
    QVector<ChartCategory> categories;
    QVector<ChartSeries> series;
    ChartAxis axis;
    QString estimatedLegend;             ///< the legend entry of estimated (hatched) parts; empty when there are none
    QStringList notes;                   ///< the counting rules that shaped the chart, one sentence each
    QString sourceLine;                  ///< "Sources: …", naming the publisher and date of every figure shown
    QStringList sourceKeys;              ///< the sources of the figures shown, in the dataset's order
    QHash<QString, QString> sourceNames; ///< source key → "publisher, date"
    /**
     * Every budget line with a part in the chart, once, in the order the chart first counts them. A national chart
     * has a hundred thousand: contributions name them by index, and no line carries a key of its own.
     */
    QVector<ChartLine> lines;

    bool hasEstimates() const;
    /** True when no category holds an amount. */
    bool isEmpty() const;
    /** Sum of every value of every series (won, or won per resident). */
    qint64 total() const;
    /** The value of series @p series in category @p category, if both exist. */
    const ChartValue *value(const QString &series, const QString &category) const;
    /** The line @p contribution is a part of (an empty one when it names none). */
    ChartLine lineOf(const ChartContribution &contribution) const { return lines.value(contribution.line); }
};

} // namespace innoatlas
