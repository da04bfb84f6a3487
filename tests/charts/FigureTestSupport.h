#pragma once

#include <QColor>
#include <QImage>

namespace innoatlas {

/** What tests of drawn figures check: how much of an image is not background. */
class FigureTestSupport
{
public:
    /** Whether @p colour differs clearly from @p background. */
    static bool isInk(const QColor &colour, const QColor &background)
    {
        return qAbs(colour.red() - background.red()) + qAbs(colour.green() - background.green()) +
                   qAbs(colour.blue() - background.blue()) >
               60;
    }

    /** Share (0 … 1) of the pixels that differ clearly from the colour of the top left pixel. */
    static double inkShare(const QImage &image)
    {
        if (image.isNull())
            return 0;
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        const QColor background = rgb.pixelColor(0, 0);
        qint64 ink = 0;
        for (int y = 0; y < rgb.height(); y += 2) {
            for (int x = 0; x < rgb.width(); x += 2) {
                if (isInk(rgb.pixelColor(x, y), background))
                    ++ink;
            }
        }
        return double(ink) / (double((rgb.width() + 1) / 2) * double((rgb.height() + 1) / 2));
    }
};

} // namespace innoatlas
