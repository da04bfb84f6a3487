#pragma once

#include "charts/ChartSnapshot.h"
#include "charts/ChartSpec.h"
#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/PresenterDeck.h"
#include "model/Dataset.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace innoatlas {

class RebuildWhenShown;

class Database;
class FigureCanvas;
class InvestmentChartCache;

/**
 * The investment charts: by city, plan, theme, year or funding source, split by kind, funding,
 * city or plan, grouped or stacked, in 원/억/조 (KRW, billion, trillion), per resident; filtered by
 * city and theme. Tooltips give the exact won and the sources; the export menu writes the whole
 * chart to PNG, SVG or PDF or copies it.
 *
 * A standalone widget: it needs only the dataset (or a database to read it from).
 */
class InvestmentChartView : public QWidget
{
    Q_OBJECT

public:
    explicit InvestmentChartView(Database &database, QWidget *parent = nullptr);
    explicit InvestmentChartView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);
    /** Counts the snapshot's stored pieces when it has them (see ChartSnapshot). */
    explicit InvestmentChartView(ChartSnapshot snapshot, QWidget *parent = nullptr);
    /** Shows the charts of @p charts (not null), which may have built the first one already. */
    explicit InvestmentChartView(std::shared_ptr<InvestmentChartCache> charts, QWidget *parent = nullptr);
    ~InvestmentChartView() override;

    /** Shows the charts of @p dataset; the charts kept for the previous dataset are let go. */
    void setDataset(std::shared_ptr<const Dataset> dataset);
    /** Shows the charts of @p snapshot; the charts kept for the previous data are let go. */
    void setSnapshot(ChartSnapshot snapshot);
    InvestmentRequest request() const { return m_request; }
    void setRequest(const InvestmentRequest &request);
    const ChartSpec &spec() const { return m_spec; }
    /** The charts this view shows and has built, to be shared with others that show charts of the same data. */
    const std::shared_ptr<InvestmentChartCache> &chartCache() const { return m_charts; }
    /** The chart as a figure of its own (for exports and presenter slides). */
    std::unique_ptr<Figure> createFigure(FigureLook look = FigureLook::Standard) const;

signals:
    /** The user asked to add the chart as it is set up to the presenter deck. */
    void addToDeckRequested(const innoatlas::PresenterSlide &slide);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void fillFilters();
    void readControls();
    void syncControls();
    void rebuild();
    void retranslate();

    // The dataset shown (m_charts->dataset()) and the charts already built for it: going back to a
    // chart, or another breakdown of the same plans, does not count a national budget again.
    std::shared_ptr<InvestmentChartCache> m_charts;
    InvestmentRequest m_request;
    ChartSpec m_spec;
    bool m_syncing = false;

    QComboBox *m_dimension = nullptr;
    QComboBox *m_breakdown = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_perCapita = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_theme = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_addToDeck = nullptr;
    QLabel *m_byLabel = nullptr;
    QLabel *m_splitLabel = nullptr;
    FigureCanvas *m_canvas = nullptr;
    RebuildWhenShown *m_languageRebuild = nullptr; ///< after a language switch
};

} // namespace innoatlas
