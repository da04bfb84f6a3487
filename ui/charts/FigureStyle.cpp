#include "charts/FigureStyle.h"

#include <QFontDatabase>

#include <algorithm>

namespace innoatlas {

namespace {
/** 1 for a 1600×900 figure; smaller and larger figures scale their text with it. */
qreal scaleFor(const QSizeF &size)
{
    return std::min(size.width() / 1600.0, size.height() / 900.0);
}
} // namespace

QString FigureStyle::defaultFontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char *candidate : {"Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic"}) {
            if (families.contains(QLatin1String(candidate)))
                return QString::fromLatin1(candidate);
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

FigureStyle FigureStyle::standard(const QSizeF &size)
{
    FigureStyle style;
    style.background = QColor(0xff, 0xff, 0xff);
    style.foreground = QColor(0x1a, 0x1a, 0x1a);
    style.muted = QColor(0x55, 0x55, 0x55);
    style.grid = QColor(0xdd, 0xdd, 0xdd);
    style.accent = QColor(0xc0, 0x1c, 0x28);
    // Okabe–Ito: told apart with the common colour-vision deficiencies.
    style.palette = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                     QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                     QColor(0x4d, 0x4d, 0x4d), QColor(0xf0, 0xe4, 0x42)};
    style.otherSeries = QColor(0xbb, 0xbb, 0xbb);
    style.fontFamily = defaultFontFamily();
    const qreal s = scaleFor(size);
    style.titlePx = std::max(17.0, 30 * s);
    style.labelPx = std::max(12.0, 19 * s);
    style.smallPx = std::max(11.0, 14 * s);
    style.margin = std::max(10.0, 28 * s);
    return style;
}

FigureStyle FigureStyle::presenter(const QSizeF &size)
{
    FigureStyle style = standard(size);
    style.highContrast = true;
    style.background = QColor(0, 0, 0);
    style.foreground = QColor(0xff, 0xff, 0xff);
    style.muted = QColor(0xd0, 0xd0, 0xd0);
    style.grid = QColor(0x5a, 0x5a, 0x5a);
    style.accent = QColor(0xff, 0x50, 0x50);
    style.palette = {QColor(0xff, 0xd4, 0x00), QColor(0x2e, 0xc4, 0xff), QColor(0xff, 0x7a, 0x7a),
                     QColor(0x7c, 0xf0, 0x5a), QColor(0xff, 0x9f, 0x1c), QColor(0xd3, 0x9b, 0xff),
                     QColor(0xff, 0xff, 0xff), QColor(0x00, 0xe0, 0xc0)};
    style.otherSeries = QColor(0x8a, 0x8a, 0x8a);
    const qreal s = scaleFor(size);
    style.titlePx = std::max(22.0, 44 * s);
    style.labelPx = std::max(16.0, 27 * s);
    style.smallPx = std::max(13.0, 18 * s);
    return style;
}

FigureStyle FigureStyle::make(FigureLook look, const QSizeF &size)
{
    return look == FigureLook::Presenter ? presenter(size) : standard(size);
}

QFont FigureStyle::font(qreal pixelSize, bool bold) const
{
    QFont font(fontFamily);
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

QColor FigureStyle::seriesColor(int index) const
{
    return palette.isEmpty() ? foreground : palette.at(index % palette.size());
}

QColor FigureStyle::seriesColor(const ChartSeries &series, int index) const
{
    return series.key == ChartSeries::otherKey() ? otherSeries : seriesColor(index);
}

} // namespace innoatlas
