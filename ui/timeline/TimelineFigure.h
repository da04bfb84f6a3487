#pragma once

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/TimelineData.h"

#include <QDate>

namespace innoatlas {

class TimelineScene;

/**
 * A whole timeline as a figure, fitted to the width of the output whatever part a view shows:
 * title and legend, the axis, every lane, notes and the source line. A timeline taller than the
 * output is laid out wider, in the output's proportions, and scaled down to fit it.
 */
class TimelineFigure : public Figure
{
public:
    TimelineFigure(TimelineData data, FigureLook look = FigureLook::Standard, QDate today = QDate::currentDate());

    QString title() const override { return m_data.title; }
    void render(QPainter *painter, const QRectF &rect) override;
    const TimelineData &data() const { return m_data; }

private:
    /** Lays @p scene, too tall for @p size, out wider: in the proportions of @p size once scaled down to it. */
    static void layOutInProportion(TimelineScene &scene, const QSizeF &size);

    TimelineData m_data;
    FigureLook m_look;
    QDate m_today;
};

} // namespace innoatlas
