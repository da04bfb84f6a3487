#pragma once

#include <QGraphicsView>

#include <functional>

namespace innoatlas {

/** Shows a figure laid out in a scene of the view's own size, laid out again when it is resized. */
class FigureCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    using Layout = std::function<void(QGraphicsScene *scene, const QSizeF &size)>;

    explicit FigureCanvas(QWidget *parent = nullptr);

    /** Sets how the figure is laid out and lays it out now. */
    void setFigureLayout(Layout layout);
    /** Lays the figure out again (after its data or language changed). */
    void relayout();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsScene *m_scene = nullptr;
    Layout m_layout;
};

} // namespace innoatlas
