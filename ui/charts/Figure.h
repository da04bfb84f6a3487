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
};

} // namespace innoatlas
