#include "timeline/TimelineFigure.h"

#include "timeline/TimelineScene.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>
#include <limits>
#include <optional>

namespace innoatlas {

namespace {
/** Device pixels a pixel of what @p painter draws on: the bands of a drawing in parts lie on them. */
qreal pixelRatioOf(const QPainter *painter)
{
    return painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
}
} // namespace

TimelineFigure::TimelineFigure(TimelineData data, FigureLook look, QDate today)
    : m_data(std::move(data)), m_look(look), m_today(today)
{
}

TimelineFigure::~TimelineFigure() = default;

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

struct TimelineFigure::Drawing
{
    QRectF rect;
    TimelineScene scene;
    TimelineScene::Options options;
    qreal madeAt = 0;           ///< the size of type the scene's marks are made (or being made) at
    QMap<qreal, qreal> heights; ///< the height measured at each size of type tried; infinite when ruled out
    bool laidOut = false;
    QRectF source; ///< the scene laid out
    QRectF target; ///< where it goes in rect
    QRectF notice; ///< the notice of a figure too small to be read, when it is
    qreal scale = 1;
    qreal drawnTo = -1; ///< the bottom of the bands drawn so far, in device pixels; -1 before the background
};

std::unique_ptr<TimelineFigure::Drawing> TimelineFigure::startDrawing(const QRectF &rect) const
{
    auto drawing = std::make_unique<Drawing>();
    drawing->rect = rect;
    drawing->options.look = m_look;
    drawing->options.frame = true;
    drawing->options.laneLabels = true;
    drawing->options.today = m_today;
    drawing->options.referenceSize = rect.size();
    return drawing;
}

bool TimelineFigure::layOut(Drawing &drawing, int marksLeft) const
{
    if (drawing.laidOut)
        return true;
    const QRectF &rect = drawing.rect;
    TimelineScene &scene = drawing.scene;
    TimelineScene::Options &options = drawing.options;
    const int marksAtFirst = marksLeft;
    // The sizes tried are measured (TimelineScene::sizeAt()); the timeline is laid out once, at the size chosen.
    const auto sizeAt = [&scene](const QSizeF &laidOut) {
        return scene.sizeAt(scene.fitPixelsPerDay(laidOut.width()), laidOut.width(), laidOut.height());
    };
    // Whether the scene holds every mark at a size of type; made a part at a time when marksLeft counts them.
    const auto made = [&](qreal textScale) {
        if (drawing.madeAt != textScale) {
            options.textScale = textScale;
            scene.beginData(m_data, options);
            drawing.madeAt = textScale;
        }
        if (marksLeft < 0)
            return scene.makeMarks(int(m_data.items.size()));
        const int before = scene.markCount();
        const bool all = scene.makeMarks(marksLeft);
        marksLeft -= scene.markCount() - before;
        return all;
    };
    // The height at a size of type, measured once; nothing while its marks are still being made. Too many lanes to fit
    // at one row each, a size of type is ruled out before its marks are made.
    const auto heightAt = [&](qreal textScale) -> std::optional<qreal> {
        if (const auto known = drawing.heights.constFind(textScale); known != drawing.heights.cend())
            return *known;
        options.textScale = textScale;
        qreal height = std::numeric_limits<qreal>::infinity();
        if (TimelineScene::leastHeight(m_data, options) <= rect.height() + 0.5) {
            if (!made(textScale))
                return std::nullopt;
            height = sizeAt(rect.size()).height();
        }
        drawing.heights.insert(textScale, height);
        return height;
    };
    const auto fits = [&](qreal textScale) -> std::optional<bool> {
        const std::optional<qreal> height = heightAt(textScale);
        if (!height)
            return std::nullopt;
        return *height <= rect.height() + 0.5;
    };
    // A dense timeline gets smaller type before it gets scaled down as a whole: the largest type that fits. A
    // national one fits at none, and each try makes tens of thousands of marks: once the largest does not fit, the
    // smallest is tried, and when it does not fit either (smaller type never makes lanes taller) the rest are not.
    // Made in parts, the choice is made again at each part from the heights measured.
    const QVector<qreal> textScales{1.0, 0.9, 0.8, 0.7, 0.62, 0.55};
    std::optional<bool> fitting = fits(textScales.first());
    if (!fitting)
        return false;
    qreal chosen = textScales.first();
    if (!*fitting) {
        fitting = fits(textScales.last());
        if (!fitting)
            return false;
        chosen = textScales.last(); // the smallest, when none fits or only it does
        for (int larger = 1; *fitting && larger < textScales.size() - 1; ++larger) {
            const std::optional<bool> fitsLarger = fits(textScales.at(larger));
            if (!fitsLarger)
                return false;
            if (*fitsLarger) {
                chosen = textScales.at(larger);
                break;
            }
        }
    }
    if (!made(chosen))
        return false;
    // Made in parts, the layout is a part of its own.
    if (marksAtFirst >= 0 && marksLeft != marksAtFirst)
        return false;
    options.textScale = chosen;
    qreal height = drawing.heights.value(chosen);
    if (!std::isfinite(height))
        height = sizeAt(rect.size()).height();
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
    drawing.source = scene.sceneRect();
    // Scaled down only when the lanes do not fit the height; never stretched. Too small to be read, the timeline
    // leaves the bottom of the output to a notice that says so.
    const QRectF &source = drawing.source;
    const auto scaleIn = [&source](const QRectF &area) {
        return std::min(1.0, std::min(area.width() / source.width(), area.height() / source.height()));
    };
    drawing.scale = scaleIn(rect);
    if (drawing.scale < readableScale) {
        drawing.notice = noticeBox(rect);
        drawing.scale = scaleIn(QRectF(rect.topLeft(), QPointF(rect.right(), drawing.notice.top())));
    }
    drawing.target = QRectF(rect.topLeft(), source.size() * drawing.scale);
    drawing.laidOut = true;
    return true;
}

void TimelineFigure::drawBand(QPainter *painter, Drawing &drawing, qreal top, qreal bottom) const
{
    const qreal ratio = pixelRatioOf(painter);
    const QRectF &target = drawing.target;
    const QRectF &source = drawing.source;
    painter->save();
    if (drawing.drawnTo < 0)
        painter->fillRect(drawing.rect, drawing.scene.style().background);
    // The scene is drawn through the painter's transform, the same for every band: the bands drawn one by one leave
    // what one drawing of the whole leaves.
    QRectF part = source;
    if (top > target.top() * ratio || bottom < target.bottom() * ratio) {
        // A band of the target, its edges on the device's pixels, and the part of the scene it shows (a pixel more on
        // either side: the clip cuts it).
        painter->setClipRect(QRectF(drawing.rect.left(), top / ratio, drawing.rect.width(), (bottom - top) / ratio),
                             Qt::IntersectClip);
        const qreal margin = 1 / drawing.scale;
        part = QRectF(source.left(), source.top() + (top / ratio - target.top()) / drawing.scale - margin,
                      source.width(), (bottom - top) / ratio / drawing.scale + 2 * margin)
                   .intersected(source);
    }
    painter->translate(target.topLeft());
    painter->scale(drawing.scale, drawing.scale);
    painter->translate(-source.topLeft());
    drawing.scene.render(painter, part, part, Qt::IgnoreAspectRatio);
    painter->restore();
    drawing.drawnTo = bottom;
    if (bottom >= target.bottom() * ratio && !drawing.notice.isNull())
        drawTooSmallNotice(painter, drawing.rect.size(), drawing.notice, drawing.scale);
}

void TimelineFigure::render(QPainter *painter, const QRectF &rect)
{
    const std::unique_ptr<Drawing> drawing = startDrawing(rect);
    layOut(*drawing, -1);
    drawBand(painter, *drawing, -std::numeric_limits<qreal>::infinity(), std::numeric_limits<qreal>::infinity());
}

bool TimelineFigure::renderInParts(QPainter *painter, const QRectF &rect)
{
    if (!m_drawing || m_drawing->rect != rect)
        m_drawing = startDrawing(rect);
    Drawing &drawing = *m_drawing;
    if (!drawing.laidOut) {
        layOut(drawing, marksAPart);
        return false;
    }
    const qreal ratio = pixelRatioOf(painter);
    const qreal end = std::ceil(drawing.target.bottom() * ratio);
    const qreal top = drawing.drawnTo < 0 ? std::floor(drawing.target.top() * ratio) : drawing.drawnTo;
    const qreal bottom = std::min(end, top + bandPixels);
    drawBand(painter, drawing, top, bottom);
    if (bottom < end)
        return false;
    m_drawing.reset(); // the scene goes once the figure is drawn: a national timeline's is some 50 MB
    return true;
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
