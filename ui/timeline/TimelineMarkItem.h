#pragma once

#include "charts/TimelineData.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QHash>

#include <algorithm>

#include <memory>

namespace innoatlas {

/**
 * One item of a timeline in the scene: a plan period as a bar, an event known to the day as a
 * dot, an event known to the month or year as a band as wide as that month or year, a target as
 * a diamond in a year-wide bracket; with its label beside it. One item draws all of it, so a
 * timeline of thousands of entries stays a few thousand cheap items: each refers to its entry and
 * shares the look of the scene rather than copying them, and writes its tooltip only when asked.
 */
class TimelineMarkItem : public QGraphicsItem
{
public:
    /** What all marks of a scene draw with. */
    struct Look
    {
        QColor text;
        QColor background;
        QFont font;
        /** Metrics of font, shared by all items of a scene (measuring is most of making an item). */
        std::shared_ptr<const QFontMetricsF> metrics;
        qreal rowHeight = 30;
    };

    /** A label whose line would be drawn less high than this, in device pixels, is not drawn. */
    static constexpr qreal minimumLabelPixels = 4;
    /** A mark drawn less high than this, in device pixels, is drawn as a rectangle of its colour. */
    static constexpr qreal minimumShapePixels = 2;

    /**
     * A mark of @p item, which must outlive it (the scene holds the timeline), drawn in @p color.
     * @p measured, when given, holds the widths of words measured for other marks of the scene and
     * receives this one's: measuring text is most of making a mark, and labels share their words (a
     * city, a kind of event, a year). Its keys are parts of the items' texts, which outlive it.
     */
    TimelineMarkItem(const TimelineItem &item, std::shared_ptr<const Look> look, const QColor &color,
                     QHash<QStringView, qreal> *measured = nullptr);

    const TimelineItem &item() const { return *m_item; }
    /** The tooltip: the label in bold and the date, period or change below it. */
    QString toolTipText() const;
    /** Width of the whole label in pixels. */
    qreal fullLabelWidth() const { return m_fullWidth; }
    /** Width the label takes: the whole label's, or the room it was given when it does not fit. */
    qreal labelWidth() const { return m_labelWidth; }
    /**
     * The label as drawn: whole, or elided to the room place() gave it. It is shortened when first drawn, not
     * when placed: shaping text is most of laying out a timeline, and of 50,000 marks a screen shows a few hundred.
     */
    QString shownLabel() const;
    /** The span the mark covers, in scene x, before the label. */
    qreal spanLeft() const { return m_left; }
    qreal spanRight() const { return m_right; }

    /**
     * Places the mark between scene x @p left and @p right (equal for a point) in the row whose top
     * is @p top, with the label to the right of it or, when @p labelLeft, to its left (ending next to the mark),
     * elided to @p labelRoom pixels.
     */
    void place(qreal left, qreal right, qreal top, bool labelLeft, qreal labelRoom);
    /** The width labelWidth() would be once placed between @p left and @p right with @p labelRoom. */
    qreal labelWidthIn(qreal left, qreal right, qreal labelRoom) const
    {
        return std::min(m_fullWidth, roomIn(left, right, labelRoom));
    }
    void setHighlighted(bool highlighted);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /** The room a label has between @p left and @p right: @p labelRoom, or a period's whole bar when wider. */
    qreal roomIn(qreal left, qreal right, qreal labelRoom) const;
    QRectF markRect() const;
    QRectF labelRect() const;
    bool labelInBar(const QRectF &mark) const;

    const TimelineItem *m_item;
    std::shared_ptr<const Look> m_look;
    QColor m_color;
    QString m_text;
    mutable QString m_shown; ///< the elided label, made by shownLabel(); null until then
    qreal m_fullWidth = 0;
    qreal m_labelRoom = 0;
    qreal m_labelWidth = 0;
    qreal m_left = 0;
    qreal m_right = 0;
    bool m_labelLeft = false;
    bool m_highlighted = false;
};

} // namespace innoatlas
