#include "timeline/TimelineWidget.h"

#include "charts/PlanFilterBoxes.h"

#include "charts/DatasetSnapshot.h"
#include "charts/ExportMenu.h"
#include "charts/InterfaceLanguage.h"
#include "charts/RegionNames.h"
#include "charts/TimelineBuilder.h"
#include "common/RebuildWhenShown.h"
#include "timeline/TimelineFigure.h"
#include "timeline/TimelineView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace innoatlas {

TimelineWidget::TimelineWidget(Database &database, QWidget *parent)
    : TimelineWidget(DatasetSnapshot::loadForTimelinesAndTargets(database), parent)
{
}

TimelineWidget::TimelineWidget(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent), m_dataset(std::move(dataset)), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("timelineWidget"));
    auto button = [this](const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        return b;
    };
    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(QStringLiteral("timelineLanes"));
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("timelineCity"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("timelineTheme"));
    m_zoomIn = button(QStringLiteral("timelineZoomIn"));
    m_zoomOut = button(QStringLiteral("timelineZoomOut"));
    m_fit = button(QStringLiteral("timelineFit"));
    m_export = button(QStringLiteral("timelineExport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new ExportMenu([this] { return createFigure(); }, this));
    m_addToDeck = button(QStringLiteral("timelineAddToDeck"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("timelineTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("timelineSources"));
    m_footer->setWordWrap(true);
    QFont footerFont = m_footer->font();
    footerFont.setPointSizeF(footerFont.pointSizeF() * 0.9);
    m_footer->setFont(footerFont);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new TimelineView(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_lanes);
    controls->addWidget(m_city);
    controls->addWidget(m_theme);
    controls->addStretch(1);
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_zoomIn);
    controls->addWidget(m_fit);
    controls->addWidget(m_addToDeck);
    controls->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);

    connect(m_zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::entitySelected, this, &TimelineWidget::entitySelected);
    connect(m_addToDeck, &QToolButton::clicked, this,
            [this] { emit addToDeckRequested(PresenterSlide::timeline(m_request)); });
    for (QComboBox *box : {m_lanes, m_city, m_theme})
        connect(box, &QComboBox::currentIndexChanged, this, &TimelineWidget::readControls);
    retranslate();
    rebuild();
    m_languageRebuild = new RebuildWhenShown(this, [this] { rebuild(); });
}

void TimelineWidget::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    retranslate();
    rebuild();
}

void TimelineWidget::setRequest(const TimelineRequest &request)
{
    m_request = request;
    retranslate();
    rebuild();
}

void TimelineWidget::setToday(const QDate &date)
{
    m_today = date;
    m_view->setToday(date);
}

std::unique_ptr<Figure> TimelineWidget::createFigure(FigureLook look) const
{
    return std::make_unique<TimelineFigure>(m_data, look, m_today);
}

void TimelineWidget::readControls()
{
    if (m_syncing)
        return;
    m_request.lanes = TimelineRequest::Lanes(m_lanes->currentData().toInt());
    const QString city = m_city->currentData().toString();
    const QString theme = m_theme->currentData().toString();
    m_request.cityKeys = city.isEmpty() ? QStringList() : QStringList{city};
    m_request.themeKeys = theme.isEmpty() ? QStringList() : QStringList{theme};
    rebuild();
}

void TimelineWidget::rebuild()
{
    // The timeline shown goes before the next is made: a national one's data and 52,000 marks, held while the next
    // was made, took 23 MB more.
    m_view->letGo();
    m_data = TimelineData();
    const Dataset empty;
    m_data = TimelineBuilder(m_dataset ? *m_dataset : empty).build(m_request, InterfaceLanguage::current());
    m_view->setData(m_data);
    m_title->setText(m_data.title);
    QStringList footer;
    for (const QString &note : std::as_const(m_data.notes))
        footer << QStringLiteral("• ") + note;
    footer << m_data.sourceLine;
    m_footer->setText(footer.join(QLatin1Char('\n')));
}

void TimelineWidget::retranslate()
{
    m_syncing = true;
    const Language language = InterfaceLanguage::current();
    m_lanes->clear();
    m_lanes->addItem(tr("One lane per city"), int(TimelineRequest::Lanes::Cities));
    m_lanes->addItem(tr("One lane per plan"), int(TimelineRequest::Lanes::Plans));
    m_lanes->setCurrentIndex(m_request.lanes == TimelineRequest::Lanes::Plans ? 1 : 0);
    // Cities with events but no plan get a lane too, so they can be chosen.
    QSet<QString> eventRegions;
    if (m_dataset) {
        for (const Event &event : m_dataset->events)
            eventRegions.insert(event.regionKey);
    }
    PlanFilterBoxes::fill(m_city, m_theme, m_dataset.get(), language, {}, eventRegions);
    m_city->setCurrentIndex(std::max(0, m_city->findData(m_request.cityKeys.value(0))));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_request.themeKeys.value(0))));
    m_lanes->setAccessibleName(tr("Lanes"));
    m_city->setAccessibleName(tr("City filter"));
    m_theme->setAccessibleName(tr("Theme filter"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomIn->setToolTip(tr("Zoom in (+, mouse wheel)"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomOut->setToolTip(tr("Zoom out (−, mouse wheel)"));
    m_fit->setText(tr("&Fit All"));
    m_fit->setToolTip(tr("Show the whole timeline (0)"));
    m_export->setText(tr("&Export"));
    m_addToDeck->setText(tr("Add to &Deck"));
    m_addToDeck->setToolTip(tr("Add this timeline, as set up, to the presenter deck"));
    m_syncing = false;
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_languageRebuild) {
        retranslate();
        m_languageRebuild->languageChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace innoatlas
