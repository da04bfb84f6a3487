#include "timeline/TimelineView.h"

#include "charts/FigureText.h"
#include "timeline/TimelineScene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace innoatlas {

TimelineView::TimelineView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new TimelineScene(this)), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("timelineView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
}

void TimelineView::setData(const TimelineData &data)
{
    const PaintsAfterwards paintsAfterwards(this);
    m_data = data;
    TimelineScene::Options options;
    options.frame = false;
    options.laneLabels = false; // drawn over the left edge by drawForeground
    options.today = m_today;
    m_scene->setData(m_data, options);
    const qreal keep = m_fit ? m_scene->fitPixelsPerDay(viewport()->width()) : m_scene->pixelsPerDay();
    relayout(keep);
}

TimelineView::PaintsAfterwards::PaintsAfterwards(QWidget *view) : m_view(view), m_enabled(view->updatesEnabled())
{
    // The scene delivers its posted calls as it makes and lays out its items (TimelineScene::clearDecor()), and with
    // them the window's pending paint: shown, a national timeline's 52,000 new marks were painted before they were
    // placed, 2.3-4.5 s on a language switch.
    m_view->setUpdatesEnabled(false);
}

TimelineView::PaintsAfterwards::~PaintsAfterwards()
{
    m_view->setUpdatesEnabled(m_enabled); // and the whole view is painted once
}

void TimelineView::letGo()
{
    const PaintsAfterwards paintsAfterwards(this);
    m_data = TimelineData();
    m_scene->letGo();
}

void TimelineView::setToday(const QDate &date)
{
    m_today = date;
    setData(m_data);
}

qreal TimelineView::pixelsPerDay() const
{
    return m_scene->pixelsPerDay();
}

void TimelineView::relayout(qreal pixelsPerDay)
{
    const PaintsAfterwards paintsAfterwards(this);
    m_laidOutFor = viewport()->size();
    m_scene->layoutAt(pixelsPerDay, viewport()->width(), viewport()->height());
    viewport()->update();
    emit zoomChanged(m_scene->pixelsPerDay());
}

void TimelineView::zoomBy(qreal factor, qreal anchor)
{
    const qreal fit = m_scene->fitPixelsPerDay(viewport()->width());
    const qreal current = m_scene->pixelsPerDay();
    const qreal wanted = std::clamp(current * factor, fit * 0.5, 60.0);
    if (qFuzzyCompare(wanted, current))
        return;
    // Keep the moment under the anchor where it is.
    const qreal sceneX = mapToScene(QPoint(int(anchor), 0)).x();
    const qreal days = (sceneX - m_scene->timeLeft()) / current;
    m_fit = false;
    relayout(wanted);
    const qreal newX = m_scene->timeLeft() + days * m_scene->pixelsPerDay();
    horizontalScrollBar()->setValue(int(std::round(newX - anchor)));
}

void TimelineView::zoomIn()
{
    zoomBy(1.5, viewport()->width() / 2.0);
}

void TimelineView::zoomOut()
{
    zoomBy(1 / 1.5, viewport()->width() / 2.0);
}

void TimelineView::fitAll()
{
    m_fit = true;
    relayout(m_scene->fitPixelsPerDay(viewport()->width()));
    horizontalScrollBar()->setValue(0);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Laying out 50,000 marks again for a viewport of the size they were just laid out for changes nothing.
    if (viewport()->size() == m_laidOutFor)
        return;
    relayout(m_fit ? m_scene->fitPixelsPerDay(viewport()->width()) : m_scene->pixelsPerDay());
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0 || (event->modifiers() & Qt::ShiftModifier)) {
        QGraphicsView::wheelEvent(event); // horizontal wheels and Shift scroll
        return;
    }
    zoomBy(std::pow(1.2, delta.y() / 120.0), event->position().x());
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_F:
        fitAll();
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - viewport()->width() / 8);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + viewport()->width() / 8);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString key = m_scene->keyAt(mapToScene(event->position().toPoint()));
        if (!key.isEmpty()) {
            m_scene->setHighlightedKey(key);
            emit entitySelected(key);
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void TimelineView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect);
    // Lane labels stay at the left edge of the viewport however far the timeline is panned.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const FigureStyle &style = m_scene->style();
    const qreal width = m_scene->headerWidth() + style.labelPx * 0.5;
    painter->save();
    QColor back = style.background;
    back.setAlphaF(0.92);
    painter->fillRect(QRectF(visible.left(), visible.top(), width, visible.height()), back);
    painter->setPen(QPen(style.grid, 1));
    painter->drawLine(QPointF(visible.left() + width, visible.top()),
                      QPointF(visible.left() + width, visible.bottom()));
    const QFont font = style.font(style.labelPx * 0.9, true);
    painter->setFont(font);
    painter->setPen(style.foreground);
    for (const TimelineScene::LaneGeometry &lane : m_scene->lanes()) {
        const QRectF box(visible.left() + style.labelPx * 0.5, lane.top + style.labelPx * 0.3,
                         m_scene->headerWidth() - style.labelPx * 0.5, lane.height - style.labelPx * 0.3);
        painter->drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lane.label);
    }
    painter->restore();
}

} // namespace innoatlas
