#pragma once

#include "charts/TimelineData.h"

#include <QDate>
#include <QGraphicsView>

namespace innoatlas {

class TimelineScene;

/**
 * The interactive timeline: zoom with the wheel or + and −, pan by dragging or with the arrow
 * keys, fit everything with 0 (or F); lane labels stay at the left edge while panning. Clicking
 * an item selects it and emits its entity key.
 */
class TimelineView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setData(const TimelineData &data);
    /** Lets go of the data and its marks, until setData() (see TimelineScene::letGo()). */
    void letGo();
    /** The date of the today line (a replaceable clock for tests); today by default. */
    void setToday(const QDate &date);
    TimelineScene *timelineScene() const { return m_scene; }
    qreal pixelsPerDay() const;
    bool isFitted() const { return m_fit; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();

signals:
    void entitySelected(const QString &key);
    void zoomChanged(qreal pixelsPerDay);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    /** Zooms by @p factor keeping the date under viewport x @p anchor in place. */
    void zoomBy(qreal factor, qreal anchor);
    void relayout(qreal pixelsPerDay);

    /** Keeps the view from painting while it lives; as it was after it. */
    class PaintsAfterwards
    {
    public:
        explicit PaintsAfterwards(QWidget *view);
        ~PaintsAfterwards();
        PaintsAfterwards(const PaintsAfterwards &) = delete;
        PaintsAfterwards &operator=(const PaintsAfterwards &) = delete;

    private:
        QWidget *m_view;
        bool m_enabled;
    };

    TimelineScene *m_scene = nullptr;
    TimelineData m_data;
    QDate m_today;
    QSize m_laidOutFor; ///< the viewport size of the last layout
    bool m_fit = true;
};

} // namespace innoatlas
