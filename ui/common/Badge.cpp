#include "common/Badge.h"

#include "common/ColorThemes.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace innoatlas {

namespace {
constexpr int paddingX = 6;
constexpr int paddingY = 1;

struct Colours
{
    QColor light;
    QColor dark;
};

Colours colours(Badge badge)
{
    switch (badge) {
    case Badge::Missing:
        return {QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80)};
    case Badge::Draft:
        return {QColor(0x9a, 0x67, 0x00), QColor(0xff, 0xd5, 0x4f)};
    case Badge::Reviewed:
        return {QColor(0x15, 0x65, 0xc0), QColor(0x90, 0xca, 0xf9)};
    case Badge::Approved:
        return {QColor(0x2e, 0x7d, 0x32), QColor(0xa5, 0xd6, 0xa7)};
    case Badge::Sourced:
        return {QColor(0x45, 0x5a, 0x64), QColor(0xcf, 0xd8, 0xdc)};
    case Badge::Corrected:
        return {QColor(0x8e, 0x24, 0xaa), QColor(0xe1, 0xbe, 0xe7)};
    }
    return {Qt::gray, Qt::lightGray};
}
} // namespace

Badge Badges::fromStatus(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Missing:
        return Badge::Missing;
    case ReviewStatus::Draft:
        return Badge::Draft;
    case ReviewStatus::Reviewed:
        return Badge::Reviewed;
    case ReviewStatus::Approved:
        return Badge::Approved;
    }
    return Badge::Missing;
}

QString Badges::text(Badge badge)
{
    switch (badge) {
    case Badge::Missing:
        return QCoreApplication::translate("Badges", "missing");
    case Badge::Draft:
        return QCoreApplication::translate("Badges", "draft");
    case Badge::Reviewed:
        return QCoreApplication::translate("Badges", "reviewed");
    case Badge::Approved:
        return QCoreApplication::translate("Badges", "approved");
    case Badge::Sourced:
        return QCoreApplication::translate("Badges", "sourced");
    case Badge::Corrected:
        return QCoreApplication::translate("Badges", "corrected");
    }
    return {};
}

// Badges are outlined in the text colour of their status: this stays readable on light, dark and black.
QColor Badges::foreground(Badge badge, const QPalette &palette)
{
    return ColorThemes::isDark(palette) ? colours(badge).dark : colours(badge).light;
}

QColor Badges::background(Badge badge, const QPalette &palette)
{
    QColor colour = foreground(badge, palette);
    colour.setAlphaF(ColorThemes::isDark(palette) ? 0.18f : 0.12f);
    return colour;
}

QSize Badges::sizeHint(Badge badge, const QFontMetrics &metrics)
{
    return {metrics.horizontalAdvance(text(badge)) + 2 * paddingX, metrics.height() + 2 * paddingY};
}

void Badges::paint(QPainter *painter, const QRect &rect, Badge badge, const QPalette &palette)
{
    const QSize size = sizeHint(badge, painter->fontMetrics());
    const QRect box(rect.left(), rect.top() + (rect.height() - size.height()) / 2, qMin(size.width(), rect.width()),
                    size.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(foreground(badge, palette), 1));
    painter->setBrush(background(badge, palette));
    const qreal radius = box.height() / 2.0;
    painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(foreground(badge, palette));
    painter->drawText(box, Qt::AlignCenter, text(badge));
    painter->restore();
}

} // namespace innoatlas
