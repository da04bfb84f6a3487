#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace innoatlas {

/**
 * Something that draws itself, whole, into a rectangle: a chart, a timeline, the targets view.
 * Exports (PNG, SVG, PDF, clipboard) and presenter slides only know this interface.
 */
class Figure
{
public:
    virtual ~Figure() = default;

    /** The title, for file metadata and the presenter's window title. */
    virtual QString title() const = 0;
    /** Lays the figure out for @p rect and draws it with @p painter, vector operations only. */
    virtual void render(QPainter *painter, const QRectF &rect) = 0;
    /**
     * The same drawing made a part at a time, for a window that keeps answering while it draws: each call does a part
     * of the work, drawing with @p painter what is ready, and returns true once the figure is drawn whole. The calls
     * draw on the same device, with @p rect unchanged (another starts over); what they have drawn together is what
     * render() draws. A figure quick to draw is drawn whole at the first call.
     */
    virtual bool renderInParts(QPainter *painter, const QRectF &rect)
    {
        render(painter, rect);
        return true;
    }
};

} // namespace innoatlas
