#include "charts/TargetsView.h"

#include "charts/PlanFilterBoxes.h"

#include "charts/DatasetSnapshot.h"
#include "charts/ExportMenu.h"
#include "charts/InterfaceLanguage.h"
#include "charts/RegionNames.h"
#include "charts/TargetsBuilder.h"
#include "charts/TargetsFigure.h"
#include "common/RebuildWhenShown.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace innoatlas {

TargetsView::TargetsView(Database &database, QWidget *parent)
    : TargetsView(DatasetSnapshot::loadForTimelinesAndTargets(database), parent)
{
}

TargetsView::TargetsView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent), m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("targetsView"));
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("targetsCity"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("targetsTheme"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("targetsExport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new ExportMenu([this] { return createFigure(); }, this));
    m_canvas = new QWidget(this);
    m_canvas->setObjectName(QStringLiteral("targetsCanvas"));
    m_canvas->setMouseTracking(true);
    m_canvas->installEventFilter(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_city);
    controls->addWidget(m_theme);
    controls->addStretch(1);
    controls->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);

    auto readFilters = [this] {
        const QString city = m_city->currentData().toString();
        const QString theme = m_theme->currentData().toString();
        m_cityKeys = city.isEmpty() ? QStringList() : QStringList{city};
        m_themeKeys = theme.isEmpty() ? QStringList() : QStringList{theme};
        rebuild();
    };
    connect(m_city, &QComboBox::activated, this, readFilters);
    connect(m_theme, &QComboBox::activated, this, readFilters);
    retranslate();
    rebuild();
    m_languageRebuild = new RebuildWhenShown(this, [this] { rebuild(); });
}

TargetsView::~TargetsView() = default;

void TargetsView::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    retranslate();
    rebuild();
}

void TargetsView::setFilters(const QStringList &cityKeys, const QStringList &themeKeys)
{
    m_cityKeys = cityKeys;
    m_themeKeys = themeKeys;
    m_city->setCurrentIndex(std::max(0, m_city->findData(cityKeys.value(0))));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeKeys.value(0))));
    rebuild();
}

const TargetsData &TargetsView::data() const
{
    return m_figure->data();
}

std::unique_ptr<Figure> TargetsView::createFigure(FigureLook look) const
{
    return std::make_unique<TargetsFigure>(m_figure->data(), look);
}

void TargetsView::rebuild()
{
    const Dataset empty;
    const TargetsBuilder builder(m_dataset ? *m_dataset : empty);
    m_figure = std::make_unique<TargetsFigure>(builder.build(m_cityKeys, m_themeKeys, InterfaceLanguage::current()));
    m_canvas->setAccessibleDescription(m_figure->data().title + QLatin1Char('\n') + m_figure->data().sourceLine);
    m_canvas->update();
}

void TargetsView::retranslate()
{
    const Language language = InterfaceLanguage::current();
    PlanFilterBoxes::fill(m_city, m_theme, m_dataset.get(), language,
                          [](const Plan &plan) { return !plan.targets.isEmpty(); });
    m_city->setCurrentIndex(std::max(0, m_city->findData(m_cityKeys.value(0))));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_themeKeys.value(0))));
    m_city->setAccessibleName(tr("City filter"));
    m_theme->setAccessibleName(tr("Theme filter"));
    m_export->setText(tr("&Export"));
}

int TargetsView::rowAt(const QPointF &position) const
{
    const QVector<QRectF> &rects = m_figure->rowRects();
    for (int i = 0; i < rects.size(); ++i) {
        if (rects.at(i).contains(position))
            return i;
    }
    return -1;
}

bool TargetsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Paint: {
        QPainter painter(m_canvas);
        m_figure->render(&painter, m_canvas->rect());
        return true;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        const TargetRow &r = m_figure->data().rows.at(row);
        QStringList sources;
        for (const QString &key : r.sourceKeys)
            sources << m_figure->data().sourceNames.value(key, key);
        const QString change =
            r.baselineText.isEmpty() ? r.targetText : r.baselineText + QStringLiteral(" → ") + r.targetText;
        QToolTip::showText(help->globalPos(),
                           QStringLiteral("<b>%1</b><br/>%2<br/>%3")
                               .arg(r.metric.toHtmlEscaped(), change.toHtmlEscaped(),
                                    tr("Sources: %1").arg(sources.join(QStringLiteral("; ")).toHtmlEscaped())),
                           m_canvas);
        return true;
    }
    case QEvent::MouseButtonPress: {
        const int row = rowAt(static_cast<QMouseEvent *>(event)->position());
        if (row >= 0)
            emit entitySelected(m_figure->data().rows.at(row).targetKey);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void TargetsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_languageRebuild) {
        retranslate();
        m_languageRebuild->languageChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace innoatlas
