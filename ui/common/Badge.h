#pragma once

#include "model/LocalizedText.h"

#include <QColor>
#include <QString>

class QFontMetrics;
class QPainter;
class QPalette;
class QRect;
class QSize;

namespace innoatlas {

/** A small coloured label: the review status of a text, or where a figure stands with its sources. */
enum class Badge
{
    Missing,
    Draft,
    Reviewed,
    Approved,
    Sourced,  ///< a figure backed by its quotes
    Corrected ///< a figure whose value differs from what the source prints
};

/** Text, colours and drawing of badges. */
class Badges
{
public:
    static Badge fromStatus(ReviewStatus status);
    /** The badge's name in the interface language. */
    static QString text(Badge badge);
    static QColor background(Badge badge, const QPalette &palette);
    static QColor foreground(Badge badge, const QPalette &palette);
    static QSize sizeHint(Badge badge, const QFontMetrics &metrics);
    /** Draws the badge at the left of @p rect, vertically centred. */
    static void paint(QPainter *painter, const QRect &rect, Badge badge, const QPalette &palette);
};

} // namespace innoatlas
