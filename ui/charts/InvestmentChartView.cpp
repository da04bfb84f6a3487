#include "charts/InvestmentChartView.h"

#include "charts/ChartFigure.h"
#include "charts/ChartTooltip.h"
#include "charts/ExportMenu.h"
#include "charts/FigureCanvas.h"
#include "charts/InterfaceLanguage.h"
#include "charts/InvestmentChartBuilder.h"
#include "charts/InvestmentChartCache.h"
#include "charts/PlanFilterBoxes.h"
#include "charts/RegionNames.h"
#include "charts/ValueAxisScale.h"
#include "common/RebuildWhenShown.h"
#include "model/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QComboBox *combo(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

InvestmentChartView::InvestmentChartView(Database &database, QWidget *parent)
    : InvestmentChartView(ChartSnapshot::read(database), parent)
{
}

InvestmentChartView::InvestmentChartView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : InvestmentChartView(ChartSnapshot{std::move(dataset), nullptr}, parent)
{
}

InvestmentChartView::InvestmentChartView(ChartSnapshot snapshot, QWidget *parent)
    : InvestmentChartView(
          std::make_shared<InvestmentChartCache>(std::move(snapshot.dataset), std::move(snapshot.pieces)), parent)
{
}

InvestmentChartView::InvestmentChartView(std::shared_ptr<InvestmentChartCache> charts, QWidget *parent)
    : QWidget(parent), m_charts(std::move(charts))
{
    setObjectName(QStringLiteral("investmentChartView"));
    buildControls();
    retranslate();
    rebuild();
    m_languageRebuild = new RebuildWhenShown(this, [this] { rebuild(); });
}

InvestmentChartView::~InvestmentChartView() = default;

