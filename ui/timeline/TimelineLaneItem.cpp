#include "timeline/TimelineLaneItem.h"

namespace innoatlas {

TimelineLaneItem::TimelineLaneItem()
{
    // Not ItemHasNoContents: the scene skips the children only of an item it has found out of view,
    // and it looks only at items with contents.
    setFlag(ItemContainsChildrenInShape);
}

void TimelineLaneItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void TimelineLaneItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *)
{
    // The lane's band and line are drawn by the scene, below every lane's marks.
}

} // namespace innoatlas
