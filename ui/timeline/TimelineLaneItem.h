#pragma once

#include <QGraphicsItem>

namespace innoatlas {

/**
 * Holds the marks of one lane of a timeline and draws nothing itself. Its marks draw only within
 * its rectangle, so the scene passes over a lane out of view without looking at its marks: a
 * national timeline of 50,000 marks paints as fast as the few hundred in view, with no spatial
 * index to keep (which held over 100 MB and was rebuilt on every zoom).
 */
class TimelineLaneItem : public QGraphicsItem
{
public:
    TimelineLaneItem();

    /** The area the lane's marks draw in, in scene coordinates (the lane sits at the origin). */
    void setRect(const QRectF &rect);

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
};

} // namespace innoatlas
