#pragma once

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/TimelineData.h"

#include <QCoreApplication>
#include <QDate>

namespace innoatlas {

class TimelineScene;

/**
 * A whole timeline as a figure, fitted to the width of the output whatever part a view shows:
 * title and legend, the axis, every lane, notes and the source line. A timeline taller than the
 * output is laid out wider, in the output's proportions, and scaled down to fit it; scaled down too far
 * to be read, it says so.
 */
class TimelineFigure : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(TimelineFigure)

public:
    /** Drawn smaller than this (a part of its size), a timeline's labels cannot be read: the figure says so. */
    static constexpr qreal readableScale = 1.0 / 3;

    TimelineFigure(TimelineData data, FigureLook look = FigureLook::Standard, QDate today = QDate::currentDate());

    QString title() const override { return m_data.title; }
    void render(QPainter *painter, const QRectF &rect) override;
    const TimelineData &data() const { return m_data; }

private:
    /**
     * How much wider than @p size to lay @p scene, too tall for it, out: in the proportions of @p size once scaled down
     * to it. @p heightAtOne is its height laid out at the width of @p size.
     */
    static qreal factorInProportion(const TimelineScene &scene, const QSizeF &size, qreal heightAtOne);
    /** That the timeline drawn at @p scale of its size cannot be read, and what to do. */
    static QString tooSmallNotice(qreal scale);
    /** Where that notice goes: across the bottom of @p rect. */
    QRectF noticeBox(const QRectF &rect) const;
    /** The notice in @p box, in the style of an output of @p output's size. */
    void drawTooSmallNotice(QPainter *painter, const QSizeF &output, const QRectF &box, qreal scale) const;

    TimelineData m_data;
    FigureLook m_look;
    QDate m_today;
};

} // namespace innoatlas
