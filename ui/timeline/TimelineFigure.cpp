#include "timeline/TimelineFigure.h"

#include "timeline/TimelineScene.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace innoatlas {

TimelineFigure::TimelineFigure(TimelineData data, FigureLook look, QDate today)
    : m_data(std::move(data)), m_look(look), m_today(today)
{
}

qreal TimelineFigure::factorInProportion(const TimelineScene &scene, const QSizeF &size, qreal heightAtOne)
{
    // Laid out wider by a factor, a timeline has room for more labels beside their marks and needs fewer rows: its
    // height falls as the factor grows. The factor wanted is the least at which it fits the output scaled by it, so
    // that it is drawn as wide and as high as it can be. Its height at a factor is guessed from the two nearest
    // (a power of the factor), between a factor known not to fit and one known to fit, to within a tenth.
    const auto heightAt = [&](qreal factor) {
        const qreal width = size.width() * factor;
        return scene.sizeAt(scene.fitPixelsPerDay(width), width).height();
    };
    qreal tooSmall = 1;
    qreal heightTooSmall = heightAtOne;
    qreal fitting = heightTooSmall / size.height();
    qreal heightFitting = heightAt(fitting);
    for (int tries = 0; tries < 3 && fitting / tooSmall > 1.1; ++tries) {
        // height = c · factor^-a, and height = size.height() · factor where it fits exactly.
        const qreal a = -std::log(heightFitting / heightTooSmall) / std::log(fitting / tooSmall);
        qreal guess = std::pow(heightTooSmall * std::pow(tooSmall, a) / size.height(), 1 / (1 + a));
        if (!std::isfinite(guess) || guess <= tooSmall * 1.02 || guess >= fitting / 1.02)
            guess = std::sqrt(tooSmall * fitting);
        const qreal height = heightAt(guess);
        if (height <= size.height() * guess + 0.5) {
            fitting = guess;
            heightFitting = height;
        } else {
            tooSmall = guess;
            heightTooSmall = height;
        }
    }
    return fitting;
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
    // The sizes tried are measured (TimelineScene::sizeAt()); the timeline is laid out once, at the size chosen.
    const auto sizeAt = [&scene](const QSizeF &laidOut) {
        return scene.sizeAt(scene.fitPixelsPerDay(laidOut.width()), laidOut.width(), laidOut.height());
    };
    // A dense timeline gets smaller type before it gets scaled down as a whole: the largest type that fits. A
    // national one fits at none, and each try makes tens of thousands of marks: once the largest does not fit, the
    // smallest is tried, and when it does not fit either (smaller type never makes lanes taller) the rest are not.
    // Too many lanes to fit at one row each, a size of type is ruled out before its marks are made.
    qreal height = 0;
    qreal madeAt = 0; // the size of type the scene's marks are made at
    const auto make = [&](qreal textScale) {
        options.textScale = textScale;
        if (madeAt != textScale)
            scene.setData(m_data, options);
        madeAt = textScale;
        height = sizeAt(rect.size()).height();
    };
    const auto fits = [&](qreal textScale) {
        options.textScale = textScale;
        if (TimelineScene::leastHeight(m_data, options) > rect.height() + 0.5)
            return false;
        make(textScale);
        return height <= rect.height() + 0.5;
    };
    const QVector<qreal> textScales{1.0, 0.9, 0.8, 0.7, 0.62, 0.55};
    if (!fits(textScales.first()) && fits(textScales.last())) {
        int larger = 1;
        while (larger < textScales.size() - 1 && !fits(textScales.at(larger)))
            ++larger;
        if (larger == textScales.size() - 1)
            options.textScale = textScales.last(); // only the smallest fits
    }
    make(options.textScale); // the size of type chosen, or the smallest when none fits
    // Still too tall: laid out wider, in the proportions of the output, then scaled down to fit. Too tall by more than
    // the notice of a figure too small to read allows, in the proportions of the output above that notice.
    QSizeF laidOut = rect.size(); // the width laid out at, and the least height
    if (height > rect.height() + 0.5) {
        const bool notice = height * readableScale > rect.height();
        const QSizeF area = notice ? QSizeF(rect.width(), noticeBox(rect).top() - rect.top()) : rect.size();
        laidOut = area * factorInProportion(scene, area, height);
        // Laid out wider, it came out readable after all: in the proportions of the whole output, with no notice.
        if (notice && rect.width() / sizeAt(laidOut).width() >= readableScale)
            laidOut = rect.size() * factorInProportion(scene, rect.size(), height);
    }
    scene.layoutAt(scene.fitPixelsPerDay(laidOut.width()), laidOut.width(), laidOut.height());
    const QRectF source = scene.sceneRect();
    painter->save();
    painter->fillRect(rect, scene.style().background);
    // Scaled down only when the lanes do not fit the height; never stretched. Too small to be read, the timeline
    // leaves the bottom of the output to a notice that says so.
    const auto scaleIn = [&source](const QRectF &area) {
        return std::min(1.0, std::min(area.width() / source.width(), area.height() / source.height()));
    };
    qreal scale = scaleIn(rect);
    QRectF notice;
    if (scale < readableScale) {
        notice = noticeBox(rect);
        scale = scaleIn(QRectF(rect.topLeft(), QPointF(rect.right(), notice.top())));
    }
    const QRectF target(rect.topLeft(), source.size() * scale);
    scene.render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
    if (!notice.isNull())
        drawTooSmallNotice(painter, rect.size(), notice, scale);
}

QString TimelineFigure::tooSmallNotice(qreal scale)
{
    // A whole nation's timeline fits a page only as a picture of where its entries fall: no label can be read. The
    // figure says so at the size of the page, where its own notes are too small to read as well.
    return tr("Too many entries to read on one page: drawn at 1/%1 of its size. Show fewer cities or plans in the "
              "Timeline tab and add that timeline to the deck.")
        .arg(scale > 0 ? qRound(1 / scale) : 0);
}

QRectF TimelineFigure::noticeBox(const QRectF &rect) const
{
    const FigureStyle style = FigureStyle::make(m_look, rect.size());
    const qreal pad = style.smallPx * 0.6;
    const qreal width = rect.width() - 2 * style.margin;
    // Measured with the longest number the notice may name.
    const QRectF text =
        QFontMetricsF(style.font(style.smallPx, true))
            .boundingRect(QRectF(0, 0, width - 2 * pad, rect.height()), Qt::TextWordWrap, tooSmallNotice(1.0 / 9999));
    return QRectF(rect.left() + style.margin, rect.bottom() - style.margin - text.height() - 2 * pad, width,
                  text.height() + 2 * pad);
}

void TimelineFigure::drawTooSmallNotice(QPainter *painter, const QSizeF &output, const QRectF &box, qreal scale) const
{
    const FigureStyle style = FigureStyle::make(m_look, output);
    const qreal pad = style.smallPx * 0.6;
    painter->save();
    painter->setPen(QPen(style.accent, 2));
    painter->setBrush(style.background);
    painter->drawRect(box);
    painter->setFont(style.font(style.smallPx, true));
    painter->setPen(style.foreground);
    painter->drawText(box.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap, tooSmallNotice(scale));
    painter->restore();
}

} // namespace innoatlas
