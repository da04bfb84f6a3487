#pragma once

#include "charts/BudgetPiece.h"
#include "charts/BudgetPieceCache.h"
#include "charts/ChartSpec.h"
#include "charts/SourceIndex.h"
#include "charts/StoredBudgetPieces.h"
#include "model/Dataset.h"

#include <QCoreApplication>

namespace innoatlas {

/**
 * Computes investment charts (ChartSpec) from a dataset: sums to the won by city, plan, theme,
 * year or funding source, split into series, with the counting rules of BudgetAllocation, the
 * value axis, the notes that state the rules applied and the line naming the sources.
 *
 * The builder keeps a reference to the dataset, which must outlive it and not change while it
 * lives. It keeps the pieces of each plan once computed (BudgetPieceCache), so that building
 * another chart with the same builder does not count the plans' lines again; build() is
 * therefore not safe to call from several threads at once.
 *
 * Given stored pieces (StoredBudgetPieces), it counts those instead of the plans' lines, which
 * the dataset then need not hold: the values are the same, and a contribution stands for all
 * the lines of a plan that count alike.
 */
class InvestmentChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(InvestmentChartBuilder)

public:
    /** @p stored, when given, must outlive the builder. */
    explicit InvestmentChartBuilder(const Dataset &dataset, StoredBudgetPieces *stored = nullptr);

    ChartSpec build(const InvestmentRequest &request, Language language,
                    ChartDetail detail = ChartDetail::Tooltips) const;

    /** "Planned", "Secured", "Invested". */
    static QString kindLabel(const QString &kind);
    /** "National funds", "City funds", "Private", "Foreign investment", ... */
    static QString fundingLabel(const QString &funding);
    /** "City", "Plan", "Theme", "Year", "Funding source" (for menus). */
    static QString dimensionLabel(ChartDimension dimension);
    /** "No breakdown", "Kind", "Funding source", "City", "Plan" (for menus). */
    static QString breakdownLabel(ChartBreakdown breakdown);
    /** The chart's title: "Investment by city — planned amounts". */
    static QString title(const InvestmentRequest &request);

    /** The latest population figure of a region, if any. */
    static std::optional<PopulationFigure> latestPopulation(const Region &region);
    /** @p won / @p divisor rounded half away from zero, integer arithmetic; 0 for a zero divisor. */
    static qint64 dividedRounded(qint64 won, qint64 divisor);

private:
    /** The pieces a chart counts, pointing into the piece cache. */
    using Pieces = QVector<const BudgetPiece *>;

    QVector<const Plan *> selectedPlans(const InvestmentRequest &request) const;
    QVector<ChartCategory> categoriesFor(const InvestmentRequest &request, const QVector<const Plan *> &plans,
                                         const Pieces &pieces, Language language) const;
    QVector<ChartSeries> seriesFor(const InvestmentRequest &request, const QVector<const Plan *> &plans,
                                   const Pieces &pieces, Language language) const;
    void gather(const ChartSpec &spec, const QVector<const Plan *> &plans, Pieces &pieces, Pieces &unplaced) const;
    QString seriesKeyOf(const InvestmentRequest &request, const BudgetPiece &piece) const;
    /** What a chart's tooltip says of @p piece's line; @p groupLabels keeps the label of each size of group. */
    ChartLine lineOf(const BudgetPiece &piece, Language language, QHash<int, QString> &groupLabels) const;
    void applyPerCapita(ChartSpec &spec) const;
    void addNotes(ChartSpec &spec, const QVector<const Plan *> &plans, const Pieces &pieces,
                  const Pieces &unplaced) const;
    QString formatMoney(qint64 won, Language language) const;

    const Dataset &m_dataset;
    SourceIndex m_sources;
    QHash<QString, const Region *> m_regions;
    QHash<QString, int> m_sourceOrder; ///< source key → its place in the dataset
    QHash<QString, const Plan *> m_plans;
    QHash<QString, const BudgetLine *> m_lines;
    mutable BudgetPieceCache m_pieces;
    StoredBudgetPieces *m_stored = nullptr;
};

} // namespace innoatlas
