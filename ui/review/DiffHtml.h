#pragma once

#include "review/TextDiff.h"

#include <QPalette>

namespace innoatlas {

/** Renders a TextDiff as rich text: removed parts struck through, inserted parts underlined, both coloured. */
class DiffHtml
{
public:
    static QString render(const QVector<TextDiff::Segment> &segments, const QPalette &palette);
    static QString render(const QString &before, const QString &after, const QPalette &palette);
};

} // namespace innoatlas
