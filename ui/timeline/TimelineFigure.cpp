#include "timeline/TimelineFigure.h"

#include "timeline/TimelineScene.h"

#include <QPainter>

namespace innoatlas {

TimelineFigure::TimelineFigure(TimelineData data, FigureLook look, QDate today)
    : m_data(std::move(data)), m_look(look), m_today(today)
{
}

void TimelineFigure::render(QPainter *painter, const QRectF &rect)
{
    TimelineScene scene;
    TimelineScene::Options options;
    options.look = m_look;
    options.frame = true;
    options.laneLabels = true;
    options.today = m_today;
    options.referenceSize = rect.size();
    // A dense timeline gets smaller type before it gets scaled down as a whole.
    for (const qreal textScale : {1.0, 0.9, 0.8, 0.7, 0.62, 0.55}) {
        options.textScale = textScale;
        scene.setData(m_data, options);
        scene.layoutAt(scene.fitPixelsPerDay(rect.width()), rect.width(), rect.height());
        if (scene.sceneRect().height() <= rect.height() + 0.5)
            break;
    }
    // Still too tall: lay out wider, in the proportions of the output, then scale down to fit.
    if (scene.sceneRect().height() > rect.height() + 0.5) {
        const qreal factor = scene.sceneRect().height() / rect.height();
        scene.layoutAt(scene.fitPixelsPerDay(rect.width() * factor), rect.width() * factor, rect.height() * factor);
    }
    const QRectF source = scene.sceneRect();
    painter->save();
    painter->fillRect(rect, scene.style().background);
    // Scaled down only when the lanes do not fit the height; never stretched.
    const qreal scale = std::min(1.0, std::min(rect.width() / source.width(), rect.height() / source.height()));
    const QRectF target(rect.topLeft(), source.size() * scale);
    scene.render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace innoatlas
