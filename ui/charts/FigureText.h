#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>

class QGraphicsItem;
class QGraphicsScene;
class QGraphicsTextItem;

namespace innoatlas {

/** Wrapped plain-text blocks of figures: measuring them and placing them in a scene. */
class FigureText
{
public:
    /** The height @p text takes when wrapped to @p width. */
    static qreal height(const QString &text, const QFont &font, qreal width);
    /** The width of the widest line of @p text, unwrapped. */
    static qreal naturalWidth(const QString &text, const QFont &font);
    /**
     * Adds @p text wrapped to @p width with its top left at @p position; returns the item (its
     * height is item->boundingRect().height()).
     */
    static QGraphicsTextItem *add(QGraphicsScene *scene, const QString &text, const QFont &font, const QColor &color,
                                  const QPointF &position, qreal width, Qt::Alignment alignment = Qt::AlignLeft);
    /**
     * The same, wrapped and drawn alike, as an item that keeps its text and lays it out when drawn rather than holding
     * a document: for figures with thousands of labels (a national timeline's lanes), where a document each took 20
     * KB. Its height is that of the lines laid out.
     */
    static QGraphicsItem *addLabel(QGraphicsScene *scene, const QString &text, const QFont &font, const QColor &color,
                                   const QPointF &position, qreal width);
};

} // namespace innoatlas
