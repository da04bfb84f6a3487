#pragma once

#include "charts/ChartRenderer.h"

namespace innoatlas {

/** ChartRenderer drawing with Qt Charts: grouped (QBarSeries) or stacked (QStackedBarSeries) bars. */
class QtChartsRenderer : public ChartRenderer
{
public:
    void addPlot(QGraphicsScene *scene, const QRectF &axisRect, const QRectF &plotRect, const ChartSpec &spec,
                 const FigureStyle &style, const HoverHandler &onHover) override;
};

} // namespace innoatlas
