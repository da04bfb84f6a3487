#include "charts/FigureCanvas.h"

#include <QGraphicsScene>
#include <QResizeEvent>

namespace innoatlas {

FigureCanvas::FigureCanvas(QWidget *parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMouseTracking(true);
}

void FigureCanvas::setFigureLayout(Layout layout)
{
    m_layout = std::move(layout);
    relayout();
}

void FigureCanvas::relayout()
{
    const QSizeF size = viewport()->size();
    if (!m_layout || size.isEmpty())
        return;
    m_layout(m_scene, size);
    setSceneRect(QRectF(QPointF(0, 0), size));
}

void FigureCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    relayout();
}

} // namespace innoatlas