void InvestmentChartView::buildControls()
{
    m_dimension = combo(this, QStringLiteral("chartDimension"));
    m_breakdown = combo(this, QStringLiteral("chartBreakdown"));
    m_kind = combo(this, QStringLiteral("chartKind"));
    m_layout = combo(this, QStringLiteral("chartLayout"));
    m_unit = combo(this, QStringLiteral("chartUnit"));
    m_city = combo(this, QStringLiteral("chartCity"));
    m_theme = combo(this, QStringLiteral("chartTheme"));
    m_perCapita = new QCheckBox(this);
    m_perCapita->setObjectName(QStringLiteral("chartPerCapita"));
    m_byLabel = new QLabel(this);
    m_splitLabel = new QLabel(this);
    m_byLabel->setBuddy(m_dimension);
    m_splitLabel->setBuddy(m_breakdown);

    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("chartExport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new ExportMenu([this] { return createFigure(); }, this));
    m_addToDeck = new QToolButton(this);
    m_addToDeck->setObjectName(QStringLiteral("chartAddToDeck"));
    connect(m_addToDeck, &QToolButton::clicked, this,
            [this] { emit addToDeckRequested(PresenterSlide::chart(m_request)); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_byLabel);
    controls->addWidget(m_dimension);
    controls->addWidget(m_splitLabel);
    controls->addWidget(m_breakdown);
    controls->addWidget(m_kind);
    controls->addWidget(m_layout);
    controls->addWidget(m_unit);
    controls->addWidget(m_perCapita);
    controls->addWidget(m_city);
    controls->addWidget(m_theme);
    controls->addStretch(1);
    controls->addWidget(m_addToDeck);
    controls->addWidget(m_export);

    m_canvas = new FigureCanvas(this);
    m_canvas->setObjectName(QStringLiteral("chartCanvas"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);

    for (QComboBox *box : {m_dimension, m_breakdown, m_kind, m_layout, m_unit, m_city, m_theme})
        connect(box, &QComboBox::currentIndexChanged, this, &InvestmentChartView::readControls);
    connect(m_perCapita, &QCheckBox::toggled, this, &InvestmentChartView::readControls);
}

void InvestmentChartView::setDataset(std::shared_ptr<const Dataset> dataset)
{
    setSnapshot({std::move(dataset), nullptr});
}

void InvestmentChartView::setSnapshot(ChartSnapshot snapshot)
{
    m_charts = std::make_shared<InvestmentChartCache>(std::move(snapshot.dataset), std::move(snapshot.pieces));
    retranslate();
    rebuild();
}

void InvestmentChartView::setRequest(const InvestmentRequest &request)
{
    m_request = request;
    syncControls();
    rebuild();
}

std::unique_ptr<Figure> InvestmentChartView::createFigure(FigureLook look) const
{
    return std::make_unique<ChartFigure>(m_spec, look);
}

void InvestmentChartView::readControls()
{
    if (m_syncing)
        return;
    m_request.dimension = ChartDimension(m_dimension->currentData().toInt());
    m_request.breakdown = ChartBreakdown(m_breakdown->currentData().toInt());
    m_request.kind = m_kind->currentData().toString();
    m_request.layout = ChartLayout(m_layout->currentData().toInt());
    m_request.unit = DisplayUnit(m_unit->currentData().toInt());
    m_request.perCapita = m_perCapita->isChecked();
    const QString city = m_city->currentData().toString();
    m_request.cityKeys = city.isEmpty() ? QStringList() : QStringList{city};
    const QString theme = m_theme->currentData().toString();
    m_request.themeKeys = theme.isEmpty() ? QStringList() : QStringList{theme};
    syncControls();
    rebuild();
}

void InvestmentChartView::syncControls()
{
    m_syncing = true;
    selectData(m_dimension, int(m_request.dimension));
    selectData(m_breakdown, int(m_request.breakdown));
    selectData(m_kind, m_request.kind);
    selectData(m_layout, int(m_request.effectiveLayout()));
    selectData(m_unit, int(m_request.unit));
    m_perCapita->setChecked(m_request.perCapita && m_request.perCapitaApplies());
    selectData(m_city, m_request.cityKeys.value(0));
    selectData(m_theme, m_request.themeKeys.value(0));
    // Kinds are never stacked, and one kind at a time unless they are the breakdown.
    m_kind->setEnabled(m_request.breakdown != ChartBreakdown::Kind);
    m_layout->setEnabled(m_request.breakdown != ChartBreakdown::Kind && m_request.breakdown != ChartBreakdown::None);
    m_perCapita->setEnabled(m_request.perCapitaApplies());
    m_unit->setEnabled(!(m_request.perCapita && m_request.perCapitaApplies()));
    m_syncing = false;
}

void InvestmentChartView::rebuild()
{
    m_spec = m_charts->chart(m_request, InterfaceLanguage::current());
    m_canvas->setFigureLayout([this](QGraphicsScene *scene, const QSizeF &size) {
        ChartFigure figure(m_spec, FigureLook::Standard);
        figure.layout(scene, size, [this](int series, int category, bool hovered) {
            if (hovered)
                QToolTip::showText(QCursor::pos(), ChartTooltip::text(m_spec, series, category), m_canvas);
            else
                QToolTip::hideText();
        });
    });
    m_canvas->setAccessibleDescription(m_spec.title + QLatin1Char('\n') + m_spec.sourceLine);
}

void InvestmentChartView::fillFilters()
{
    PlanFilterBoxes::fill(m_city, m_theme, m_charts->dataset().get(), InterfaceLanguage::current());
}

void InvestmentChartView::retranslate()
{
    m_syncing = true;
    const Language language = InterfaceLanguage::current();
    m_byLabel->setText(tr("&By:"));
    m_splitLabel->setText(tr("&Split:"));
    m_dimension->clear();
    for (const auto d : {ChartDimension::City, ChartDimension::Plan, ChartDimension::Theme, ChartDimension::Year,
                         ChartDimension::Funding})
        m_dimension->addItem(InvestmentChartBuilder::dimensionLabel(d), int(d));
    m_breakdown->clear();
    for (const auto b : {ChartBreakdown::Kind, ChartBreakdown::None, ChartBreakdown::Funding, ChartBreakdown::City,
                         ChartBreakdown::Plan})
        m_breakdown->addItem(InvestmentChartBuilder::breakdownLabel(b), int(b));
    m_kind->clear();
    for (const QString &kind : Vocabulary::budgetKinds())
        m_kind->addItem(InvestmentChartBuilder::kindLabel(kind), kind);
    m_layout->clear();
    m_layout->addItem(tr("Grouped"), int(ChartLayout::Grouped));
    m_layout->addItem(tr("Stacked"), int(ChartLayout::Stacked));
    m_unit->clear();
    for (const auto unit : {DisplayUnit::Won, DisplayUnit::Eok, DisplayUnit::Jo})
        m_unit->addItem(ValueAxisScale::unitTitle(unit, language, false), int(unit));
    m_perCapita->setText(tr("Per &resident"));
    fillFilters();
    m_export->setText(tr("&Export"));
    m_addToDeck->setText(tr("Add to &Deck"));
    m_addToDeck->setToolTip(tr("Add this chart, as set up, to the presenter deck"));
    m_dimension->setAccessibleName(tr("Categories"));
    m_breakdown->setAccessibleName(tr("Series"));
    m_kind->setAccessibleName(tr("Kind of amount"));
    m_layout->setAccessibleName(tr("Bar layout"));
    m_unit->setAccessibleName(tr("Unit"));
    m_city->setAccessibleName(tr("City filter"));
    m_theme->setAccessibleName(tr("Theme filter"));
    m_syncing = false;
    syncControls();
}

void InvestmentChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_languageRebuild) {
        retranslate();
        m_languageRebuild->languageChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace innoatlas
