#pragma once

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/TimelineData.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

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

    /** Marks made in one part of renderInParts(): some 20 ms of a window's time. */
    static constexpr int marksAPart = 8192;
    /** The height of a band of lanes drawn in one part of renderInParts(), in device pixels. */
    static constexpr int bandPixels = 128;

    TimelineFigure(TimelineData data, FigureLook look = FigureLook::Standard, QDate today = QDate::currentDate());
    ~TimelineFigure() override;

    QString title() const override { return m_data.title; }
    void render(QPainter *painter, const QRectF &rect) override;
    /**
     * A national timeline takes a window's thread for half a second: in parts it makes its marks a few thousand at a
     * time, lays them out in one part and draws them a band of lanes at a time.
     */
    bool renderInParts(QPainter *painter, const QRectF &rect) override;
    const TimelineData &data() const { return m_data; }

private:
    /** A drawing under way: the scene, the sizes of type tried and, once laid out, where it goes. */
    struct Drawing;

    /** A drawing of the figure in @p rect, nothing made yet. */
    std::unique_ptr<Drawing> startDrawing(const QRectF &rect) const;
    /**
     * Chooses the size of type, makes the marks and lays @p drawing out; with @p marksLeft, stops once that many marks
     * are made, returning false (it goes on from there at the next call).
     */
    bool layOut(Drawing &drawing, int marksLeft) const;
    /** Draws the part of the laid out @p drawing between @p top and @p bottom of its target, in device pixels. */
    void drawBand(QPainter *painter, Drawing &drawing, qreal top, qreal bottom) const;
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
    std::unique_ptr<Drawing> m_drawing; ///< between the parts of renderInParts()
};

} // namespace innoatlas
