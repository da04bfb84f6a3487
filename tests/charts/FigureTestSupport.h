#pragma once

#include <QColor>
#include <QImage>

namespace innoatlas {

/** What tests of drawn figures check: how much of an image is not background. */
class FigureTestSupport
{
public:
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
                const QColor c = rgb.pixelColor(x, y);
                if (qAbs(c.red() - background.red()) + qAbs(c.green() - background.green()) +
                        qAbs(c.blue() - background.blue()) >
                    60)
                    ++ink;
            }
        }
        return double(ink) / (double((rgb.width() + 1) / 2) * double((rgb.height() + 1) / 2));
    }
};

} // namespace innoatlas
