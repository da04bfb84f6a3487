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
    // A dense timeline gets smaller type before it gets scaled down as a whole: the largest type that fits. A
    // national one fits at none, and each try lays out tens of thousands of marks: once the largest does not fit, the
    // smallest is tried, and when it does not fit either (smaller type never makes lanes taller) the rest are not.
    const auto fits = [&](qreal textScale) {
        options.textScale = textScale;
        scene.setData(m_data, options);
        scene.layoutAt(scene.fitPixelsPerDay(rect.width()), rect.width(), rect.height());
        return scene.sceneRect().height() <= rect.height() + 0.5;
    };
    const QVector<qreal> textScales{1.0, 0.9, 0.8, 0.7, 0.62, 0.55};
    if (!fits(textScales.first()) && fits(textScales.last())) {
        int larger = 1;
        while (larger < textScales.size() - 1 && !fits(textScales.at(larger)))
            ++larger;
        if (larger == textScales.size() - 1)
            fits(textScales.last()); // only the smallest fits: laid out at it again
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
