#include "common/ColorThemes.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace innoatlas {

namespace {
struct Original
{
    bool captured = false;
    QString style;
    QPalette palette;
    QFont font;
};

Original &original()
{
    static Original state;
    if (!state.captured) {
        state.captured = true;
        state.style = QApplication::style()->name();
        state.palette = QApplication::palette();
        state.font = QApplication::font();
    }
    return state;
}

ColorTheme &currentTheme()
{
    static ColorTheme theme = ColorTheme::System;
    return theme;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::BrightText, QPalette::Light, QPalette::Midlight})
        p.setColor(role, white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Link, yellow);
    p.setColor(QPalette::LinkVisited, yellow);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}
} // namespace

void ColorThemes::apply(ColorTheme theme)
{
    Original &saved = original();
    currentTheme() = theme;
    QFont font = saved.font;
    // Fusion draws frames a shade darker than the window, which on black is no line at all: high contrast
    // outlines the fields and panels in white instead.
    qApp->setStyleSheet(theme == ColorTheme::HighContrast
                            ? QStringLiteral("QLineEdit, QAbstractScrollArea, innoatlas--FigureCard "
                                             "{ border: 1px solid #ffffff; }")
                            : QString());
    if (theme == ColorTheme::System) {
        QApplication::setStyle(QStyleFactory::create(saved.style));
        QApplication::setPalette(saved.palette);
        QApplication::setFont(font);
        return;
    }
    // Fusion draws every control from the palette, so the themes look the same on every desktop.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (theme) {
    case ColorTheme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColorTheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case ColorTheme::HighContrast:
        QApplication::setPalette(highContrastPalette());
        // Projected text must read from the back of the room.
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 1.25);
        else
            font.setPixelSize(qRound(font.pixelSize() * 1.25));
        font.setWeight(QFont::Medium);
        break;
    case ColorTheme::System:
        break;
    }
    QApplication::setFont(font);
}

ColorTheme ColorThemes::current()
{
    return currentTheme();
}

QString ColorThemes::name(ColorTheme theme)
{
    switch (theme) {
    case ColorTheme::System:
        return QStringLiteral("system");
    case ColorTheme::Light:
        return QStringLiteral("light");
    case ColorTheme::Dark:
        return QStringLiteral("dark");
    case ColorTheme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

ColorTheme ColorThemes::parse(const QString &name)
{
    for (ColorTheme theme : {ColorTheme::Light, ColorTheme::Dark, ColorTheme::HighContrast}) {
        if (ColorThemes::name(theme) == name)
            return theme;
    }
    return ColorTheme::System;
}

bool ColorThemes::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace innoatlas
